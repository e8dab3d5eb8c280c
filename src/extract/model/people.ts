/**
 * Reference data for finding people and their offices: ranks, honorifics, office words, ministry
 * portfolios and the capitalised words that are never part of a person's name. Data only, built
 * once; no package ships these lists, so they are hand-written and kept generic (no seed names).
 */
import { loadEnglishWords } from './english.ts';

/** Military and police ranks, longest first so "Brigadier General" wins over "General". Abbreviations map to the full form. */
export const RANKS: Readonly<Record<string, string>> = {
  'general of the army': 'General of the Army',
  // Vietnamese, Chinese and Lao armies rank a "senior" grade above the plain one.
  'senior lieutenant general': 'Senior Lieutenant General',
  'senior major general': 'Senior Major General',
  'senior general': 'Senior General',
  'senior colonel': 'Senior Colonel',
  'senior captain': 'Senior Captain',
  'senior lieutenant': 'Senior Lieutenant',
  'lieutenant-general': 'Lieutenant General',
  'major-general': 'Major General',
  'lt.-gen.': 'Lieutenant General',
  'lt col': 'Lieutenant Colonel',
  'lt.col.': 'Lieutenant Colonel',
  'group captain': 'Group Captain',
  'wing commander': 'Wing Commander',
  'squadron leader': 'Squadron Leader',
  'second brigadier general': 'Second Brigadier General',
  '2nd brigadier general': 'Second Brigadier General',
  'brigadier general': 'Brigadier General',
  'brig. gen.': 'Brigadier General',
  'brig gen': 'Brigadier General',
  'major general': 'Major General',
  'maj. gen.': 'Major General',
  'maj gen': 'Major General',
  'lieutenant general': 'Lieutenant General',
  'lt. gen.': 'Lieutenant General',
  'lt gen': 'Lieutenant General',
  'colonel general': 'Colonel General',
  'army general': 'Army General',
  'lieutenant colonel': 'Lieutenant Colonel',
  'lt. col.': 'Lieutenant Colonel',
  'lieutenant commander': 'Lieutenant Commander',
  'rear admiral': 'Rear Admiral',
  'rear adm.': 'Rear Admiral',
  'vice admiral': 'Vice Admiral',
  'vice adm.': 'Vice Admiral',
  'air chief marshal': 'Air Chief Marshal',
  'air vice marshal': 'Air Vice Marshal',
  'air marshal': 'Air Marshal',
  'field marshal': 'Field Marshal',
  'first lieutenant': 'First Lieutenant',
  'police colonel': 'Colonel',
  general: 'General',
  'gen.': 'General',
  brigadier: 'Brigadier',
  'brig.': 'Brigadier',
  colonel: 'Colonel',
  'col.': 'Colonel',
  admiral: 'Admiral',
  'adm.': 'Admiral',
  commodore: 'Commodore',
  marshal: 'Marshal',
  major: 'Major',
  'maj.': 'Major',
  captain: 'Captain',
  'capt.': 'Captain',
  lieutenant: 'Lieutenant',
  'lt.': 'Lieutenant',
  sergeant: 'Sergeant',
  // Pakistani, Indian and British papers drop the stop: "Gen Asim Raza", "Lt Gen X", "Brig Y", "Col Z".
  gen: 'General',
  col: 'Colonel',
  adm: 'Admiral',
  brig: 'Brigadier',
  maj: 'Major',
  capt: 'Captain',
  lt: 'Lieutenant',
  'rear adm': 'Rear Admiral',
  'vice adm': 'Vice Admiral',
  'lt-gen': 'Lieutenant General',
  'maj-gen': 'Major General',
};

