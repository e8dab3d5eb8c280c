import { describe, expect, it } from 'vitest';
import type { RoleFact } from '../../src/shared/types.ts';
import { mergeRoles } from '../../src/extract/roles.ts';
import { parseTitle } from '../../src/extract/titles.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { model, rolesOf, runPersonStages, type Expected } from './person-helpers.ts';

describe('roles', () => {
  it.each<[string, string, Expected]>([
    [
      'Turkish Defence Minister General Kemal Arslan met the delegation in Ankara.',
      'Kemal Arslan',
      { title: 'Minister of Defense', country: 'Turkey', rank: 'General' },
    ],
    [
      "Lebanon's defense minister Maurice Salem said the army was ready.",
      'Maurice Salem',
      { title: 'Minister of Defense', country: 'Lebanon', rank: null },
    ],
    [
      'Minister of Foreign Affairs of Oman Badr Al-Hinai arrived in Doha.',
      'Badr Al-Hinai',
      { title: 'Minister of Foreign Affairs', country: 'Oman', rank: null },
    ],
    [
      'Kazakh Foreign Minister Daulet Serikbayev flew to Bishkek.',
      'Daulet Serikbayev',
      { title: 'Minister of Foreign Affairs', country: 'Kazakhstan', rank: null },
    ],
    [
      "Pakistan's former prime minister Imran Qureshi criticised the deal.",
      'Imran Qureshi',
      { title: 'Prime Minister (former)', country: 'Pakistan', rank: null },
    ],
    [
      'Omani Navy Commander Rear Admiral Saif Al-Rahbi inspected the frigate.',
      'Saif Al-Rahbi',
      { title: 'Commander of the Navy', country: 'Oman', rank: 'Rear Admiral' },
    ],
    [
      'Major General Timur Abenov of Kazakhstan led the delegation.',
      'Timur Abenov',
      { title: null, country: 'Kazakhstan', rank: 'Major General' },
    ],
    [
      'Colonel Ahmed Saleh, the deputy chief of staff of the Lebanese Armed Forces for logistics affairs, said the convoy arrived.',
      'Ahmed Saleh',
      {
        title: 'Deputy Chief of Staff of the Armed Forces for Logistics',
        country: 'Lebanon',
        rank: 'Colonel',
      },
    ],
    [
      'Russian Deputy Defence Minister for Logistics Colonel General Pavel Sorokin toured the base.',
      'Pavel Sorokin',
      { title: 'Deputy Minister of Defense for Logistics', country: 'Russia', rank: 'Colonel General' },
    ],
    [
      'Turkish President Murat Kaya spoke to reporters.',
      'Murat Kaya',
      { title: 'President', country: 'Turkey', rank: null },
    ],
    [
      "Iran's ambassador to Turkey Reza Farahani presented his credentials.",
      'Reza Farahani',
      { title: 'Ambassador', country: 'Iran', rank: null },
    ],
    [
      'Also present were the head of Kazakh Railways, Nurlan Sauranbayev, and the Omani ambassador.',
      'Nurlan Sauranbayev',
      { title: 'Head of Kazakh Railways', country: 'Kazakhstan', rank: null },
    ],
    [
      'The talks were hosted by the Turkish ambassador in Baku, Cahit Bagci.',
      'Cahit Bagci',
      { title: 'Ambassador', country: 'Turkey', rank: null },
    ],
  ])('should read the role in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });

  it.each<[string, string, RoleFact]>([
    [
      'NATO Secretary General Anders Holm urged restraint.',
      'Anders Holm',
      { title: 'Secretary General', country: null, organization: 'NATO', rank: null },
    ],
    [
      'Saudi Crown Prince Faisal bin Turki received the envoy.',
      'Faisal bin Turki',
      { title: 'Crown Prince', country: 'Saudi Arabia', organization: null, rank: null },
    ],
    [
      'The talks were led by Reza Najafi, the head of Iran’s Atomic Energy Organization, in Vienna.',
      'Reza Najafi',
      { title: 'Head of the Atomic Energy Organization', country: 'Iran', organization: null, rank: null },
    ],
  ])('should read the body an office belongs to in %s', (text, person, expected) => {
    const [role] = runPersonStages(text).roles.get(person) ?? [];
    expect(
      role && { title: role.title, country: role.country, organization: role.organization, rank: role.rank },
    ).toEqual(expected);
  });

  it('should give a counterpart the office of the person it refers to, in its own country', () => {
    const text =
      'Kazakh Defence Minister Ruslan Zhaksylykov received his Kyrgyz counterpart Baktybek Bekbolotov in Astana on Friday.';
    expect(rolesOf(text, 'Baktybek Bekbolotov')).toEqual([
      { title: 'Minister of Defense', country: 'Kyrgyzstan', rank: null },
    ]);
  });

  it('should give the people listed after plural counterparts their countries in order', () => {
    const text =
      'Georgian Defence Minister Levan Gvaramia hosted his Armenian and Turkish counterparts, Lieutenant General Suren Papikyan and Hulusi Demir, in Tbilisi.';
    const roles = runPersonStages(text).roles;
    expect(roles.get('Suren Papikyan')).toMatchObject([
      { title: 'Minister of Defense', country: 'Armenia', rank: 'Lieutenant General' },
    ]);
    expect(roles.get('Hulusi Demir')).toMatchObject([
      { title: 'Minister of Defense', country: 'Turkey', rank: null },
    ]);
  });

  it('should read an apposition after a lone surname', () => {
    const text =
      'Ethiopian Defence Minister Abebe Worku met Kenyan officials. Worku, a former chief of staff of the Ethiopian army, praised the accord.';
    expect(rolesOf(text, 'Abebe Worku')).toEqual([
      { title: 'Minister of Defense', country: 'Ethiopia', rank: null },
      { title: 'Chief of Staff of the Army (former)', country: 'Ethiopia', rank: null },
    ]);
  });

  it('should give both names after a plural office that office', () => {
    const text = 'Foreign ministers Hakan Demir and Anar Guliyev met in Baku on Monday.';
    const roles = runPersonStages(text).roles;
    expect(roles.get('Hakan Demir')?.[0]?.title).toBe('Minister of Foreign Affairs');
    expect(roles.get('Anar Guliyev')?.[0]?.title).toBe('Minister of Foreign Affairs');
  });

  it('should drop "former" from the office a counterpart shares', () => {
    const text =
      "Pakistan's former president Asif Zardani met with his Turkish counterpart Abdullah Gul in Ankara.";
    expect(rolesOf(text, 'Abdullah Gul')).toEqual([{ title: 'President', country: 'Turkey', rank: null }]);
  });

  it("should take the dateline's country for an office given without one", () => {
    const text = 'ISLAMABAD: Prime Minister Shahbaz Anwar chaired the meeting on Tuesday.';
    expect(rolesOf(text, 'Shahbaz Anwar', 'Pakistan')).toEqual([
      { title: 'Prime Minister', country: 'Pakistan', rank: null },
    ]);
  });

  it('should place an office met abroad in the country where the meeting is', () => {
    const text =
      'Iranian Foreign Minister Abbas Karimi arrived in Muscat on Monday and met with Sultan Haitham bin Said.';
    expect(rolesOf(text, 'Haitham bin Said', 'Iran')).toEqual([
      { title: 'Sultan', country: 'Oman', rank: null },
    ]);
  });

  it('should keep one role per title and country, with the rank merged in', () => {
    const text =
      'Turkish Defence Minister Kemal Arslan met the Omani envoy. Defence Minister Lieutenant General Kemal Arslan said ties were strong.';
    expect(rolesOf(text, 'Kemal Arslan')).toEqual([
      { title: 'Minister of Defense', country: 'Turkey', rank: 'Lieutenant General' },
    ]);
  });

  it('should drop a role that says less than another one', () => {
    const roles: RoleFact[] = [
      { title: null, country: 'Oman', organization: null, rank: null },
      { title: 'Minister of Foreign Affairs', country: 'Oman', organization: null, rank: null },
    ];
    expect(mergeRoles(roles).map((r) => r.title)).toEqual(['Minister of Foreign Affairs']);
  });
});

describe('titles', () => {
  it.each([
    ['Defense Minister', 'Minister of Defense'],
    ['Minister of Defence', 'Minister of Defense'],
    ['defense minister', 'Minister of Defense'],
    ['Foreign Minister', 'Minister of Foreign Affairs'],
    ['Deputy Defense Minister for Logistics', 'Deputy Minister of Defense for Logistics'],
    [
      'Deputy Foreign Minister for Political Affairs',
      'Deputy Minister of Foreign Affairs for Political Affairs',
    ],
    ['Deputy Chief of Staff of the Iranian Armed Forces', 'Deputy Chief of Staff of the Armed Forces'],
    [
      "deputy chief of the general staff of Pakistan's Armed Forces for coordination affairs",
      'Deputy Chief of the General Staff of the Armed Forces for Coordination',
    ],
    ['President of the Republic of Kazakhstan', 'President'],
    ['Army Chief', 'Chief of the Army'],
    ['Prime Minister', 'Prime Minister'],
    ['Security Council Secretary', 'Secretary of the Security Council'],
    ['deputy parliament speaker', 'Deputy Speaker of the Parliament'],
    ['Defense Secretary', 'Secretary of Defense'],
    ['Defence Cabinet Secretary', 'Cabinet Secretary for Defense'],
    ['Chief of Naval Staff', 'Chief of the Naval Staff'],
    ['Minister for Foreign Affairs', 'Minister of Foreign Affairs'],
    ['Minister for Energy', 'Minister of Energy'],
    ['IRGC Navy Commander', 'Commander of the IRGC Navy'],
    ['ex-president', 'President (former)'],
    ['Commander of the Royal Navy of Oman', 'Commander of the Navy'],
    ['First Deputy Defense Minister – Chief of the General Staff', 'Chief of the General Staff'],
  ])('should normalise %s to %s', (phrase, title) => {
    expect(parseTitle(tokenize(phrase), model).title).toBe(title);
  });

  it('should split a body named before the office into the organization', () => {
    const parsed = parseTitle(tokenize("Iran's foreign ministry spokesman"), model);
    expect(parsed).toMatchObject({
      title: 'Spokesperson',
      country: 'Iran',
      organization: 'Ministry of Foreign Affairs',
    });
  });

  it('should find no office in a phrase that only names a country', () => {
    expect(parseTitle(tokenize('the Omani official'), model)).toMatchObject({ title: null, country: 'Oman' });
  });
});

describe('roles: title chains, plural offices and former holders', () => {
  it.each<[string, string, Expected]>([
    [
      'South Korean Defence Minister Lee Han-sol inspected the base.',
      'Lee Han-sol',
      { title: 'Minister of Defense', country: 'South Korea', rank: null },
    ],
    [
      'New Zealand Foreign Minister Grace Tamihana arrived in Suva.',
      'Grace Tamihana',
      { title: 'Minister of Foreign Affairs', country: 'New Zealand', rank: null },
    ],
    [
      'Senior Lieutenant General Vo Minh Khoa led the delegation.',
      'Vo Minh Khoa',
      { title: null, country: null, rank: 'Senior Lieutenant General' },
    ],
    [
      'Senior Colonel Zhao Pengfei briefed reporters.',
      'Zhao Pengfei',
      { title: null, country: null, rank: 'Senior Colonel' },
    ],
    [
      'Maj. Gen. (retd) Tariq Aslam told the panel the plan was sound.',
      'Tariq Aslam',
      { title: null, country: null, rank: 'Major General' },
    ],
    [
      'Brig. Gen. Dana Whitfield and troops arrived.',
      'Dana Whitfield',
      { title: null, country: null, rank: 'Brigadier General' },
    ],
    [
      'Lt. Gen. Yusuf Erkan spoke first.',
      'Yusuf Erkan',
      { title: null, country: null, rank: 'Lieutenant General' },
    ],
    [
      'Air Chief Marshal Sunil Mehra reviewed the parade.',
      'Sunil Mehra',
      { title: null, country: null, rank: 'Air Chief Marshal' },
    ],
    [
      'Col. Ines Baptista and Adm. Rui Tavares attended.',
      'Ines Baptista',
      { title: null, country: null, rank: 'Colonel' },
    ],
    [
      'Col. Ines Baptista and Adm. Rui Tavares attended.',
      'Rui Tavares',
      { title: null, country: null, rank: 'Admiral' },
    ],
    [
      'Indian External Affairs Minister Rohan Mehta flew to Male.',
      'Rohan Mehta',
      { title: 'Minister of External Affairs', country: 'India', rank: null },
    ],
    [
      'Abu Dhabi Crown Prince Sheikh Hamdan bin Rashid toured the port.',
      'Hamdan bin Rashid',
      { title: 'Crown Prince', country: null, rank: null },
    ],
    [
      'Armed Forces of Nigeria chief Gen. Musa Danjuma visited the troops.',
      'Musa Danjuma',
      { title: 'Chief of the Armed Forces', country: 'Nigeria', rank: 'General' },
    ],
    [
      'Ex-minister Jorge Salvatierra criticised the deal.',
      'Jorge Salvatierra',
      { title: 'Minister (former)', country: null, rank: null },
    ],
    [
      'The talks recalled how then-president Clara Montes had signed it.',
      'Clara Montes',
      { title: 'President (former)', country: null, rank: null },
    ],
    [
      'The then interior minister, Hugo Ledesma, denied it.',
      'Hugo Ledesma',
      { title: 'Minister of Interior (former)', country: null, rank: null },
    ],
  ])('should read the role in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });

  it.each<[string, [string, string | null][]]>([
    [
      'Foreign ministers of Colombia and Ecuador, Luisa Cardenas and Rafael Moncayo, met in Quito.',
      [
        ['Luisa Cardenas', 'Colombia'],
        ['Rafael Moncayo', 'Ecuador'],
      ],
    ],
    [
      'Ghanaian and Togolese defence ministers Kwame Asante and Koffi Agbeko signed the pact.',
      [
        ['Kwame Asante', 'Ghana'],
        ['Koffi Agbeko', 'Togo'],
      ],
    ],
    // Nothing says whose country is whose: the title without a (wrong) country.
    [
      'Foreign ministers Luisa Cardenas and Rafael Moncayo meet in Quito.',
      [
        ['Luisa Cardenas', null],
        ['Rafael Moncayo', null],
      ],
    ],
  ])('should give each name after a plural office its own country in %s', (text, expected) => {
    for (const [person, country] of expected) {
      const roles = rolesOf(text, person, 'Colombia');
      expect(roles.map((r) => r.title)).toEqual([
        person === 'Luisa Cardenas' || person === 'Rafael Moncayo'
          ? 'Minister of Foreign Affairs'
          : 'Minister of Defense',
      ]);
      expect(roles[0]?.country).toBe(country);
    }
  });

  it.each<[string, string, Expected]>([
    [
      'Kenyan President Daniel Mwangi opened the road. His predecessor, Joseph Kiprono, did not attend.',
      'Joseph Kiprono',
      { title: 'President (former)', country: 'Kenya', rank: null },
    ],
    [
      "Mongolian Prime Minister Bat-Erdene Tsogt met investors. Bat-Erdene's predecessor Oyun Dorj also spoke.",
      'Oyun Dorj',
      { title: 'Prime Minister (former)', country: 'Mongolia', rank: null },
    ],
    [
      "Chilean Defence Minister Ana Vergara met her Peruvian counterpart Luis Quispe. Quispe's predecessor, Rosa Condori, joined them.",
      'Rosa Condori',
      { title: 'Minister of Defense (former)', country: 'Peru', rank: null },
    ],
    [
      "South Korean Defence Minister Kim Do-yun met the envoy. Kim's predecessor Seo Ji-hoon was in Busan.",
      'Seo Ji-hoon',
      { title: 'Minister of Defense (former)', country: 'South Korea', rank: null },
    ],
  ])(
    'should give a predecessor the former office of the person referred to in %s',
    (text, person, expected) => {
      expect(rolesOf(text, person)).toEqual([expected]);
    },
  );
});

describe('roles on unseen offices', () => {
  it.each<[string, string, Expected]>([
    [
      'Admiral Arturo Benitez, Commandant of the Chilean Coast Guard, met port officials in Valparaiso.',
      'Arturo Benitez',
      { title: 'Commandant of the Coast Guard', country: 'Chile', rank: 'Admiral' },
    ],
    [
      'Indonesian Coast Guard Commandant Vice Admiral Budi Santoso arrived in Jakarta on Monday.',
      'Budi Santoso',
      { title: 'Commandant of the Coast Guard', country: 'Indonesia', rank: 'Vice Admiral' },
    ],
    [
      'Japan Coast Guard Commander Rear Admiral Kenji Ito inspected the cutter.',
      'Kenji Ito',
      { title: 'Commander of the Coast Guard', country: 'Japan', rank: 'Rear Admiral' },
    ],
    [
      'Polish Deputy Minister of National Defence Colonel Piotr Nowak met Lithuanian officers.',
      'Piotr Nowak',
      { title: 'Deputy Minister of Defense', country: 'Poland', rank: 'Colonel' },
    ],
    [
      "Taiwan's National Defense Minister Wang Chih-ming spoke to reporters.",
      'Wang Chih-ming',
      { title: 'Minister of Defense', country: 'Taiwan', rank: null },
    ],
    [
      'Kenyan Defence Minister Aden Otieno held talks with Ugandan officers. Minister Otieno thanked his guests.',
      'Aden Otieno',
      { title: 'Minister of Defense', country: 'Kenya', rank: null },
    ],
  ])('should read one office in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });

  it('should keep a bare title beside a former office', () => {
    const roles: RoleFact[] = [
      { title: 'Minister', country: 'Kenya', organization: null, rank: null },
      { title: 'Minister of Defense (former)', country: 'Kenya', organization: null, rank: null },
    ];
    expect(mergeRoles(roles).map((r) => r.title)).toEqual(['Minister', 'Minister of Defense (former)']);
  });
});

describe('roles: undotted ranks and "Amir" as a given name', () => {
  it.each<[string, string, string | null, Expected]>([
    [
      'ISLAMABAD: Chief of Army Staff Gen Asim Raza met the Saudi delegation on Monday.',
      'Asim Raza',
      'Pakistan',
      { title: 'Chief of the Army Staff', country: 'Pakistan', rank: 'General' },
    ],
    [
      'Indian Navy chief Adm Rakesh Menon visited the dockyard.',
      'Rakesh Menon',
      null,
      { title: 'Chief of the Navy', country: 'India', rank: 'Admiral' },
    ],
    [
      'Iranian Defense Minister Brigadier General Amir Nasirzadeh received the Iraqi delegation.',
      'Amir Nasirzadeh',
      null,
      { title: 'Minister of Defense', country: 'Iran', rank: 'Brigadier General' },
    ],
  ])('should read the office and rank in %s', (text, person, home, expected) => {
    expect(rolesOf(text, person, home)).toEqual([expected]);
  });
});

describe('roles: commanders of named forces', () => {
  it.each<[string, string, Expected]>([
    [
      'IRGC Ground Force commander Brigadier General Mohammad Pakpour inspected the border units.',
      'Mohammad Pakpour',
      { title: 'Commander of the IRGC Ground Force', country: null, rank: 'Brigadier General' },
    ],
    [
      'Kazakh Air Defense Forces commander Major General Nurlan Ormanbetov met the Russian delegation.',
      'Nurlan Ormanbetov',
      { title: 'Commander of the Air Defense Forces', country: 'Kazakhstan', rank: 'Major General' },
    ],
  ])('should write the office as commander of the force in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });
});

describe('roles: a counterpart named only later', () => {
  it('should give the person named later beside the subject the office of the unnamed counterpart', () => {
    const text = [
      'Kyrgyz Foreign Minister Ruslan Kazakbaev and his Uzbek counterpart have discussed water sharing on the Naryn river.',
      'In a phone call on Monday, Kazakbaev and Bakhtiyor Saidov also agreed to meet in Osh next month.',
    ].join('\n');
    expect(rolesOf(text, 'Bakhtiyor Saidov')).toEqual([
      { title: 'Minister of Foreign Affairs', country: 'Uzbekistan', rank: null },
    ]);
  });

  it('should give nothing to a person named apart from the subject or holding an office of their own', () => {
    const text = [
      'Jordanian Interior Minister Mazen Farrayeh and his Syrian counterpart discussed the border crossing.',
      'Economist Ayman Haddad said trade would recover.',
      'Farrayeh and Prime Minister Bisher Khasawneh later met in Amman.',
    ].join('\n');
    expect(rolesOf(text, 'Ayman Haddad')).toEqual([]);
    expect(rolesOf(text, 'Bisher Khasawneh').map((r) => r.title)).toEqual(['Prime Minister']);
  });
});

describe('roles: no body from a list item before the office', () => {
  it('should not take the person named before "and" as the body of the next office', () => {
    const text =
      'Azerbaijani Foreign Minister Ceyhun Mammadli said the talks between Mammadli and Georgian Foreign Minister Ilia Darchiashvili were useful.';
    const roles = runPersonStages(text).roles.get('Ilia Darchiashvili') ?? [];
    expect(roles.map((r) => [r.title, r.country, r.organization])).toEqual([
      ['Minister of Foreign Affairs', 'Georgia', null],
    ]);
  });
});

describe('roles: a country in brackets after the name', () => {
  it('should give each name the country in brackets after it', () => {
    const text =
      'The minister received the mediators Pavel Orlov (Russia), Claire Dubois (France) and Mark Ellison (USA) on Tuesday.';
    const { roles } = runPersonStages(text);
    expect(['Pavel Orlov', 'Claire Dubois', 'Mark Ellison'].map((p) => roles.get(p)?.[0]?.country)).toEqual([
      'Russia',
      'France',
      'United States',
    ]);
  });
});

describe('roles: companions of a visiting leader', () => {
  it("should give the leader's country to the offices of the people accompanying him abroad", () => {
    const text =
      'Iranian President Hasan Rezaei, accompanied by Foreign Minister Karim Jafari and Oil Minister Reza Kazemi, met President Ilkin Aliyev in Baku on Monday.';
    expect(rolesOf(text, 'Karim Jafari', 'Azerbaijan')).toEqual([
      { title: 'Minister of Foreign Affairs', country: 'Iran', rank: null },
    ]);
    expect(rolesOf(text, 'Reza Kazemi', 'Azerbaijan')).toEqual([
      { title: 'Minister of Oil', country: 'Iran', rank: null },
    ]);
    expect(rolesOf(text, 'Ilkin Aliyev', 'Azerbaijan')).toEqual([
      { title: 'President', country: 'Azerbaijan', rank: null },
    ]);
  });

  it('should read "a delegation including" the same way', () => {
    const text =
      'ANKARA - Iraqi President Salem Nouri, heading a delegation including Foreign Minister Hadi al-Obaidi, arrived on Sunday.';
    expect(rolesOf(text, 'Hadi al-Obaidi', 'Turkey')).toEqual([
      { title: 'Minister of Foreign Affairs', country: 'Iraq', rank: null },
    ]);
  });
});

describe('roles: aides and people picked out of a group', () => {
  it.each<[string, string, Expected]>([
    [
      'Tigran Avetisyan, an aide to the Armenian prime minister, said the border talks would resume.',
      'Tigran Avetisyan',
      { title: 'Aide to the Prime Minister', country: 'Armenia', rank: null },
    ],
    [
      'The shelling wounded four Georgian border guards, including Captain Levan Beridze.',
      'Levan Beridze',
      { title: null, country: 'Georgia', rank: 'Captain' },
    ],
    [
      'Two Pakistani diplomats, including Faisal Raza, were expelled on Monday.',
      'Faisal Raza',
      { title: null, country: 'Pakistan', rank: null },
    ],
  ])('should read the country in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });
});

describe('roles: two offices joined by "and"', () => {
  it('should give one person both offices, in the country named before the first', () => {
    const text =
      'Serbian Deputy Prime Minister and Foreign Minister Marko Petrovic arrived in Baku on Monday.';
    expect(rolesOf(text, 'Marko Petrovic')).toEqual([
      { title: 'Deputy Prime Minister', country: 'Serbia', rank: null },
      { title: 'Minister of Foreign Affairs', country: 'Serbia', rank: null },
    ]);
  });

  it('should keep a portfolio joined by "and" as one office', () => {
    const text = 'Uzbek Minister of Trade and Industry Jamshid Khodjaev opened the fair.';
    expect(rolesOf(text, 'Jamshid Khodjaev').map((r) => r.title)).toEqual(['Minister of Trade and Industry']);
  });
});

describe('roles: a country word that opens the name of a body', () => {
  it.each<[string, string, Expected]>([
    [
      'Karim Sadeghi, the head of the Iranian Red Crescent Society, arrived in Herat.',
      'Karim Sadeghi',
      { title: 'Head of the Iranian Red Crescent Society', country: 'Iran', rank: null },
    ],
    [
      'Colonel Ali Rezaei, the deputy chief of staff of the Iranian Armed Forces, attended.',
      'Ali Rezaei',
      { title: 'Deputy Chief of Staff of the Armed Forces', country: 'Iran', rank: 'Colonel' },
    ],
  ])('should keep the body whole but drop a country before title words in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });
});

describe('roles: abbreviated offices', () => {
  it.each<[string, string, Expected]>([
    [
      'Iranian FM Hossein Jaberi met the envoy in Tehran.',
      'Hossein Jaberi',
      { title: 'Minister of Foreign Affairs', country: 'Iran', rank: null },
    ],
    [
      'Pakistani PM Shahid Anwar opened the port.',
      'Shahid Anwar',
      { title: 'Prime Minister', country: 'Pakistan', rank: null },
    ],
    [
      'Turkmen Deputy FM Vepa Hajiyev arrived in Baku.',
      'Vepa Hajiyev',
      { title: 'Deputy Minister of Foreign Affairs', country: 'Turkmenistan', rank: null },
    ],
  ])('should expand the abbreviation in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });
});

describe('roles: branches of the armed forces', () => {
  it('should keep the branch in a commander title', () => {
    const text = 'Azerbaijani Land Forces Commander Lieutenant General Anvar Afandiyev inspected the units.';
    expect(rolesOf(text, 'Anvar Afandiyev')).toEqual([
      { title: 'Commander of the Land Forces', country: 'Azerbaijan', rank: 'Lieutenant General' },
    ]);
  });
});

describe('roles: the side a person leads', () => {
  it('should give the leader of each side that side’s country', () => {
    const text =
      'The Kazakh side was represented by Deputy Foreign Minister Roman Vassilenko, while the Uzbek delegation was headed by Deputy Foreign Minister Furkat Sidikov.';
    expect(rolesOf(text, 'Roman Vassilenko').map((r) => r.country)).toEqual(['Kazakhstan']);
    expect(rolesOf(text, 'Furkat Sidikov').map((r) => r.country)).toEqual(['Uzbekistan']);
  });
});

describe('roles: greetings carried from a president, and ministries of the region', () => {
  it("should give the president whose greetings a visitor conveys the visitor's country", () => {
    const text =
      'BAKU - Kazakh Foreign Minister Mukhtar Tileuberdi conveyed the greetings of President Kassym-Jomart Tokayev to President Ilham Aliyev.';
    expect(rolesOf(text, 'Kassym-Jomart Tokayev', 'Azerbaijan')).toEqual([
      { title: 'President', country: 'Kazakhstan', rank: null },
    ]);
  });

  it.each<[string, string, Expected]>([
    [
      'Iranian Minister of Roads and Urban Development Rostam Ghasemi opened the line.',
      'Rostam Ghasemi',
      { title: 'Minister of Roads and Urban Development', country: 'Iran', rank: null },
    ],
    [
      'Pakistani Minister for Railways Azam Swati met the Chinese envoy.',
      'Azam Swati',
      { title: 'Minister for Railways', country: 'Pakistan', rank: null },
    ],
  ])('should read the whole ministry in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });
});

describe('roles: Chinese State Councilors', () => {
  it('should read both offices of a State Councilor who is also a minister', () => {
    const text =
      'Chinese State Councilor and Foreign Minister Wang Yi held talks with the Iranian envoy in Beijing.';
    expect(rolesOf(text, 'Wang Yi').map((r) => r.title)).toEqual([
      'State Councilor',
      'Minister of Foreign Affairs',
    ]);
  });
});

describe('roles: more appositions and descriptions of offices', () => {
  it.each<[string, string, Expected]>([
    [
      'Kairat Abdrakhmanov, who is also the head of the Kazakh Security Council, met the delegation.',
      'Kairat Abdrakhmanov',
      { title: 'Head of the Security Council', country: 'Kazakhstan', rank: null },
    ],
    [
      "Uzbekistan's top diplomat Bakhtiyor Saidov met the Afghan delegation.",
      'Bakhtiyor Saidov',
      { title: 'Minister of Foreign Affairs', country: 'Uzbekistan', rank: null },
    ],
    [
      'Russian President Boris Orlov spoke to Aram Petrosyan, his Armenian counterpart, by phone.',
      'Aram Petrosyan',
      { title: 'President', country: 'Armenia', rank: null },
    ],
    [
      "Kazem Gharibabadi, Iran's chief nuclear negotiator, arrived in Vienna.",
      'Kazem Gharibabadi',
      { title: 'Chief Nuclear Negotiator', country: 'Iran', rank: null },
    ],
  ])('should read the office in %s', (text, person, expected) => {
    expect(rolesOf(text, person)).toEqual([expected]);
  });
});
