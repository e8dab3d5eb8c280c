/**
 * Topic names with the phrases that signal them, for defence, security and diplomatic news. Data
 * only; `topics.ts` beside this file compiles it. Each trigger must contain one of its topic's hints
 * at a word start (the hint scan skips topics none of whose hints occur).
 */
import type { TopicEntry } from './topics.ts';

const KARABAKH = '(?:nagorn\\w*[- ])?karaba(?:k|g)h';
const WAR_WORDS = 'dispute|crisis|conflict|issue|problem|question|war|settlement|peace process|peace talks|standoff|tensions';
// "the war over Nagorno-Karabakh": the words before a rare word are checked behind it, once the
// rare word matched, so the scan looks for that word instead of trying every phrase at every position.
const behind = (word: string, before: string): string => `(?:${word})(?<=(?:${before})(?:${word}))`;
const conflictBefore = (name: string, words: string): string => behind(name, `(?:${words}) (?:with [\\w-]+ )?(?:of|over|in|on|around) (?:the )?`);
const EXERCISE = '(?:exercises?|drills?|maneuvers|manoeuvres|war ?games)';
const DEFENSE = 'defen[cs]e';
// Offices that make a story a defence story when they open it ("Defence Minister X met ...").
const DEFENSE_LEAD = [
  `${DEFENSE} minist(?:ers?|ry|ries)`,
  `minist(?:er|ry) of (?:national )?${DEFENSE}`,
  `chiefs? of (?:the )?(?:[\\w-]+ )?(?:general |naval |army |air |${DEFENSE} )staff`,
  `${DEFENSE} (?:talks|chiefs|officials|secretary)`,
  'military (?:delegation|talks|officials)',
];
const WEAPONS = '(?:drones|uavs|warships|corvettes|frigates|submarines|aircraft|fighter jets|jets|tanks|weapons|arms|missiles|ammunition|helicopters|armou?red vehicles|military equipment)';
// Earlier items of a list: "cooperation in trade, defence and ..." reaches "defence" past "trade, ".
const LISTED = '(?:[\\w-]+, |[\\w-]+ and ){0,3}';
const NOT_OTHER_SMUGGLING = '(?! (?:of|in) (?:drugs|narcotics|people|migrants|humans|arms|weapons))';