/** Words of address that precede a name but are neither office nor rank; stripped from the canonical name. */
// prettier-ignore
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'lord', 'lady',
  'madam', 'sheikh', 'shaikh', 'sheik', 'prince', 'princess', 'sayyid', 'sayyed', 'seyed', 'seyyed', 'sayed',
  'syed', 'ayatollah', 'grand ayatollah', 'hojatoleslam', 'hojjatoleslam', 'hojatoleslam val-moslemin', 'imam',
  'mullah', 'haji', 'hajji', 'engineer', 'eng.', 'his excellency', 'her excellency', 'h.e.', 'mufti', 'rabbi',
  'father', 'pope',
  // Iranian usage honours the dead: "Martyr Qasem Soleimani" ("Shahid" is also a given name: Shahid Khaqan Abbasi).
  'martyr',
  // Malay, South Asian and Afghan styles ("Datuk Seri", "Tan Sri", "Mawlawi", "Sardar")
  'datuk', 'dato', "dato'", 'datuk seri', 'dato seri', 'seri', 'sri', 'tan sri', 'tun', 'tengku', 'tunku',
  'mawlawi', 'maulvi', 'maulana', 'mawlana', 'sardar', 'mullah',
];

/**
 * Office words that are also common given names ("Brigadier General Amir Ali Hajizadeh", "Hossein Amir
 * Tabatabaei"): after a rank or an office, or inside a name, they are the person's name; after a country
 * ("Kuwaiti Amir Sheikh Nawaf") they stay the ruler's title.
 */
export const GIVEN_NAME_OFFICES: readonly string[] = ['amir', 'emir'];

/** Country names that are also given names ("Foreign Minister Israel Katz"): a name after a title only. */
export const GIVEN_NAME_COUNTRIES: readonly string[] = ['israel', 'jordan'];

/** Office abbreviations of headlines and South Asian papers: "Iranian FM Zarif", "Pakistani PM Imran Khan". */
export const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  fm: 'foreign minister',
  pm: 'prime minister',
  dpm: 'deputy prime minister',
};

/** Head nouns of offices: a title phrase must contain one of these to be an office title. */
// prettier-ignore
export const OFFICE_WORDS: readonly string[] = [
  'minister', 'ministers', 'president', 'premier', 'chancellor', 'chief', 'commander', 'commander-in-chief',
  'commandant',
  'ambassador', 'envoy', 'secretary', 'secretary-general', 'speaker', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'director-general', 'head', 'chairman', 'chairwoman', 'chair', 'governor',
  'mayor', 'adviser', 'advisor', 'aide', 'attache', 'attaché', 'representative', 'undersecretary', 'under-secretary',
  'counsellor', 'counselor', 'councilor', 'councillor', 'consul', 'consul-general', 'leader', 'king', 'queen', 'emir', 'amir', 'sultan',
  'crown', 'lawmaker', 'senator', 'mp', 'coordinator', 'inspector', 'officer', 'official', 'officials',
  'diplomat', 'counterpart', 'commissioner', 'prosecutor', 'judge', 'justice', 'rector', 'ceo',
  'vice-president', 'vice-chairman', 'deputy-chief', 'negotiator', 'chargé', 'charge', 'emissary', 'delegate',
  'member', 'boss', 'premier', 'monarch', 'ruler', 'governor-general', 'president-elect',
  'prime-minister-designate', 'minister-designate', 'co-chair', 'co-chairman', 'co-chairwoman',
];

