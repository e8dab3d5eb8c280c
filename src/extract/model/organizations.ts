/**
 * The organizations model: a list of well-known bodies (alliances, agencies, outlets, armed
 * groups) with their short forms, and the words that make a capitalised phrase an organization
 * ("... Commission", "Ministry of ..."). Data only; `organizations.ts` applies it.
 */
import { loadGeoModel, type CountryEntry } from './geo.ts';
import { buildPhraseIndex, type PhraseCase, type PhraseEntry, type PhraseIndex } from '../phrase-index.ts';

/** A known organization: canonical name and surface forms (ALL-CAPS forms match only in capitals). */
export interface OrganizationEntry {
  name: string;
  aliases: string[];
  /**
   * Forms always shown as `name`: an outlet's own dateline shorthand ("MNA") or self-description
   * ("TASS Russian News Agency"), and spellings the reference normalises ("UN", "Nato").
   */
  houseForms?: string[];
}

/** Known organizations plus the vocabulary of pattern-based detection. */
export interface OrganizationModel {
  known: OrganizationEntry[];
  index: PhraseIndex<OrganizationEntry>;
  /** Known bodies that are news outlets ("Press TV", "IRNA"). */
  outlets: Set<OrganizationEntry>;
  /** Head words that end an organization name ("Commission", "Agency", "Navy"). */
  headWords: Set<string>;
  /** Head words that open one ("Ministry of Defense", "Council of Europe"). */
  openingWords: Set<string>;
  /** Finds head and opening words in running text (case-sensitive, whole words). */
  headPattern: RegExp;
  /** Words that never belong to an organization name (titles, ranks, weekdays, function words). */
  stopWords: Set<string>;
  /** Phrases that look like organizations and are not (lower-cased). */
  notOrganizations: Set<string>;
  /** Head words that name a body alone ("the Majlis", "State Duma"): parliaments called by their own name. */
  properHeads: Set<string>;
  /** Modifiers too generic to name a body alone before a head word. */
  genericModifiers: Set<string>;
  /** State bodies named after their country ("Iranian Navy"): unit words, canonical spelling. */
  stateUnits: Map<string, string>;
  /** Lower-cased country name, short form or demonym -> canonical adjective ("iran" -> "Iranian"). */
  adjectives: Map<string, string>;
  /** Words that open a transliterated party or group name before a particle ("Tehreek-e-...", "Jaish al-..."). */
  groupWords: Set<string>;
  /** Words that may open a transliterated name before its group word ("Muttahida"). */
  groupQualifiers: Set<string>;
  /** Lower-cased particles of transliterated names ("e", "i", "ul", "al"). */
  groupParticles: Set<string>;
  /** Section names of a site's menu ("Politics", "Society"): several in one name make it chrome. */
  menuWords: Set<string>;
  /** Words of an agency's self-description after its name ("International News Agency"). */
  agencyDescriptors: Set<string>;
  /** Legal forms of companies ("JSC", "LLC"), which end a name like a head word. */
  legalForms: Set<string>;
  /** A word naming another body as leader or backer ("Nato-led", "Iran-backed"): it ends a name. */
  leaderWord: RegExp;
}