/** Topics of defence, security and diplomatic news. */
export const TOPICS: readonly TopicEntry[] = [
  {
    name: 'Nagorno-Karabakh conflict', hints: ['karab', '44-day', 'liberated'],
    triggers: [
      `${KARABAKH}\\W{1,3}(?:${WAR_WORDS})`, conflictBefore(KARABAKH, `${WAR_WORDS}|fighting|clashes|hostilities|ceasefire`),
      // the hint already requires Karabakh in the text: then the front line and the occupation are its conflict
      'line of contact', 'occupied (?:azerbaijani )?territories', 'occupation of (?:azerbaijani|the) (?:lands|territories)',
      // Azerbaijani outlets' names for the 2020 war and the lands it returned
      '44-day (?:patriotic )?war', 'liberated (?:azerbaijani )?(?:territories|lands|areas|districts)',
    ],
    overrides: ['peace process'],
  },
  {
    name: 'Syrian conflict', hints: ['syria', 'astana', 'idlib'],
    triggers: [`syrian (?:${WAR_WORDS}|civil war)`, conflictBefore('syria', `${WAR_WORDS}|fighting|situation`), 'astana (?:peace )?(?:process|talks|format)', 'idlib'],
    overrides: ['peace process'],
  },
  {
    name: 'Kashmir conflict', hints: ['kashmir'],
    triggers: [`kashmir\\W{1,3}(?:${WAR_WORDS}|cause)`, conflictBefore('kashmir', WAR_WORDS)],
    overrides: ['peace process'],
  },
  {
    name: 'terrorism', hints: ['terror', 'counterterror', 'antiterror', 'militant', 'insurgen', 'suicide'],
    triggers: [
      'terrorism', 'counter-?terror\\w*', 'anti-?terror\\w*', 'terrorist (?:groups?|organi[sz]ations?|networks?|threats?|attacks?)', 'terror groups?',
      // "militants attacked a police station": the genre's word for armed groups behind attacks
      'militants', 'militant (?:attacks?|violence|groups?|activity)', 'insurgen(?:cy|ts)', 'suicide (?:bomb\\w*|attacks?)',
    ],
  },
  { name: 'extremism', hints: ['extremis', 'radical'], triggers: ['extremism', 'radicalism', 'radicali[sz]ation'] },
  { name: 'drug trafficking', hints: ['drug', 'narco'], triggers: ['drug[- ]trafficking', 'drugs? smuggling', 'narcotics?[- ](?:trafficking|smuggling)', 'trafficking (?:of|in) (?:illicit |illegal )?(?:drugs|narcotics)', 'narco-?trafficking', 'illicit drugs', 'smuggling of drugs'] },
  { name: 'human trafficking', hints: ['traffick', 'smuggl'], triggers: ['human trafficking', 'trafficking (?:in|of) (?:persons|people|human beings|humans)', 'people smuggling', 'human smuggling', 'people trafficking', 'smuggling of (?:drugs and )?(?:people|migrants)'] },
  {
    name: 'arms smuggling', hints: ['smuggl', 'traffick', 'illicit'],
    triggers: ['(?:arms|weapons?|guns?|firearms) (?:smuggling|trafficking)', '(?:smuggling|trafficking) (?:of|in) (?:arms|weapons|firearms)', 'illicit (?:arms|weapons|firearms)'],
  },
  {
    // plain smuggling: of fuel, goods, cigarettes, or unspecified ("from smuggling to illegal migration")
    name: 'smuggling', hints: ['smuggl', 'contraband'],
    triggers: [`smuggling(?<!(?:drugs?|narcotics?|arms|weapons?|guns?|firearms|human|people|migrants?|of) smuggling)${NOT_OTHER_SMUGGLING}`, 'contraband'],
  },
  { name: 'cattle rustling', hints: ['rustl', 'livestock'], triggers: ['(?:cattle|livestock)[- ]rustl\\w*', 'rustlers', 'livestock (?:theft|raids?)'] },
  {
    name: 'defense cooperation', hints: ['defen', 'militar', 'naval', 'army', 'armies', 'navy', 'armed forces', 'navies', 'cooperat', 'co-operat', 'ties', 'partnership', 'jointly', 'training', 'exercis', 'drill', 'maneuv', 'manoeuv'],
    triggers: [
      `(?:${DEFENSE}|military|naval|army)(?:[- ](?:and|&) (?:security|military|${DEFENSE}))?(?:-military|-technical| technical)? (?:cooperation|co-operation|collaboration|ties|relations|partnership)`,
      // "cooperation in trade, defence and connectivity"
      `cooperation (?:on|in) (?:the )?(?:fields? of )?${LISTED}(?:military|${DEFENSE})`,
      `security and ${DEFENSE} cooperation`,
      // "cooperation between the two armed forces"
      'cooperation between (?:the |their )?(?:two |three |both )?(?:armed forces|armies|militaries|navies|defen[cs]e ministries)',
      'military-to-military', 'army-to-army', 'navy-to-navy',
      // "the exchange of military delegations", "exchanges of military personnel"
      `exchanges? of (?:[\\w-]+ )?(?:military|${DEFENSE}) (?:delegations|personnel|experience|cadets|officers|expertise)`,
    ],
    inContext: {
      lead: DEFENSE_LEAD,
      triggers: [
        // not "cooperation to secure the border": the purpose is the subject then
        'co-?operation(?! (?:organi[sz]ation|council|to|against))', 'ties', 'partnership',
        // exercises held by the two armies when defence officials open the story
        `joint (?:[\\w-]+ ){0,2}(?:exercises?|drills?|maneuvers|manoeuvres)`,
        `jointly (?:build|produce|develop|manufacture)\\w*`, 'joint training', 'military (?:education|training)',
        'training (?:of |for )?(?:[\\w-]+ ){0,3}(?:crews|officers|personnel|troops|cadets|pilots|specialists)',
      ],
    },
  },
  {
    name: 'joint military exercises', hints: ['exercis', 'drill', 'maneuv', 'manoeuv', 'game', 'wargame', 'patrol'],
    triggers: [
      // "joint exercise", "joint naval drill", "joint command-staff exercise", "joint strategic exercise"
      `joint (?:[\\w-]+ ){0,2}${EXERCISE}`,
      `(?:multinational|multilateral|bilateral|trilateral|combined) (?:[\\w-]+ ){0,4}${EXERCISE}`,
      'military (?:exercises|drills|maneuvers|manoeuvres)', 'naval (?:exercises|drills)', '(?:patrol|coordinated) exercises?', 'war ?games',
      // named exercises: "the Blue Sky-2019 exercise", "an exercise codenamed ..."
      `${behind('(?:19|20)\\d\\d', '\\w-')} (?:[\\w-]+ ){0,4}${EXERCISE}`, `${behind('(?:19|20)\\d\\d', '[a-z] ')} (?:joint |naval |military )?${EXERCISE}`, `${EXERCISE},? (?:codenamed|code-named|dubbed)`,
      // patrols at sea are naval exercises, patrols of a border are border security
      'joint (?:naval|maritime|air|sea) patrols?', 'joint patrols? (?:in|through|across|of) the (?:[\\w-]+ ){0,2}(?:sea|ocean|gulf|strait|waters)',
    ],
  },
  {
    name: 'Caspian Sea', hints: ['caspian'],
    triggers: [
      'caspian(?: sea)? (?:littoral|coastal|rim|states|countries|nations|region|security|summit|convention|issues|affairs|cooperation)',
      'legal status of the caspian',
      '(?:exercises?|drills?|maneuvers|patrols?) in the caspian',
    ],
  },
  { name: 'International North-South Transport Corridor', hints: ['north-south', 'north south', 'instc'], triggers: ['north[- ]south (?:international )?(?:transport )?corridor', 'instc'], overrides: ['transport corridors'] },
  { name: 'nuclear program', hints: ['nuclear', 'jcpoa', 'uranium'], triggers: ['nuclear (?:program(?:me)?|deal|talks|activities|agreement|dossier|file)', 'jcpoa', 'uranium enrichment', 'enriched uranium'] },
  { name: 'sanctions', hints: ['sanction'], triggers: ['sanctions'] },
  {
    name: 'border security', hints: ['border', 'frontier', 'patrol'],
    triggers: [
      // not "border crossings": their reopening is about trade and travel
      'border (?:security|protection|control|management|guards?|patrols?|services|troops|forces|posts?|outposts?|checkpoints?|incidents?|clashes|violations|situation|tensions|commission)',
      'frontier (?:security|guards?|posts?|troops)',
      'joint (?:[\\w-]+ )?patrols? (?:on|along|at|near) the (?:[\\w-]+ ){0,2}(?:border|frontier)',
      'situation (?:at|on|along) the (?:[\\w-]+ ){0,2}border',
      'cross-border (?:crime|attacks?|raids?|infiltration|terrorism)',
      'secur(?:e|ing) (?:the |their )?(?:common |shared |joint )?(?:border|frontier)s?',
      // an attack in a border district, on a border post or near the border
      '(?:attack\\w*|kill\\w*|shell\\w*|raid\\w*|clash\\w*|ambush\\w*) (?:[\\w-]+ ){0,8}border (?:districts?|regions?|areas?|villages?|towns?|posts?|outposts?)',
      "(?:attack\\w*|kill\\w*|shell\\w*|raid\\w*|clash\\w*|ambush\\w*) (?:[\\w-]+ ){0,8}(?:near|along|on|at) (?:the |their |its |[\\w-]+'s )?(?:common |shared )?(?:border|frontier)",
    ],
  },
  {
    name: 'energy security', hints: ['energy', 'pipeline', 'oil', 'gas'],
    triggers: [
      'energy security', 'pipeline security', 'security of (?:energy|oil|gas) (?:supplies|supply|infrastructure|routes|pipelines?)',
      // "protect the energy pipelines that cross the region"
      'protect(?:ion|ing|s)? (?:of )?(?:the )?(?:[\\w-]+ ){0,3}(?:energy|oil|gas) (?:pipelines?|infrastructure|facilities)',
    ],
    overrides: ['energy'],
  },
  {
    name: 'energy', hints: ['energy', 'gas', 'oil', 'electric', 'power', 'hydro'],
    triggers: [
      `cooperation (?:on|in) (?:the )?(?:fields? of )?${LISTED}energy`, 'hydro-?power', 'hydroelectric',
      'energy(?: and [\\w-]+)? (?:cooperation|projects?|sector|supplies|exports|imports|trade|ties|links)', 'oil and gas', 'natural gas', 'gas (?:pipeline|supplies|exports|swap)', 'oil pipeline',
      'electricity', 'power (?:grids?|lines?|supply|supplies|interconnection|exports)',
    ],
  },
  {
    name: 'trade', hints: ['trade', 'border market', 'cargo', 'freight'],
    triggers: [
      // "cooperation in trade, ...", "wanted to expand trade", "agreed to expand barter trade", "bilateral trade", "free trade"
      behind('trade', `\\b(?:cooperation (?:on|in) (?:the )?(?:fields? of )?${LISTED}|(?:expand|boost|increase|raise|double|triple|develop|promote|grow)(?:s|ed|ing)? (?:the )?(?:[\\w-]+ )?|bilateral |free )`),
      'trade (?:turnover|volume|ties|relations|exchanges?|balance|agreement|deal|cooperation|links)', 'trade and economic', 'economic and trade', 'border (?:markets?|trade)',
      // goods moved between the two countries are their trade: "raise rail freight between the two countries"
      '(?:cargo|freight) (?:turnover|volumes?)', '(?:cargo|freight) between (?:the )?(?:two|both|three) (?:countries|sides|states)',
    ],
  },
  {
    name: 'transport corridors', hints: ['transport', 'transit', 'corridor', 'rail', 'road', 'highway', 'motorway', 'freight', 'ferry', 'communications'],
    triggers: [
      'transport (?:corridors?|links?|routes?|connections?|connectivity|networks?|infrastructure|projects?)',
      // "the Baku-Tbilisi-Kars railway", "the Rasht-Astara railway"
      '[\\w]+-[\\w-]+ (?:railway|railroad|highway|motorway)', 'transit (?:corridors?|routes?|cargo|potential|traffic|transport)',
      '(?:rail|railway|railroad|road|highway|motorway) (?:links?|connections?|corridors?|freight|projects?|services?)', 'freight (?:traffic|transport|trains?|volumes?)',
      'ferry (?:links?|services?|routes?|connections?)', '(?:regional|transport) communications', '(?:middle|trans-caspian|zangezur|lapis lazuli|east-west) corridor',
    ],
  },
  { name: 'arms trade', hints: ['arms', 'weapons', 'hardware'], triggers: ['arms (?:sales?|deals?|purchases?|exports?|imports?|trade)', 'weapons (?:sales?|purchases?|deals?|deliveries)', 'military hardware'] },
  {
    name: 'defense industry', hints: ['industr', 'arms', 'defen', 'militar', 'produc', 'coproduc', 'build', 'built', 'manufactur', 'construction', 'jointly', 'develop'],
    triggers: [
      `${DEFENSE} industr(?:y|ies)`, 'military[- ]industrial', `(?:arms|${DEFENSE}|military) (?:production|manufacturing)`,
      // "agreed to jointly build drones and warships", "co-produce corvettes"
      `(?:co-?produc\\w*|jointly (?:build|produce|manufacture|develop)\\w*|joint (?:production|manufacturing|development)) (?:of )?(?:[\\w-]+ ){0,3}${WEAPONS}`,
      '(?:building|builds?|built|construction of) (?:[\\w-]+ ){0,3}(?:corvettes|frigates|warships|submarines)',
    ],
  },
  {
    name: 'maritime security', hints: ['maritime', 'piracy', 'navigation', 'shipping', 'sea'],
    triggers: [
      'maritime (?:security|safety|cooperation|incidents?|domain awareness|crime|threats?)', 'piracy', 'security of (?:shipping|navigation|sea lanes)', 'freedom of navigation',
      // "keep the sea lanes safe", "a hotline to prevent incidents at sea"
      'sea lanes', '(?:incidents|security|safety) at sea',
    ],
  },
  {
    name: 'maritime boundary', hints: ['maritime', 'sea b', 'delimit'],
    triggers: ['maritime (?:boundary|boundaries|border|borders|delimitation)', 'sea (?:border|boundary)', 'delimitation of (?:the )?(?:[\\w-]+ ){0,2}(?:sea|seabed|maritime|continental shelf)'],
  },
  { name: 'peacekeeping', hints: ['peace'], triggers: ['peace-?keep\\w*', 'peace support operations?'] },
  { name: 'air defense', hints: ['defen', 'aircraft'], triggers: [`air[- ](?:and missile )?${DEFENSE}s?`, `missile ${DEFENSE}s?`, 'anti-aircraft'] },
  { name: 'cybersecurity', hints: ['cyber'], triggers: ['cyber ?security', 'cyber[- ]?attacks?', 'cyber[- ]?threats?'] },
  { name: 'peace process', hints: ['peace'], triggers: ['peace (?:process|treaty|agreement|deal|talks|negotiations)'] },
  { name: 'regional security', hints: ['regional security'], triggers: ['regional security'] },
  {
    name: 'water resources', hints: ['water', 'river'],
    triggers: [
      'water (?:resources|sharing|use|supplies|management|allocation|release|deal|agreement|dispute|issues?)', 'transboundary (?:rivers|water)',
      // "the joint management of the Chu and Talas rivers"
      '(?:management|use|sharing|allocation) of (?:the )?(?:[\\w-]+ ){0,4}rivers?',
    ],
  },
  { name: 'border demarcation', hints: ['demarcat', 'delimit'], triggers: ['(?:border |boundary )?(?:demarcation|delimitation)', 'demarcat\\w+ (?:of )?(?:the )?(?:border|boundary)'] },
  { name: 'illegal migration', hints: ['migra'], triggers: ['(?:illegal|irregular|undocumented) migra\\w+', 'migrant smuggling'] },
  { name: 'refugees', hints: ['refugee', 'displaced', 'asylum'], triggers: ['refugees?', 'internally displaced', 'displaced (?:persons|people)', 'asylum[- ]seekers'] },
  { name: 'food security', hints: ['food'], triggers: ['food security', 'grain (?:exports|supplies|deal)', 'food supplies'] },
  { name: 'shipping', hints: ['shipping', 'container', 'merchant'], triggers: ['shipping (?:lanes|routes|links|lines?|companies|services)', 'direct shipping', 'merchant (?:ships|shipping|fleet)', 'container (?:ships|shipping|lines?)'] },
  {
    // ports as a subject in a list of subjects ("shipping, ports and food security"), not "Iranian ports" in passing
    name: 'ports', hints: ['port', 'seaport'],
    triggers: [behind('(?:sea ?)?ports', '(?:, |\\band )'), '(?:sea ?)?ports(?=,| and )', 'port (?:development|construction|infrastructure|facilities|cooperation|capacity|terminals?)'],
  },
  { name: 'customs', hints: ['customs'], triggers: ['customs (?:procedures|clearance|checks|posts?|officials|cooperation|union|duties)'] },
];