/** Words that may sit inside a title phrase beside office words ("Deputy Chief of Staff of the Armed Forces"). */
// prettier-ignore
export const TITLE_WORDS: readonly string[] = [
  'deputy', 'vice', 'first', 'second', 'acting', 'former', 'senior', 'top', 'assistant', 'special', 'general',
  'prime', 'supreme', 'state', 'executive', 'military', 'naval', 'defense', 'defence', 'foreign', 'affairs',
  'interior', 'home', 'external', 'economy', 'economic', 'finance', 'financial', 'oil', 'petroleum', 'energy', 'trade',
  'commerce', 'industry', 'industries', 'agriculture', 'health', 'education', 'culture', 'intelligence',
  'security', 'national', 'labor', 'labour', 'transport', 'transportation', 'roads', 'communications',
  'information', 'science', 'environment', 'tourism', 'sports', 'youth', 'emergency', 'situations', 'digital',
  'development', 'investment', 'mining', 'water', 'housing', 'planning', 'social', 'religious', 'political',
  'international', 'legal', 'consular', 'parliamentary', 'logistics', 'coordination', 'operations',
  'operational', 'army', 'navy', 'air', 'force', 'forces', 'armed', 'staff', 'joint', 'ground', 'border',
  'guards', 'guard', 'coast', 'police', 'revolutionary', 'corps', 'parliament', 'assembly', 'majlis', 'senate',
  'council', 'committee', 'commission', 'ministry', 'department', 'office', 'embassy', 'cabinet', 'government',
  'republic', 'presidential', 'administration', 'affairs', 'relations', 'strategic', 'cooperation',
  'technical', 'personnel', 'training', 'headquarters', 'general-staff', 'inspection', 'plenipotentiary',
  'extraordinary', 'resident', 'nations', 'united', 'union', 'organization', 'organisation', 'movement',
  'islamic', 'revolution', 'leader', 'prince', 'crown', 'justice', 'fisheries', 'ecology', 'natural',
  'resources', 'reconstruction', 'defense-industry', 'ict', 'irgc', 'quds', 'aerospace', 'division',
  'missions', 'mission', 'royal', 'policy', 'chiefs', 'elect', 'designate', 'nominee', 'emeritus', 'coach',
  'delegation', 'service', 'services', 'bureau', 'agency', 'atomic', 'organisation', 'defence', 'guidance',
  'expediency', 'discernment', 'judiciary', 'central', 'deputies', 'naval-staff', 'land', 'marine', 'missile',
  'airborne', 'territorial', 'peacekeeping', 'contingent',
  // portfolio words of the region's ministries ("Roads and Urban Development", "Industry, Mine and Trade")
  'urban', 'mine', 'mines', 'cooperatives', 'welfare', 'medical', 'research', 'technology', 'jihad', 'power',
  'railways', 'maritime', 'production', 'infrastructure', 'telecommunications', 'aviation', 'heritage',
  'handicrafts', 'sport', 'internal', 'taxes', 'revenue', 'nuclear', 'diplomatic', 'diplomacy', 'reconciliation', 'to', 'of', 'the', 'for',
  'and', 'in', 'on',
];

/** Ministry portfolios spelled as in a "Minister of ..." title; keys are the lower-case forms met before "minister". */
export const PORTFOLIOS: Readonly<Record<string, string>> = {
  defense: 'Defense',
  defence: 'Defense',
  // "Minister of National Defense" (Vietnam, Poland, Taiwan) is the defence minister: one office, one title.
  'national defense': 'Defense',
  'national defence': 'Defense',
  foreign: 'Foreign Affairs',
  'foreign affairs': 'Foreign Affairs',
  interior: 'Interior',
  'internal affairs': 'Internal Affairs',
  home: 'Interior',
  economy: 'Economy',
  finance: 'Finance',
  oil: 'Oil',
  petroleum: 'Petroleum',
  energy: 'Energy',
  trade: 'Trade',
  commerce: 'Commerce',
  industry: 'Industry',
  agriculture: 'Agriculture',
  health: 'Health',
  education: 'Education',
  justice: 'Justice',
  culture: 'Culture',
  intelligence: 'Intelligence',
  security: 'Security',
  labor: 'Labor',
  labour: 'Labor',
  transport: 'Transport',
  'roads and urban development': 'Roads and Urban Development',
  communications: 'Communications',
  tourism: 'Tourism',
  'emergency situations': 'Emergency Situations',
  'digital development': 'Digital Development',
  'external affairs': 'External Affairs',
};

/** "for coordination affairs" -> "for Coordination": nouns after "for" whose "affairs" is dropped (adjectives keep it). */
export const AFFAIRS_NOUN = /(?:tion|sion|ment|ship|ics|ity)$/;