/** Well-known bodies named in diplomatic, defence and security news. */
export const KNOWN_ORGANIZATIONS: readonly OrganizationEntry[] = [
  // the reference writes "United Nations" however the text abbreviates it
  { name: 'United Nations', aliases: ['United Nations Organization'], houseForms: ['UN', 'U.N.'] },
  { name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC', 'U.N. Security Council', 'Security Council'] },
  // Listed so that the longest match keeps them apart from the UN's "Security Council".
  { name: 'Supreme National Security Council', aliases: ['SNSC'] },
  { name: 'National Security Council', aliases: ['NSC'] },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'UNGA'] },
  // "Nato" (British style) is shown as the reference writes it: NATO
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Alliance'], houseForms: ['Nato'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'Collective Security Treaty Organisation'] },
  { name: 'Shanghai Cooperation Organization', aliases: ['SCO', 'Shanghai Cooperation Organisation'] },
  { name: 'Non-Aligned Movement', aliases: ['NAM', 'Non Aligned Movement', 'Nonaligned Movement'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'] },
  { name: 'OSCE Minsk Group', aliases: ['Minsk Group'] },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation', 'Organization of the Islamic Conference'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'BRICS', aliases: [] },
  { name: 'Economic Cooperation Organization', aliases: ['ECO', 'Economic Cooperation Organisation'] },
  { name: 'Commonwealth of Independent States', aliases: ['CIS'] },
  { name: 'Eurasian Economic Union', aliases: ['EAEU', 'EEU'] },
  { name: 'Organization of Turkic States', aliases: ['OTS', 'Turkic Council'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'Interpol', aliases: ['INTERPOL'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'Council of Europe', aliases: [] },
  { name: 'Foreign Office', aliases: ['Foreign and Commonwealth Office'] },
  { name: 'State Department', aliases: ['US State Department', 'U.S. State Department', 'Department of State'] },
  { name: 'Islamic Revolution Guards Corps', aliases: ['IRGC', 'Islamic Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps', 'Revolutionary Guards', 'Revolutionary Guard'] },
  { name: 'Quds Force', aliases: [] },
  { name: 'Daesh', aliases: ['ISIS', 'ISIL', 'Islamic State', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'] },
  { name: 'al-Qaeda', aliases: ['Al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda'] },
  { name: 'Taliban', aliases: [] },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah', 'Hizbullah', 'Hezbullah'] },
  { name: 'Hamas', aliases: [] },
  { name: 'Ansarullah', aliases: ['Houthis', 'Houthi movement', 'Ansarallah', 'Ansar Allah'] },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  { name: 'Reuters', aliases: [] },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'] },
  { name: 'Tasnim News Agency', aliases: ['Tasnim'] },
  { name: 'Fars News Agency', aliases: ['Fars news agency'] },
  { name: 'Mehr News Agency', aliases: ['Mehr news agency'], houseForms: ['MNA'] },
  { name: 'ISNA', aliases: ['Iranian Students News Agency', "Iranian Students' News Agency"] },
  { name: 'Press TV', aliases: ['PressTV'] },
  { name: 'Tehran Times', aliases: [] },
  { name: 'Trend News Agency', aliases: ['Trend'] },
  { name: 'APA', aliases: ['Azeri-Press Agency', 'Azeri Press Agency'] },
  { name: 'AZERTAC', aliases: ['AzerTac', 'Azertac'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu'], houseForms: ['AA'] },
  // "TASS Russian News Agency" is how TASS describes itself in a dateline: one agency, TASS
  { name: 'TASS', aliases: ['Information Telegraph Agency of Russia'], houseForms: ['TASS Russian News Agency', 'Russian News Agency TASS'] },
  { name: 'RIA Novosti', aliases: [] },
  { name: 'Sputnik', aliases: [] },
  { name: 'Interfax', aliases: [] },
  { name: 'Interfax-Ukraine', aliases: [] },
  { name: 'Xinhua', aliases: [], houseForms: ['Xinhua News Agency'] },
  { name: 'Kyodo News', aliases: ['Kyodo'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'] },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera'] },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya'] },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'] },
  { name: 'CNN', aliases: ['Cable News Network'] },
  { name: 'Daily Sabah', aliases: [] },
  { name: 'Kazinform', aliases: [] },
  { name: 'Armenpress', aliases: [] },
  { name: 'WAM', aliases: ['Emirates News Agency'] },
  { name: 'Saudi Press Agency', aliases: ['SPA'] },
  { name: 'KUNA', aliases: ['Kuwait News Agency'] },
  { name: 'QNA', aliases: ['Qatar News Agency'] },
  { name: 'Oman News Agency', aliases: ['ONA'] },
  { name: 'Associated Press of Pakistan', aliases: ['APP'] },
  { name: 'ISPR', aliases: ['Inter-Services Public Relations'] },
  { name: 'ISI', aliases: ['Inter-Services Intelligence'] },
  // India's army press wing.
  { name: 'ADGPI', aliases: ['Additional Directorate General of Public Information'] },
  { name: 'Washington Post', aliases: ['The Washington Post'] },
  { name: 'New York Times', aliases: ['The New York Times'] },
  { name: 'Wall Street Journal', aliases: ['The Wall Street Journal'] },
  { name: 'Financial Times', aliases: [] },
  { name: 'Al-Monitor', aliases: [] },
  { name: 'Arab News', aliases: [] },
  { name: 'Gulf News', aliases: [] },
  { name: 'Hurriyet Daily News', aliases: ['Hürriyet Daily News'] },
  { name: 'Jerusalem Post', aliases: ['The Jerusalem Post'] },
  { name: 'Times of Israel', aliases: ['The Times of Israel'] },
  { name: 'Haaretz', aliases: [] },
  { name: 'Kommersant', aliases: [] },
  { name: 'RT', aliases: ['Russia Today'] },
  { name: 'Euronews', aliases: [] },
  { name: 'Deutsche Welle', aliases: ['DW'] },
  { name: 'Voice of America', aliases: ['VOA'] },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Free Europe'] },
  { name: 'IRIB', aliases: ['Islamic Republic of Iran Broadcasting', 'IRIB News', 'IRIB News Agency'] },
  { name: 'Al Mayadeen', aliases: ['Al-Mayadeen'] },
  { name: 'Bernama', aliases: [] },
  { name: 'Antara', aliases: [] },
  { name: 'PTI', aliases: ['Press Trust of India'] },
  { name: 'Turan', aliases: ['Turan news agency'] },
  { name: 'Report.az', aliases: ['Report News Agency'] },
  { name: 'News.az', aliases: [] },
  // national news agencies of the region, by the names their datelines use
  { name: 'ILNA', aliases: ['Iranian Labour News Agency'] },
  { name: 'YJC', aliases: ['Young Journalists Club'] },
  { name: 'BelTA', aliases: ['BELTA', 'Belarusian Telegraph Agency'] },
  { name: 'MOLDPRES', aliases: ['Moldpres'] },
  { name: 'Ukrinform', aliases: ['UKRINFORM'] },
  { name: 'UNIAN', aliases: ['Ukrainian Independent Information Agency of News'] },
  { name: 'Kabar', aliases: ['Kabar news agency'] },
  { name: 'Khovar', aliases: [] },
  { name: 'UzA', aliases: ['Uzbekistan National News Agency'] },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'] },
  // not "Petra" (a city and a given name) nor "MENA" (the Middle East and North Africa)
  { name: 'Jordan News Agency', aliases: [] },
  { name: 'Middle East News Agency', aliases: [] },
  { name: 'BNA', aliases: ['Bahrain News Agency'] },
  { name: 'INA', aliases: ['Iraqi News Agency'] },
  { name: 'NNA', aliases: ['National News Agency'] },
  { name: 'ANI', aliases: ['Asian News International'] },
  { name: 'Pajhwok Afghan News', aliases: ['Pajhwok'] },
  { name: 'TOLOnews', aliases: ['Tolo News', 'TOLO news'] },
  { name: 'CGTN', aliases: ['China Global Television Network'] },
  { name: 'Global Times', aliases: [] },
  { name: 'TRT World', aliases: [] },
  { name: 'TRT', aliases: ['Turkish Radio and Television Corporation'] },
  { name: 'Al-Alam', aliases: ['Al Alam'] },
  { name: 'Kayhan', aliases: [] },
  { name: 'Nour News', aliases: ['Nournews'] },
  { name: 'Astana Times', aliases: ['The Astana Times'] },
  { name: 'Tengrinews', aliases: [] },
  { name: 'News.am', aliases: [] },
  { name: 'Interpressnews', aliases: [] },
  { name: 'Agenda.ge', aliases: [] },
  { name: 'Radio Pakistan', aliases: [] },
  { name: 'VNA', aliases: ['Vietnam News Agency'] },
  { name: 'TDH', aliases: ['Turkmenistan State News Agency'] },
  { name: 'AKIpress', aliases: [] },
  { name: 'Asia-Plus', aliases: [] },
  { name: 'Kun.uz', aliases: [] },
  { name: 'Daryo', aliases: [] },
  { name: 'Azernews', aliases: ['AzerNews'] },
  { name: 'Caspian News', aliases: [] },
  { name: 'IFP News', aliases: ['Iran Front Page'] },
  { name: 'ABNA', aliases: ['AhlulBayt News Agency'] },
  { name: 'Rudaw', aliases: [] },
  { name: 'Kurdistan24', aliases: [] },
  { name: 'Shafaq News', aliases: [] },
  { name: 'Yeni Safak', aliases: ['Yeni Şafak'] },
  { name: 'Express Tribune', aliases: ['The Express Tribune'] },
  { name: 'Geo News', aliases: [] },
  { name: 'The News International', aliases: [] },
  // Pakistan's paper of record; its articles end "Published in Dawn, <date>"
  { name: 'Dawn', aliases: [] },
  // papers, sites and channels the region's English news quotes ("Hamshahri reported ...")
  { name: 'Hamshahri', aliases: [] },
  { name: 'Etemad', aliases: [] },
  { name: 'Shargh', aliases: [] },
  { name: 'Tabnak', aliases: [] },
  { name: 'Mashregh News', aliases: [] },
  { name: 'Entekhab', aliases: [] },
  { name: 'Khabar Online', aliases: [] },
  { name: 'Asr Iran', aliases: [] },
  { name: 'Defa Press', aliases: [] },
  { name: 'Sepah News', aliases: [] },
  { name: 'Mizan News Agency', aliases: ['Mizan Online'] },
  { name: 'Al-Manar', aliases: ['Al Manar'] },
  { name: 'Al-Ahed', aliases: ['Al-Ahed News'] },
  { name: 'Al-Akhbar', aliases: [] },
  { name: 'Asharq Al-Awsat', aliases: [] },
  { name: 'Al-Ahram', aliases: [] },
  { name: 'Middle East Eye', aliases: [] },
  { name: 'Khaleej Times', aliases: [] },
  { name: 'Gulf Times', aliases: [] },
  { name: 'Times of Oman', aliases: [] },
  { name: 'Oman Observer', aliases: [] },
  { name: 'Kuwait Times', aliases: [] },
  { name: 'Milliyet', aliases: [] },
  { name: 'Cumhuriyet', aliases: [] },
  { name: 'Haberturk', aliases: ['Habertürk'] },
  { name: 'Izvestia', aliases: [] },
  { name: 'Vedomosti', aliases: [] },
  { name: 'Rossiyskaya Gazeta', aliases: [] },
  { name: 'Nezavisimaya Gazeta', aliases: [] },
  { name: 'Krasnaya Zvezda', aliases: [] },
  { name: 'TV BRICS', aliases: [] },
  { name: 'Gazeta.uz', aliases: [] },
  { name: 'UzDaily', aliases: [] },
  { name: '24.kg', aliases: [] },
  { name: 'Kaktus Media', aliases: [] },
  { name: 'Turkmenportal', aliases: [] },
  { name: 'Orda.kz', aliases: [] },
  { name: 'Haqqin.az', aliases: [] },
  { name: 'Oxu.az', aliases: [] },
  { name: 'Qafqazinfo', aliases: [] },
  { name: 'Day.az', aliases: [] },
  { name: 'Caliber.az', aliases: [] },
  { name: 'JAMnews', aliases: [] },
  { name: 'Civil.ge', aliases: [] },
  { name: 'Azatutyun', aliases: [] },
  { name: 'Hetq', aliases: [] },
  { name: 'Business Recorder', aliases: [] },
  { name: 'ARY News', aliases: [] },
  { name: 'Samaa TV', aliases: [] },
  { name: 'Hindustan Times', aliases: [] },
  { name: 'Times of India', aliases: [] },
  { name: 'NDTV', aliases: [] },
  { name: 'Khaama Press', aliases: [] },
  { name: 'Ariana News', aliases: [] },
  { name: 'Amu TV', aliases: [] },
  { name: 'Bakhtar News Agency', aliases: [] },
  // regional blocs
  { name: 'Mercosur', aliases: ['MERCOSUR', 'Mercosul'] },
  { name: 'SAARC', aliases: ['South Asian Association for Regional Cooperation'] },
  { name: 'BIMSTEC', aliases: ['Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'] },
  { name: 'ECOWAS', aliases: ['Economic Community of West African States'] },
  { name: 'IGAD', aliases: ['Intergovernmental Authority on Development'] },
  { name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'] },
  { name: 'CICA', aliases: ['Conference on Interaction and Confidence-Building Measures in Asia'] },
  { name: 'G20', aliases: ['G-20', 'Group of Twenty'] },
  { name: 'G7', aliases: ['G-7', 'Group of Seven'] },
  { name: 'Visegrad Group', aliases: ['V4'] },
  { name: 'GUAM', aliases: ['Organization for Democracy and Economic Development'] },
  { name: 'Asian Development Bank', aliases: ['ADB'] },
  { name: 'Islamic Development Bank', aliases: ['IsDB'] },
  { name: 'European Commission', aliases: [] },
  { name: 'European Parliament', aliases: [] },
  { name: 'UNHCR', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'] },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  // armed groups named in the region's security news
  { name: 'Jaish al-Adl', aliases: ['Jaish ul-Adl', 'Jaish-ul-Adl', 'Jaysh al-Adl'] },
  { name: 'Jundallah', aliases: [] },
  { name: "Hay'at Tahrir al-Sham", aliases: ['Hayat Tahrir al-Sham', 'HTS', 'Tahrir al-Sham'] },
  { name: 'al-Nusra Front', aliases: ['Nusra Front', 'al-Nusra', 'Jabhat al-Nusra', 'Al-Nusra Front'] },
  { name: 'PJAK', aliases: ['Free Life Party of Kurdistan'] },
  { name: 'MKO', aliases: ['MEK', 'Mojahedin-e Khalq', 'Mujahedin-e Khalq', "People's Mujahedin Organization of Iran"] },
  { name: 'YPG', aliases: ["People's Protection Units"] },
  { name: 'Syrian Democratic Forces', aliases: ['SDF'] },
  { name: 'Popular Mobilization Forces', aliases: ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces'] },
  { name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban'] },
  { name: 'Justice and Development Party', aliases: ['AKP', 'AK Party'] },
  // ruling parties whose names have no party word
  { name: 'Georgian Dream', aliases: [] },
  { name: 'United Russia', aliases: [] },
  { name: "Republican People's Party", aliases: ['CHP'] },
  { name: "Asa'ib Ahl al-Haq", aliases: ['Asaib Ahl al-Haq'] },
  { name: 'Harakat al-Nujaba', aliases: ['Harakat Hezbollah al-Nujaba', 'Nujaba Movement'] },
  { name: 'Liwa Fatemiyoun', aliases: ['Fatemiyoun Division', 'Fatemiyoun Brigade'] },
  { name: 'Liwa Zainebiyoun', aliases: ['Zainebiyoun Brigade', 'Zeinabiyoun Brigade'] },
  { name: 'Jabhat Fatah al-Sham', aliases: [] },
  { name: 'Palestinian Islamic Jihad', aliases: ['PIJ'] },
  // China's armed forces; its navy is a body of its own in the reference ("PLA Navy")
  { name: "People's Liberation Army", aliases: ['PLA'] },
  { name: 'PLA Navy', aliases: ["People's Liberation Army Navy"] },
  { name: 'Kurdistan Regional Government', aliases: ['KRG'] },
  { name: 'Balochistan Liberation Army', aliases: ['BLA', 'Baloch Liberation Army'] },
  // not "LeT", "JeM": a mixed-case short form would match "Let" opening a sentence
  { name: 'Lashkar-e-Taiba', aliases: ['Lashkar-e-Tayyiba'] },
  { name: 'Jaish-e-Mohammed', aliases: ['Jaish-e-Muhammad'] },
  { name: 'Islamic State Khorasan Province', aliases: ['ISKP', 'IS-K', 'ISIS-K'] },
  { name: 'al-Shabaab', aliases: ['Al-Shabaab', 'al-Shabab', 'Al-Shabab'] },
  { name: 'Boko Haram', aliases: [] },
  { name: "Kata'ib Hezbollah", aliases: ['Kataib Hezbollah'] },
];

/** The known bodies that are news outlets: named in a page's header or footer, they are its source. */
export const KNOWN_OUTLETS: readonly string[] = [
  'Hamshahri', 'Etemad', 'Shargh', 'Tabnak', 'Mashregh News', 'Entekhab', 'Khabar Online', 'Asr Iran', 'Defa Press',
  'Sepah News', 'Mizan News Agency', 'Al-Manar', 'Al-Ahed', 'Al-Akhbar', 'Asharq Al-Awsat', 'Al-Ahram',
  'Middle East Eye', 'Khaleej Times', 'Gulf Times', 'Times of Oman', 'Oman Observer', 'Kuwait Times', 'Milliyet',
  'Cumhuriyet', 'Haberturk', 'Izvestia', 'Vedomosti', 'Rossiyskaya Gazeta', 'Nezavisimaya Gazeta', 'Krasnaya Zvezda',
  'TV BRICS', 'Gazeta.uz', 'UzDaily', '24.kg', 'Kaktus Media', 'Turkmenportal', 'Orda.kz', 'Haqqin.az', 'Oxu.az',
  'Qafqazinfo', 'Day.az', 'Caliber.az', 'JAMnews', 'Civil.ge', 'Azatutyun', 'Hetq', 'Business Recorder', 'ARY News',
  'Samaa TV', 'Hindustan Times', 'Times of India', 'NDTV', 'Khaama Press', 'Ariana News', 'Amu TV',
  'Bakhtar News Agency',
  'Reuters', 'AFP', 'Associated Press', 'IRNA', 'Tasnim News Agency', 'Fars News Agency', 'Mehr News Agency', 'ISNA',
  'Press TV', 'Tehran Times', 'Trend News Agency', 'APA', 'AZERTAC', 'Anadolu Agency', 'TASS', 'RIA Novosti',
  'Sputnik', 'Interfax', 'Interfax-Ukraine', 'Xinhua', 'Kyodo News', 'Yonhap', 'Al Jazeera', 'Al Arabiya',
  'BBC', 'CNN', 'Daily Sabah', 'Kazinform', 'Armenpress', 'WAM', 'Saudi Press Agency', 'KUNA',
  'QNA', 'Oman News Agency', 'Associated Press of Pakistan', 'Washington Post', 'New York Times', 'Wall Street Journal', 'Financial Times', 'Al-Monitor',
  'Arab News', 'Gulf News', 'Hurriyet Daily News', 'Jerusalem Post', 'Times of Israel', 'Haaretz', 'Kommersant', 'RT',
  'Euronews', 'Deutsche Welle', 'Voice of America', 'Radio Free Europe/Radio Liberty', 'IRIB', 'Al Mayadeen', 'Bernama', 'Antara',
  'PTI', 'Turan', 'Report.az', 'News.az', 'ILNA', 'YJC', 'BelTA', 'MOLDPRES',
  'Ukrinform', 'UNIAN', 'Kabar', 'Khovar', 'UzA', 'SANA', 'Jordan News Agency', 'Middle East News Agency',
  'BNA', 'INA', 'NNA', 'ANI', 'Pajhwok Afghan News', 'TOLOnews', 'CGTN', 'Global Times',
  'TRT World', 'TRT', 'Al-Alam', 'Kayhan', 'Nour News', 'Astana Times', 'Tengrinews', 'News.am',
  'Interpressnews', 'Agenda.ge', 'Radio Pakistan', 'VNA', 'TDH', 'AKIpress', 'Asia-Plus', 'Kun.uz',
  'Daryo', 'Azernews', 'Caspian News', 'IFP News', 'ABNA', 'Rudaw', 'Kurdistan24', 'Shafaq News',
  'Yeni Safak', 'Express Tribune', 'Geo News', 'The News International', 'Dawn',
];

/** Words that end an organization name. */
export const HEAD_WORDS: readonly string[] = [
  'Commission', 'Committee', 'Ministry', 'Agency', 'Council', 'Organization', 'Organisation', 'Movement', 'Union',
  'Alliance', 'Forces', 'Force', 'Corps', 'Army', 'Navy', 'Guard', 'Guards', 'Front', 'Party', 'Bank', 'Fund',
  'Company', 'Corporation', 'Institute', 'University', 'Academy', 'Center', 'Centre', 'Office', 'Assembly',
  'Parliament', 'Court', 'Association', 'Federation', 'League', 'Service', 'Authority', 'Bureau', 'Directorate',
  'Department', 'Administration', 'Coalition', 'Majlis', 'Senate', 'Cabinet', 'Secretariat', 'Headquarters',
  'Group', 'Command', 'Brigade', 'Police', 'Staff', 'Shipyard', 'Shipyards', 'Industries', 'Airlines', 'Airways',
  'Refinery', 'Holding', 'Foundation', 'Society', 'Commissariat', 'Gendarmerie', 'Intelligence', 'Railways',
  'Railway', 'Petroleum', 'Telecom', 'Shipping', 'Knesset', 'Duma', 'Jirga', 'Brigades',
];

/** Legal forms after a company's name ("Azerbaijan Railways CJSC"): the name ends before them. */
export const LEGAL_FORMS: readonly string[] = ['JSC', 'CJSC', 'OJSC', 'PJSC', 'LLC', 'Ltd', 'Inc', 'PLC', 'GmbH', 'AG'];

/** Head words that are a body's own name: "the Majlis", "the Knesset", "State Duma", "Loya Jirga". */
export const PROPER_HEADS: readonly string[] = ['Majlis', 'Knesset', 'Duma', 'Jirga'];

/** Words that open an organization name followed by "of": "Ministry of Defense", "Council of Europe". */
export const OPENING_WORDS: readonly string[] = [
  'Ministry', 'Council', 'Commission', 'Committee', 'Organization', 'Organisation', 'Union', 'League', 'Bank',
  'Office', 'Court', 'Assembly', 'Academy', 'University', 'Institute', 'Federation', 'Association', 'Department',
  'Party', 'Front',
];

/** Words that open Urdu, Pashto, Persian and Arabic party and group names ("Tehreek-i-Insaf", "Jaish al-Adl"). */
export const GROUP_WORDS: readonly string[] = [
  'Tehreek', 'Tehrik', 'Tahreek', 'Tahrik', 'Jaish', 'Jaysh', 'Jeish', 'Hezb', 'Hizb', 'Jamaat', 'Jamat', 'Jamiat', 'Jamiyat',
  'Lashkar', 'Harakat', 'Harkat', 'Ansar', 'Jabhat', 'Kataib', 'Sipah', 'Liwa', 'Saraya', 'Jund', 'Tanzeem', 'Tanzim',
  'Majlis', 'Ittehad', 'Ittihad', 'Asaib',
];

/** Transliterated words that open such a name before the group word ("Muttahida Majlis-e-Amal"). */
export const GROUP_QUALIFIERS: readonly string[] = ['Muttahida', 'Awami', 'Qaumi', 'Milli', 'Islami', 'Markazi'];

/** Particles joining the words of such names ("-e-", "-i-", "ul-", "al-"). */
export const GROUP_PARTICLES: readonly string[] = [
  'e', 'i', 'ul', 'ud', 'ut', 'us', 'un', 'ur', 'al', 'el', 'as', 'ash', 'ad', 'az', 'an', 'ar', 'wal', 'o',
];

/** Words an agency adds to its name when it describes itself ("KABAR International News Agency"). */
export const AGENCY_DESCRIPTORS: readonly string[] = [
  'International', 'National', 'State', 'News', 'Agency', 'Information', 'Telegraph', 'Press', 'Service', 'Media',
  'Online', 'English',
];

/** Section names of news sites' menus ("Politics Economy Military Society Sports"). */
export const MENU_WORDS: readonly string[] = [
  'Home', 'News', 'Politics', 'Economy', 'Business', 'Society', 'Culture', 'Sports', 'Sport', 'World', 'Region',
  'Opinion', 'Analysis', 'Science', 'Technology', 'Tech', 'Health', 'Lifestyle', 'Entertainment', 'Travel',
  'Multimedia', 'Video', 'Videos', 'Photos', 'Latest', 'Interviews', 'Features', 'Editorial', 'Markets', 'Military',
  'Diplomacy', 'Tourism', 'Arts', 'Media',
];

/** Suffixes naming a leader or backer: "Nato-led", "Iran-backed", "Kabul-based". */
export const LEADER_SUFFIXES: readonly string[] = [
  'led', 'backed', 'based', 'sponsored', 'funded', 'supported', 'brokered', 'owned', 'run', 'affiliated', 'linked',
  'allied', 'aligned', 'controlled', 'trained', 'armed',
];

/** Titles, ranks and other words that start a role or a sentence, never an organization. */
export const STOP_WORDS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'During', 'After', 'Before', 'And', 'But', 'As',
  'Of', 'To', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Both', 'Deputy', 'Chief', 'Head', 'Commander',
  'Minister', 'President', 'Vice', 'Secretary', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Ambassador', 'Envoy', 'General', 'Admiral', 'Colonel', 'Major', 'Lieutenant',
  'Brigadier', 'Captain', 'Commodore', 'Marshal', 'Sergeant', 'Prime', 'Mr', 'Mrs', 'Dr', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Senior', 'Former', 'Acting', 'First',
  'Second', 'Third', 'Fourth', 'Fifth', 'Last', 'Next', 'New', 'Such', 'Other', 'Several', 'Some', 'All',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];

/** Capitalised phrases with a head word that name no organization ("the Soviet Union" was a state). */
export const NOT_ORGANIZATIONS: readonly string[] = ['Soviet Union', 'Union Territory', 'State of the Union', 'Union of Soviet Socialist Republics'];

/** Modifiers that alone before a head word name no particular body ("the Armed Forces", "Joint Commission"). */
export const GENERIC_MODIFIERS: readonly string[] = [
  'Defense', 'Defence', 'Foreign', 'Interior', 'Joint', 'National', 'Security', 'Military', 'Economic', 'Supreme',
  'Central', 'State', 'General', 'Border', 'Air', 'Ground', 'Naval', 'Special', 'Armed', 'Federal', 'Regional',
  'International', 'Intergovernmental', 'Bilateral', 'Coast', 'Main', 'High', 'Higher', 'Permanent', 'Executive',
  'Working', 'Contact', 'Expert', 'Technical', 'Steering', 'Coordination', 'Advisory', 'Presidential', 'News',
  // "Chief of Army Staff" is an office: "Army Staff" alone names no body
  'Army',
];

/** State bodies written "<Demonym> <unit>" or "<Country>'s <unit>"; the value is the canonical unit. */
export const STATE_UNITS: Readonly<Record<string, string>> = {
  'armed forces': 'Armed Forces',
  army: 'Army',
  navy: 'Navy',
  'air force': 'Air Force',
  'air defense force': 'Air Defense Force',
  'ground force': 'Ground Force',
  'ground forces': 'Ground Force',
  'border guard': 'Border Guard',
  'border guards': 'Border Guard',
  'coast guard': 'Coast Guard',
  police: 'Police',
  parliament: 'Parliament',
  // "Armenia's Security Council" is not the UN's
  'security council': 'Security Council',
  'defense ministry': 'Ministry of Defense',
  'defence ministry': 'Ministry of Defense',
  'foreign ministry': 'Ministry of Foreign Affairs',
  'interior ministry': 'Ministry of Interior',
  'ministry of defense': 'Ministry of Defense',
  'ministry of defence': 'Ministry of Defense',
  'ministry of foreign affairs': 'Ministry of Foreign Affairs',
  'ministry of interior': 'Ministry of Interior',
  'national defense ministry': 'Ministry of National Defense',
  'national defence ministry': 'Ministry of National Defense',
  'ministry of national defense': 'Ministry of National Defense',
  'ministry of national defence': 'Ministry of National Defense',
  'general staff': 'General Staff',
};

let memo: OrganizationModel | null = null;

/** The default organizations model, built once and memoised. */
export function loadOrganizationModel(): OrganizationModel {
  memo ??= createOrganizationModel(KNOWN_ORGANIZATIONS, loadGeoModel().countries);
  return memo;
}

/** Builds a model over the given known organizations (tests pass a short list). */
export function createOrganizationModel(known: readonly OrganizationEntry[], countries: readonly CountryEntry[]): OrganizationModel {
  const entries: PhraseEntry<OrganizationEntry>[] = known.flatMap((org) =>
    [org.name, ...org.aliases, ...(org.houseForms ?? [])].map((phrase) => ({ phrase, value: org, case: caseOf(phrase) })),
  );
  return {
    known: [...known],
    outlets: new Set(known.filter((org) => KNOWN_OUTLETS.includes(org.name))),
    index: buildPhraseIndex(entries),
    headWords: new Set(HEAD_WORDS),
    headPattern: new RegExp(`\\b(?:${[...new Set([...HEAD_WORDS, ...OPENING_WORDS, ...GROUP_WORDS])].join('|')})\\b`, 'g'),
    openingWords: new Set(OPENING_WORDS),
    stopWords: new Set(STOP_WORDS),
    properHeads: new Set(PROPER_HEADS),
    genericModifiers: new Set(GENERIC_MODIFIERS),
    notOrganizations: new Set(NOT_ORGANIZATIONS.map((n) => n.toLowerCase())),
    stateUnits: new Map(Object.entries(STATE_UNITS)),
    adjectives: countryAdjectives(countries),
    groupWords: new Set(GROUP_WORDS),
    groupParticles: new Set(GROUP_PARTICLES),
    groupQualifiers: new Set(GROUP_QUALIFIERS),
    menuWords: new Set(MENU_WORDS),
    legalForms: new Set(LEGAL_FORMS),
    agencyDescriptors: new Set(AGENCY_DESCRIPTORS),
    leaderWord: new RegExp(`-(?:${LEADER_SUFFIXES.join('|')})$`, 'i'),
  };
}

// "UN" must not match "un-"; "al-Qaeda" keeps its lower-case particle.
// A one-word mixed-case form ("IsDB", "BelTA") is matched as written too: case is what sets it apart.
function caseOf(phrase: string): PhraseCase {
  // "24.kg": a name opening with a digit has no case of its own to ask for
  if (/^[A-Z.]+$/.test(phrase) || /^\d/.test(phrase) || (!phrase.includes(' ') && /^\p{Lu}.*\p{Lu}/u.test(phrase))) return 'exact';
  return /^[a-z]/.test(phrase) ? 'any' : 'proper';
}

/**
 * Adjectives news English uses where the country package's first demonym differs ("Kirghiz",
 * "Tadzhik", "Kazakhstani"): "Kyrgyzstan's Armed Forces" are the "Kyrgyz Armed Forces".
 */
export const STATE_ADJECTIVES: Readonly<Record<string, string>> = {
  Kazakhstan: 'Kazakh',
  Kyrgyzstan: 'Kyrgyz',
  Tajikistan: 'Tajik',
  Uzbekistan: 'Uzbek',
  'Saudi Arabia': 'Saudi',
  Philippines: 'Philippine',
  'Bosnia and Herzegovina': 'Bosnian',
  Iceland: 'Icelandic',
};

// The first demonym is the package's own ("Azerbaijani"), so "Azeri Navy" and "Azerbaijan's Navy" agree.
function countryAdjectives(countries: readonly CountryEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of countries) {
    const adjective = STATE_ADJECTIVES[c.name] ?? c.demonyms[0];
    if (adjective !== undefined && STATE_ADJECTIVES[c.name] !== undefined) map.set(adjective.toLowerCase(), adjective);
    if (adjective === undefined) continue;
    for (const w of [...c.names, ...c.demonyms]) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), adjective);
  }
  return map;
}
