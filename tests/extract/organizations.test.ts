import { describe, expect, it } from 'vitest';
import { findOrganizations, withCredits, withOutlet } from '../../src/extract/organizations.ts';
import { removePageChrome } from '../../src/extract/clean.ts';
import { readMetadata } from '../../src/extract/metadata.ts';
import { loadChromeModel } from '../../src/extract/model/chrome.ts';
import { loadOrganizationModel } from '../../src/extract/model/organizations.ts';
import { loadSeeds } from './seed-helpers.ts';

const model = loadOrganizationModel();
const names = (text: string): string[] => findOrganizations(text, model).map((o) => o.name);

describe('organizations', () => {
  it.each([
    ['Kazakhstan hosted the CSTO and SCO summits, Kazinform reported.', ['CSTO', 'SCO', 'Kazinform']],
    ["Pakistan's Armed Forces and the Turkish Navy held drills.", ['Pakistani Armed Forces', 'Turkish Navy']],
    ['The Pakistan Navy received a corvette.', ['Pakistan Navy']],
    ['The Oman-Qatar Joint Economic Committee met; the Joint Committee will meet again.', ['Oman-Qatar Joint Economic Committee']],
    ['He met officials of the Lebanese Foreign Ministry and the Council of Europe.', ['Lebanese Ministry of Foreign Affairs', 'Council of Europe']],
    ['Deputy Chief of Staff of the Kazakh Armed Forces Major General Aidos Bek spoke.', ['Kazakh Armed Forces']],
    ['Fighters of ISIS and al-Qaeda were killed.', ['ISIS', 'al-Qaeda']],
    ['The minister said on Monday that the talks were useful.', []],
    ['Since the collapse of the Soviet Union the two states have cooperated.', []],
    ['He met the Chairman Joint Chiefs of Staff Committee and the Deputy Chief of Staff of the Army.', ['Joint Chiefs of Staff Committee']],
    ["The Prime Minister's Office said the Working Group met.", []],
    ["Iran's Supreme National Security Council and the Security Council disagreed.", ['Supreme National Security Council', 'Security Council']],
    ['The US Central Command and the Justice and Development Party commented.', ['US Central Command', 'Justice and Development Party']],
    ['He met officials of the Ministry of Foreign Affairs of Lebanon.', ['Lebanese Ministry of Foreign Affairs']],
    ['The Commander of the Royal Navy of Oman visited the Karachi Shipyard.', ['Royal Navy of Oman', 'Karachi Shipyard']],
    ['The Indian Defence Ministry declined to comment on Monday.', ['Indian Ministry of Defense']],
    ['Argentine Navy and Chilean Navy ships sailed together.', ['Argentine Navy', 'Chilean Navy']],
    // The reference counts a ministry written in small letters as no named body.
    ["Nepal's foreign ministry and the Chilean interior ministry issued statements.", []],
    ['The bill went to the Majlis after a vote in the Grand National Assembly.', ['Majlis', 'Grand National Assembly']],
    ['The Iranian Majlis, the Knesset and the State Duma met.', ['Iranian Majlis', 'Knesset', 'State Duma']],
    ['The ministry said the defence ministry budget would rise.', []],
  ])('should find the organizations of "%s"', (text, expected) => {
    expect(new Set(names(text))).toEqual(new Set(expected));
  });

  it.each([
    // an acronym spelled out in the text is named in full, the way a reader would list it
    ['The Eurasian Economic Union (EAEU) met in Minsk; EAEU members agreed.', ['Eurasian Economic Union']],
    ['The IAEA (International Atomic Energy Agency) sent inspectors.', ['International Atomic Energy Agency']],
    ['TEHRAN, May 3 (MNA) - Officials met.', ['Mehr News Agency']],
    ['Fighters of Jaish al-Adl and Jabhat al-Nusra were killed near the border.', ['Jaish al-Adl', 'Jabhat al-Nusra']],
    ['Paraguay hosted the Mercosur summit and SAARC observers.', ['Mercosur', 'SAARC']],
    ['KYIV, 3 March 2023 (UKRINFORM) - The minister spoke.', ['UKRINFORM']],
    ['Ashgabat, 6 May (TDH). The president spoke. Published in Dawn, May 7th, 2024', ['TDH', 'Dawn']],
    // "Chief of Army Staff" is an office, not a body called "Army Staff"
    ["Pakistan's Chief of Army Staff met the Chief of Naval Staff.", []],
    // the longer name that starts with a small letter wins over the shorter one inside it
    ['Rebels of the group formerly known as the al-Nusra Front shelled the town.', ['al-Nusra Front']],
    ['Let us visit Petra, said the MENA region envoy.', []],
    // the region's papers and channels quoted as sources
    ['Hamshahri and Asharq Al-Awsat reported the visit, citing Gazeta.uz and 24.kg.', ['Hamshahri', 'Asharq Al-Awsat', 'Gazeta.uz', '24.kg']],
  ])('should name the organizations of "%s"', (text, expected) => {
    expect(new Set(names(text))).toEqual(new Set(expected));
  });

  it.each([
    // an acronym the text defines stands for the defined name wherever it recurs
    ['Troops clashed with Jaish al-Adl (JAA) gunmen near Saravan; the JAA said two of its men died.', ['Jaish al-Adl']],
    ['The Pakistan Tehreek-e-Insaf (PTI) rally ended late, and PTI workers marched home.', ['Pakistan Tehreek-e-Insaf']],
    ['The Justice and Development Party (AKP) won, and the AKP formed a cabinet.', ['Justice and Development Party']],
    ['Police blamed the Baloch Republican Army (BRA); the BRA denied it.', ['Baloch Republican Army']],
    // a known acronym is named in full when the text spells the body out anywhere
    ['The IAEA chief arrives on Monday. The International Atomic Energy Agency confirmed the date.', ['International Atomic Energy Agency']],
    // the reference writes the United Nations in full and NATO in capitals, however the text spells them
    ['Kabul welcomed a UN report, and U.N. officials said aid would resume.', ['United Nations']],
    ['Nato defence ministers met in Brussels on Thursday.', ['NATO']],
  ])('should name an acronym by its full name in "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // "X-led", "X-backed": the leader is one body, the led force another, never one "Nato-led ..." name
    ['The Nato-led International Security Assistance Force handed over to Afghan troops.', ['NATO', 'International Security Assistance Force']],
    ['A US-led coalition and the Saudi-led Coalition carried out strikes in Yemen.', []],
    ['The Iran-backed Popular Mobilization Forces and the Russian-backed Wagner Group were named.', ['Popular Mobilization Forces', 'Wagner Group']],
  ])('should split a compound name in "%s"', (text, expected) => {
    expect(new Set(names(text))).toEqual(new Set(expected));
  });

  it.each([
    // a menu of section names is page chrome, not a body called "... Society"
    ['Home Politics Economy Society Culture Sports\nThe minister spoke.', []],
    ['News | World | Region | Business | Society\nThe minister spoke.', []],
    ['Economy Society\nThe World Customs Organization met.', ['World Customs Organization']],
    // an agency's self-description is the agency under its usual name
    ['MOSCOW, June 4. /TASS Russian News Agency/. The talks in Moscow ended.', ['TASS']],
    ['The Russian News Agency TASS quoted the deputy minister.', ['TASS']],
    ['HANOI, May 2 (Xinhua News Agency) -- Vietnamese and Chinese officials met.', ['Xinhua']],
    ['BISHKEK. KABAR International News Agency - The ministers met.', ['KABAR']],
    ['The minister told the Russian news agency TASS on Friday.', ['TASS']],
    ["The Iranian Students' News Agency (ISNA) and Interfax-Ukraine reported it.", ["Iranian Students' News Agency", 'Interfax-Ukraine']],
  ])('should read page chrome and self-descriptions in "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // transliterated parties and armed groups, named by their full name
    ['Supporters of Pakistan Tehreek-i-Insaf marched in Lahore on Friday.', ['Pakistan Tehreek-i-Insaf']],
    ['Hezb-e-Islami fighters laid down arms, and Jamaat-ud-Dawa denied any links.', ['Hezb-e-Islami', 'Jamaat-ud-Dawa']],
    ['Tehrik-i-Taliban Pakistan claimed the attack on the checkpoint.', ['Tehrik-i-Taliban Pakistan']],
    ['Hizb ut-Tahrir activists and members of Jamiat Ulema-e-Islam were detained.', ['Hizb ut-Tahrir', 'Jamiat Ulema-e-Islam']],
    ['The Afghan Hezb-e-Islami signed a peace deal with Kabul.', ['Hezb-e-Islami']],
    ["The Republican People's Party (CHP) criticised the plan.", ["Republican People's Party"]],
    ['Muttahida Majlis-e-Amal and Awami National Party leaders met; Jamiat Ulema-e-Islam-Fazl (JUI-F) stayed away.', ['Muttahida Majlis-e-Amal', 'Awami National Party', 'Jamiat Ulema-e-Islam-Fazl']],
    ['Fighters of Harakat Hezbollah al-Nujaba and the Liwa Fatemiyoun were deployed.', ['Harakat Hezbollah al-Nujaba', 'Liwa Fatemiyoun']],
    ['Members of the Democratic Party of Iranian Kurdistan (KDPI) and the Communist Party of China met.', ['Democratic Party of Iranian Kurdistan', 'Communist Party of China']],
    ['Jeish al-Adl and Hizbullah issued statements.', ['Jeish al-Adl', 'Hizbullah']],
    // a given name that is also a group word names no group
    ['Columnist Ansar Abbasi and Jaish Khan wrote about the talks.', []],
  ])('should name a transliterated party or group in "%s"', (text, expected) => {
    expect(new Set(names(text))).toEqual(new Set(expected));
  });

  it.each([
    // a party's wing after a hyphen is part of its name
    ['Pakistan Muslim League-Nawaz (PML-N) leaders met, and the PML-N said it would join.', ['Pakistan Muslim League-Nawaz']],
    ['Muttahida Qaumi Movement-Pakistan lawmakers walked out.', ['Muttahida Qaumi Movement-Pakistan']],
    // a country's own council is not the UN's, however it is written
    ["Armenia's Security Council and the Russian Security Council met in Yerevan.", ['Armenian Security Council', 'Russian Security Council']],
    ['The UN Security Council and the Security Council of Kazakhstan met.', ['UN Security Council', 'Kazakh Security Council']],
    // "of the Republic of X" names the state as "of X" does
    ['The Ministry of Defence of the Republic of Kazakhstan said the drills ended.', ['Kazakh Ministry of Defense']],
    ['The Ministry of Foreign Affairs of the Kingdom of Bahrain issued a statement.', ['Bahraini Ministry of Foreign Affairs']],
    // news English names Central Asian and Saudi bodies "Kyrgyz", "Tajik", "Uzbek", "Saudi"
    ["Kyrgyzstan's Ministry of Defense, the Armed Forces of Tajikistan and Uzbekistan's Navy met.", ['Kyrgyz Ministry of Defense', 'Tajik Armed Forces', 'Uzbek Navy']],
    ["Saudi Arabia's Foreign Ministry welcomed the deal.", ['Saudi Ministry of Foreign Affairs']],
    // a country word before "Ministry of X" belongs to the one ministry, never a second body "Omani Ministry"
    ['The Omani Ministry of Defence and the Azerbaijani Ministry of Emergency Situations said.', ['Omani Ministry of Defense', 'Azerbaijani Ministry of Emergency Situations']],
    ["Jordan's Ministry of Foreign Affairs condemned the raid.", ['Jordanian Ministry of Foreign Affairs']],
    ['The Supreme Council of the Cultural Revolution met.', ['Supreme Council of the Cultural Revolution']],
    // a head word in the possessive still ends the body's name
    ["He praised the Bangladesh Army's role and the Sri Lanka Navy's rescue work.", ['Bangladesh Army', 'Sri Lanka Navy']],
    // "Agency for ...", "Center for ...": the purpose belongs to the name
    ['The Jordan Armed Forces and the Azerbaijan National Agency for Mine Action (ANAMA) signed a protocol.', ['Jordan Armed Forces', 'Azerbaijan National Agency for Mine Action']],
    ['Experts of the Caucasus Institute for Peace and Democracy spoke.', ['Caucasus Institute for Peace and Democracy']],
    ["Ships of the Chinese People's Liberation Army Navy docked in Karachi.", ["People's Liberation Army Navy"]],
    // a minister's portfolio is no body, and a person named after a known body is not part of it
    ["Iran's Minister of Defence and Armed Forces Logistics met the Minister of Justice and Home Affairs.", []],
    ['Secretary General of the Council of Europe Alain Berset arrived.', ['Council of Europe']],
    // "Commission on ...": the remit belongs to the name, a date after "on" does not
    ['The Turkmen-Afghan Intergovernmental Commission on Trade met; the Afghan Navy on March 3 and the Committee on Monday did not.', ['Turkmen-Afghan Intergovernmental Commission on Trade', 'Afghan Navy']],
    ['The Georgian Dream party and United Russia signed a memorandum.', ['Georgian Dream', 'United Russia']],
    // one state body written two ways is one body, under its official name
    ['Pakistani Army chief visits Ankara\nThe Pakistan Army said the Azerbaijani Navy and the Azerbaijan Navy met.', ['Pakistan Army', 'Azerbaijan Navy']],
    // a legal form ends a company's name, so two companies in a row stay two
    ['Uzbekistan Railways JSC and Kazakhstan Railways signed a deal.', ['Uzbekistan Railways', 'Kazakhstan Railways']],
    ['Palestinian Islamic Jihad and the al-Quds Brigades claimed the rockets.', ['Palestinian Islamic Jihad', 'al-Quds Brigades']],
  ])('should name the body in "%s"', (text, expected) => {
    expect(new Set(names(text))).toEqual(new Set(expected));
  });

  it('should give one id to the spellings of one body', () => {
    const [a] = findOrganizations('ISIS claimed it.', model);
    const [b] = findOrganizations('Daesh claimed it.', model);
    expect(a?.id).toBe(b?.id);
  });

  it('should name a known outlet inside a longer credit', () => {
    expect(withCredits([], ['Tasnim With Agencies'], model).map((o) => o.name)).toEqual(['Tasnim']);
  });

  it('should add an outlet only when it is a known body', () => {
    expect(withOutlet([], 'MOLDPRES 2022', model).map((o) => o.name)).toEqual(['MOLDPRES']);
    expect(withOutlet([], 'Your Daily Source of News', model)).toEqual([]);
  });

  it('should not take a page id for a credited outlet', () => {
    expect(withCredits([], ['News ID 84512', 'Gulf Ledger'], model).map((o) => o.name)).toEqual(['Gulf Ledger']);
  });

  it('should add credited outlets once, under canonical ids', () => {
    const found = findOrganizations('Tasnim News Agency reported the visit.', model);
    expect(withCredits(found, ['Tasnim', 'Press TV'], model).map((o) => o.id)).toEqual(['org:tasnim-news-agency', 'org:press-tv']);
  });

  const chrome = loadChromeModel();
  it.each(loadSeeds().map((s) => [s.file, s] as const))('should match the reference organizations of seed %s', (_file, seed) => {
    const meta = readMetadata(seed.raw);
    const text = removePageChrome(meta.body, chrome);
    const orgs = withCredits(findOrganizations(text, model), meta.credited, model).map((o) => o.name.toLowerCase());
    expect(new Set(orgs)).toEqual(new Set(seed.organizations.map((o) => o.toLowerCase())));
  });
});