/** Capitalised words that are never a name token: function words, org heads, calendar, directions, faiths. */
// prettier-ignore
export const NON_NAME_WORDS: readonly string[] = [
  // function words and sentence starters
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'if',
  'so', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this',
  'that', 'these', 'those', 'there', 'here', 'both', 'all', 'some', 'many', 'most', 'several', 'each', 'every',
  'any', 'no', 'not', 'also', 'however', 'meanwhile', 'moreover', 'furthermore', 'besides', 'earlier', 'later',
  'last', 'next', 'during', 'after', 'before', 'while', 'when', 'where', 'since', 'until', 'although',
  'though', 'because', 'according', 'speaking', 'addressing', 'following', 'referring', 'pointing', 'noting',
  'elsewhere', 'today', 'yesterday', 'tomorrow', 'tonight', 'what', 'which', 'who', 'whom', 'whose', 'why',
  'how', 'ethnic', 'other', 'another', 'such', 'new', 'old', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'it’s', 'over', 'under', 'about', 'above', 'between', 'among', 'against',
  'through', 'into', 'upon', 'via', 'per', 'than', 'then', 'thus', 'yet', 'still', 'even', 'only', 'just',
  'very', 'more', 'less', 'much', 'well', 'now', 'once', 'again', 'amid', 'despite', 'without', 'within',
  'toward', 'towards', 'given', 'let', 'please', 'read', 'share', 'watch', 'photo', 'video', 'file', 'source',
  'sources', 'related', 'tags', 'comments', 'comment', 'leave', 'reply', 'print', 'email', 'follow',
  'subscribe', 'copyright', 'updated', 'published', 'posted', 'image', 'credit', 'news', 'home',
  // calendar
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ramadan', 'eid', 'nowruz', 'christmas',
  'easter', 'hajj', 'muharram', 'ashura',
  // directions and geography words
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper',
  'lower', 'greater', 'sea', 'ocean', 'gulf', 'strait', 'lake', 'river', 'mountains', 'mount', 'island',
  'islands', 'province', 'region', 'city', 'district', 'oblast', 'territory', 'valley', 'desert', 'basin',
  'peninsula', 'coast', 'port', 'airport', 'base', 'square', 'street', 'road', 'bridge', 'corridor', 'border',
  'capital', 'state', 'states', 'shoal', 'reef', 'atoll', 'bay', 'cape', 'harbour', 'harbor', 'canal', 'plateau',
  'hills', 'oasis', 'lagoon', 'delta', 'archipelago',
  // organizations and things
  'agency', 'ministry', 'council', 'commission', 'organization', 'organisation', 'movement', 'forces', 'force',
  'army', 'navy', 'corps', 'guard', 'guards', 'group', 'committee', 'union', 'nations', 'republic', 'kingdom',
  'emirates', 'federation', 'assembly', 'parliament', 'majlis', 'senate', 'congress', 'court', 'cabinet',
  'government', 'administration', 'department', 'office', 'house', 'palace', 'embassy', 'consulate',
  'university', 'institute', 'academy', 'center', 'centre', 'school', 'college', 'hospital', 'bank', 'fund',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'party', 'front', 'alliance', 'coalition', 'bloc', 'treaty',
  'agreement', 'accord', 'declaration', 'plan', 'project', 'program', 'programme', 'initiative', 'operation',
  'exercise', 'exercises', 'drill', 'drills', 'war', 'revolution', 'summit', 'conference', 'forum', 'meeting',
  'session', 'talks', 'day', 'week', 'cup', 'games', 'olympics', 'club', 'times', 'post', 'daily', 'tv',
  'radio', 'press', 'network', 'channel', 'herald', 'tribune', 'gazette', 'journal', 'review', 'report',
  'reports', 'magazine', 'online', 'website', 'service', 'services', 'islamic', 'joint', 'non-aligned',
  'supreme', 'national', 'international', 'federal', 'royal', 'holy', 'general', 'armed', 'military',
  'defense', 'defence', 'security', 'foreign', 'affairs', 'interior', 'economic', 'cooperation', 'development',
  'transport', 'energy', 'trade', 'oil', 'gas', 'nuclear', 'world', 'global', 'regional', 'record', 'wedding',
  'internet', 'covid', 'covid-19', 'coronavirus', 'allah', 'god', 'islam', 'muslim', 'muslims', 'christian',
  'sunni', 'shiite', 'arab', 'arabs', 'kurdish', 'kurds', 'persian', 'turkic', 'zionist', 'western', 'soviet',
  'socialist', 'autonomous', 'democratic', 'people’s', "people's", 'popular', 'liberation', 'takfiri',
  'wahhabi', 'daesh', 'isis', 'isil', 'taliban', 'hamas', 'hezbollah', 'fatah', 'nato', 'un', 'eu',
  'excellency', 'majesty', 'highness', 'staff', 'affairs', 'chief', 'chiefs', 'ministers', 'officials',
  'leaders', 'headquarters', 'command', 'fleet', 'brigade', 'division', 'battalion', 'regiment', 'unit',
  'units', 'police', 'heights', 'accords', 'agreements', 'treaties', 'airlines', 'airways', 'pipeline',
  'pipelines', 'consortium', 'process', 'corridors', 'ports', 'waterway', 'platform', 'format', 'declaration',
  'charter', 'principles', 'standards', 'policy', 'privacy', 'terms', 'cookies', 'newsletter', 'advertisement',
];

/** Lower-case particles allowed inside a name ("Abdullah bin Zayed", "Ursula von der Leyen"). */
// prettier-ignore
export const NAME_PARTICLES: readonly string[] = [
  'bin', 'bint', 'ibn', 'binti', 'al', 'el', 'ul', 'ud', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du',
  'la', 'le', 'dos', 'das', 'del', 'y', 'zu', 'ter', 'ben', 'abu', 'ould',
];

/** Surname endings that mark a surname written first ("Mammadov Fuad Nadir"). */
export const SURNAME_FIRST_ENDING = /(?:ov|ev|yev|iev|ova|eva|yeva|iyeva|enko)$/i;

/** Patronymic markers and endings that close a surname-first name ("Nadir oglu", "Ivanovich"). */
export const PATRONYMIC =
  /^(?:oglu|oğlu|ogly|ogli|qizi|gizi|kyzy|kizi|uly|uulu)$|(?:ovich|evich|ovna|evna|ich)$/i;

/** Pronouns that refer back to a person. */
// prettier-ignore
export const PERSON_PRONOUNS: readonly string[] = [
  'he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself',
];

/** Words right after a name that show it is a person ("X said", "X told"). */
// prettier-ignore
export const PERSON_VERBS_AFTER: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'noted', 'stressed', 'urged', 'met', 'meets', 'visited', 'called',
  'warned', 'announced', 'explained', 'emphasized', 'emphasised', 'underlined', 'highlighted', 'welcomed',
  'praised', 'expressed', 'described', 'hoped', 'thanked', 'received', 'wrote', 'tweeted', 'stated',
  'declared', 'insisted', 'argued',
];

/** Words right before a name that show it is a person ("said X", "met with X", "according to X"). */
// prettier-ignore
export const PERSON_CUES_BEFORE: readonly string[] = [
  'said', 'says', 'told', 'met', 'with', 'according', 'to', 'by', 'thanked', 'received',
];

/** Lower-case nouns right after a capitalised run that make it a thing's name ("the Kura Araz basin"). */
// prettier-ignore
export const THING_NOUNS: readonly string[] = [
  'waterway', 'basin', 'river', 'field', 'fields', 'pipeline', 'project', 'corridor', 'region', 'province',
  'airport', 'port', 'dam', 'plant', 'summit', 'talks', 'format', 'process', 'agreement', 'deal', 'initiative',
  'accord', 'accords', 'treaty', 'exercise', 'exercises', 'drills', 'forum', 'conference', 'airline',
  'company', 'group', 'festival', 'award', 'prize', 'program', 'programme', 'route', 'highway', 'railway',
  'bridge', 'border', 'crossing', 'strait', 'island', 'mountains', 'valley', 'desert', 'district', 'camp',
  'operation', 'doctrine',
  // "Andhra Pradesh officials", "Baja California state": a region's people or its body, not a person.
  'officials', 'authorities', 'government', 'state',
  // "killed by Jaish al-Adl terrorists", "Ansar al-Furqan militants": an armed group's members.
  'terrorists', 'terrorist', 'militants', 'militant', 'fighters', 'rebels', 'insurgents', 'gunmen',
  'extremists', 'separatists', 'militia', 'militiamen', 'outfit',
];

/** Nouns before "of" that name a place ("the southern state of Andhra Pradesh", "the port of Kakinada"). */
// prettier-ignore
export const PLACE_OF_NOUNS: readonly string[] = [
  'state', 'province', 'region', 'district', 'city', 'town', 'village', 'port', 'governorate', 'oblast',
  'county', 'prefecture', 'island', 'territory',
];

/** Capitalised nouns right after a name that make it a place or building's name ("Ho Chi Minh City", "Zayed Port"). */
// prettier-ignore
export const PLACE_HEADS: readonly string[] = [
  'city', 'province', 'region', 'district', 'county', 'prefecture', 'governorate', 'oblast', 'street',
  'avenue', 'road', 'square', 'boulevard', 'highway', 'bridge', 'airport', 'airbase', 'base', 'port', 'harbour',
  'harbor', 'university', 'college', 'institute', 'academy', 'hospital', 'stadium', 'mosque', 'cathedral',
  'palace', 'hall', 'centre', 'center', 'park', 'dam', 'station', 'camp', 'island', 'valley', 'town',
  'village', 'crossing', 'gate', 'canal', 'strait', 'lake', 'river', 'mountain', 'mountains', 'peak',
  'shoal', 'reef', 'atoll', 'bay', 'cape', 'plateau', 'hills', 'oasis', 'lagoon', 'delta', 'archipelago', 'sea',
  'causeway', 'tunnel', 'expressway', 'tower', 'towers', 'terminal', 'complex', 'compound', 'mall', 'market',
];

/** Words right before a capitalised run that make it a ship's name ("BRP Teresa Magbanua", "the frigate Anna Petrova"). */
// prettier-ignore
export const SHIP_WORDS: readonly string[] = [
  'brp', 'uss', 'hms', 'hmas', 'hmcs', 'hmnzs', 'ins', 'pns', 'tcg', 'roks', 'kri', 'rfs', 'js', 'ns', 'kd', 'htms',
  'vessel', 'ship', 'frigate', 'destroyer', 'corvette', 'submarine', 'carrier', 'tanker', 'cruiser', 'warship',
  'icebreaker', 'freighter',
];

/** Verbs whose object is a destination ("will visit Andhra Pradesh", "toured Baja California"): an untitled run there is a place. */
// prettier-ignore
export const DESTINATION_VERBS: readonly string[] = [
  'visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring',
];

/** Motion words before "to" and a destination ("will travel to Rio Grande do Sul", "a trip to ..."). */
// prettier-ignore
export const MOTION_WORDS: readonly string[] = [
  'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flying',
  'head', 'heads', 'headed', 'heading', 'trip', 'journey', 'visit', 'voyage', 'sail', 'sailed',
];

/** Words right before a name that mark a byline or credit, not a person in the story ("AP writer X"). */
// prettier-ignore
export const BYLINE_WORDS: readonly string[] = [
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'editor',
  'editors', 'photographer', 'columnist', 'contributor', 'reporting', 'editing', 'writing', 'compiled',
  'photo', 'photos',
];

/** Organization words that can stand before an office ("Navy Commander" -> "Commander of the Navy"). */
// prettier-ignore
export const FORCE_WORDS: readonly string[] = [
  'navy', 'army', 'air force', 'armed forces', 'police', 'ground forces', 'ground force', 'border guards',
  'coast guard', 'national guard', 'gendarmerie', 'irgc', 'irgc navy', 'revolutionary guards', 'quds force',
  'air defense', 'air defence',
];

/**
 * Acronyms of international bodies an office may belong to ("UN Secretary General", "the NATO
 * commander"), with the name the reference writes ("United Nations"; "Nato" -> "NATO").
 */
export const BODY_SHORT_NAMES: Readonly<Record<string, string>> = {
  un: 'United Nations',
  'u.n.': 'United Nations',
  nato: 'NATO',
  isaf: 'ISAF',
  eu: 'EU',
  osce: 'OSCE',
  sco: 'SCO',
  csto: 'CSTO',
  gcc: 'GCC',
  oic: 'OIC',
  opec: 'OPEC',
  asean: 'ASEAN',
};

/** Bodies whose "chief" is their Secretary General ("UN chief X"), as named in BODY_SHORT_NAMES. */
// prettier-ignore
export const SECRETARIATS: readonly string[] = [
  'United Nations', 'NATO', 'OSCE', 'SCO', 'CSTO', 'GCC', 'OIC', 'OPEC', 'ASEAN',
];

/** International bodies written in full whose words alone say nothing of a state ("Shanghai Cooperation Organization"). */
// prettier-ignore
export const INTERNATIONAL_BODIES: readonly string[] = [
  'shanghai cooperation organization', 'shanghai cooperation organisation', 'collective security treaty organization',
  'collective security treaty organisation', 'organization of islamic cooperation', 'organisation of islamic cooperation',
  'gulf cooperation council', 'economic cooperation organization', 'commonwealth of independent states',
  'african union', 'european union', 'eurasian economic union', 'organization of turkic states',
  'organization for security and co-operation in europe', 'organization for security and cooperation in europe',
];

/** Head words of bodies that are no state ("chairman of the Justice Party"): their offices have no country. */
// prettier-ignore
export const NON_STATE_BODY_WORDS: readonly string[] = [
  'party', 'movement', 'league', 'alliance', 'bloc', 'nations', ...Object.keys(BODY_SHORT_NAMES),
];

/** Transliterated party and group names, one hyphenated word ("Tehreek-i-Insaf", "Hezb-e-Islami"): never a person's name. */
export const GROUP_NAME_WORD =
  /^(?:tehreek|tehrik|tahreek|tahrik|hezb|hizb|jamaat|jamiat|lashkar|jaish|harakat|sipah)-/;

/** Nouns that head a nominal reference to a person ("the Iranian minister", "the visiting official"). */
// prettier-ignore
export const NOMINAL_HEADS: readonly string[] = [
  'minister', 'president', 'premier', 'official', 'counterpart', 'envoy', 'ambassador', 'diplomat',
  'commander', 'commandant', 'general', 'admiral', 'chief', 'leader', 'king', 'emir', 'sultan', 'prince', 'speaker',
  'spokesman', 'spokeswoman', 'secretary', 'governor', 'mayor', 'chairman', 'head', 'delegate', 'guest',
  'host', 'lawmaker', 'senator',
];

/** The people model handed to the person, role and coreference stages: the lists above as lookup sets. */
export interface PeopleModel {
  ranks: ReadonlyMap<string, string>;
  /** Longest rank phrase in tokens, for the backward scan. */
  maxRankTokens: number;
  honorifics: ReadonlySet<string>;
  officeWords: ReadonlySet<string>;
  /** "fm" -> "foreign minister": abbreviated offices, read as their words. */
  officeAbbreviations: ReadonlyMap<string, string>;
  /** Office words that are also given names ("Amir"). */
  givenNameOffices: ReadonlySet<string>;
  /** Country names that are also given names ("Israel"). */
  givenNameCountries: ReadonlySet<string>;
  titleWords: ReadonlySet<string>;
  portfolios: ReadonlyMap<string, string>;
  nonNameWords: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  nominalHeads: ReadonlySet<string>;
  /** Last words of ranks and honorifics ("general", "sheikh"): a phrase is looked up only when it ends in one. */
  titleLastWords: ReadonlySet<string>;
  /** First words of multi-word ranks ("Rear", "Vice", "Brigadier"): never name words. */
  rankStarts: ReadonlySet<string>;
  bylineWords: ReadonlySet<string>;
  thingNouns: ReadonlySet<string>;
  /** Capitalised place nouns after a name ("City", "Airport"): the run names a place. */
  placeHeads: ReadonlySet<string>;
  /** Ship prefixes and vessel nouns before a run ("BRP", "frigate"): the run names a ship. */
  shipWords: ReadonlySet<string>;
  /** Verbs whose object is a destination, and motion words before "to": an untitled run after them is a place. */
  destinationVerbs: ReadonlySet<string>;
  motionWords: ReadonlySet<string>;
  placeOfNouns: ReadonlySet<string>;
  /** Common English words: a run made only of them needs a context cue to be a name. */
  englishWords: ReadonlySet<string>;
  verbsAfter: ReadonlySet<string>;
  cuesBefore: ReadonlySet<string>;
  forceWords: readonly string[];
  /** "un" -> "United Nations": bodies named by acronym before or inside an office. */
  bodyShortNames: ReadonlyMap<string, string>;
  nonStateBodyWords: ReadonlySet<string>;
  /** Lower-case full names of international bodies. */
  internationalBodies: readonly string[];
  /** Bodies whose chief is the Secretary General. */
  secretariats: ReadonlySet<string>;
  groupNameWord: RegExp;
  surnameFirstEnding: RegExp;
  patronymic: RegExp;
  affairsNoun: RegExp;
}

let cached: PeopleModel | null = null;

/** Builds the people model once (memoised; the sets are read-only after construction). */
export function loadPeopleModel(): PeopleModel {
  if (cached) return cached;
  cached = {
    ranks: new Map(Object.entries(RANKS)),
    maxRankTokens: 4,
    honorifics: new Set(HONORIFICS),
    officeWords: new Set([...OFFICE_WORDS, ...Object.keys(OFFICE_ABBREVIATIONS)]),
    officeAbbreviations: new Map(Object.entries(OFFICE_ABBREVIATIONS)),
    givenNameOffices: new Set(GIVEN_NAME_OFFICES),
    givenNameCountries: new Set(GIVEN_NAME_COUNTRIES),
    titleWords: new Set(TITLE_WORDS),
    portfolios: new Map(Object.entries(PORTFOLIOS)),
    nonNameWords: new Set(NON_NAME_WORDS),
    particles: new Set(NAME_PARTICLES),
    pronouns: new Set(PERSON_PRONOUNS),
    nominalHeads: new Set([...NOMINAL_HEADS, ...Object.keys(OFFICE_ABBREVIATIONS)]),
    titleLastWords: new Set([...Object.keys(RANKS), ...HONORIFICS].map((r) => r.split(' ').at(-1) ?? r)),
    rankStarts: new Set(
      Object.keys(RANKS)
        .filter((r) => r.includes(' '))
        .map((r) => r.split(' ')[0] as string),
    ),
    bylineWords: new Set(BYLINE_WORDS),
    thingNouns: new Set(THING_NOUNS),
    placeHeads: new Set(PLACE_HEADS),
    shipWords: new Set(SHIP_WORDS),
    destinationVerbs: new Set(DESTINATION_VERBS),
    motionWords: new Set(MOTION_WORDS),
    placeOfNouns: new Set(PLACE_OF_NOUNS),
    englishWords: loadEnglishWords(),
    verbsAfter: new Set(PERSON_VERBS_AFTER),
    cuesBefore: new Set(PERSON_CUES_BEFORE),
    forceWords: FORCE_WORDS,
    bodyShortNames: new Map(Object.entries(BODY_SHORT_NAMES)),
    nonStateBodyWords: new Set(NON_STATE_BODY_WORDS),
    secretariats: new Set(SECRETARIATS),
    internationalBodies: INTERNATIONAL_BODIES,
    groupNameWord: GROUP_NAME_WORD,
    surnameFirstEnding: SURNAME_FIRST_ENDING,
    patronymic: PATRONYMIC,
    affairsNoun: AFFAIRS_NOUN,
  };
  return cached;
}
