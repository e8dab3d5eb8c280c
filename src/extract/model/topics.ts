/**
 * The topics model: topic names with the phrases that signal them. Data only; `topics.ts`
 * applies it. Triggers are regular-expression sources matched case-insensitively on word
 * boundaries, so "Karabakh (dispute|crisis)" and "trafficking of (illicit )?drugs" fit one line.
 */

/** A topic and its trigger patterns. */
export interface TopicEntry {
  /** Canonical topic name, lower case unless a proper name ("Nagorno-Karabakh conflict"). */
  name: string;
  /** Lower-case regular-expression sources, matched on the lower-cased text; any match signals the topic. */
  triggers: string[];
  /** Lower-case substrings one of which every trigger contains; a cheap test that skips the regex. */
  hints?: string[];
}

/** Topics with their compiled triggers. */
export interface TopicModel {
  topics: TopicEntry[];
  /** One compiled pattern per topic, in the order of `topics`. */
  patterns: RegExp[];
  /** Every hint of every topic in one alternation (global), longest first. */
  hintPattern: RegExp;
}

const KARABAKH = '(?:nagorn\\w*[- ])?karaba(?:k|g)h';
const WAR_WORDS = 'dispute|crisis|conflict|issue|problem|question|war|settlement|peace process|peace talks|standoff|tensions';

/** Topics of defence, security and diplomatic news. */
export const TOPICS: readonly TopicEntry[] = [
  {
    name: 'Nagorno-Karabakh conflict', hints: ['karab'],
    triggers: [`${KARABAKH}\\W{1,3}(?:${WAR_WORDS})`, `(?:${WAR_WORDS}) (?:of|over|in|on|around) (?:the )?${KARABAKH}`],
  },
  { name: 'terrorism', hints: ['terror'], triggers: ['terrorism', 'counter-?terror\\w*', 'anti-?terror\\w*', 'terrorist (?:groups?|organi[sz]ations?|networks?|threats?)', 'terror groups?'] },
  { name: 'extremism', hints: ['extremis', 'radical'], triggers: ['extremism', 'radicalism', 'radicali[sz]ation'] },
  { name: 'drug trafficking', hints: ['drug', 'narco'], triggers: ['drug[- ]trafficking', 'drugs? smuggling', 'narcotics?[- ](?:trafficking|smuggling)', 'trafficking (?:of|in) (?:illicit |illegal )?(?:drugs|narcotics)', 'narco-?trafficking', 'illicit drugs', 'smuggling of drugs'] },
  { name: 'human trafficking', hints: ['traffick', 'smuggl'], triggers: ['human trafficking', 'trafficking (?:in|of) (?:persons|people|human beings|humans)', 'people smuggling', 'human smuggling', 'people trafficking', 'smuggling of (?:drugs and )?(?:people|migrants)'] },
  {
    name: 'defense cooperation', hints: ['defen', 'militar'],
    triggers: [
      '(?:defen[cs]e|military)(?:[- ](?:and|&) (?:security|military|defen[cs]e))?(?:-military|-technical| technical)? (?:cooperation|co-operation|collaboration|ties|relations|partnership)',
      'cooperation (?:on|in) (?:the )?(?:military|defen[cs]e)',
      'security and defen[cs]e cooperation',
    ],
  },
  { name: 'joint military exercises', hints: ['exercis', 'drill', 'maneuv', 'manoeuv', 'game'], triggers: ['joint (?:military |naval |air |army |tactical )?(?:exercises?|drills?|maneuvers|manoeuvres|war ?games)', 'military (?:exercises|drills|maneuvers|manoeuvres)', 'naval (?:exercises|drills)', '(?:patrol|coordinated) exercises?', 'war ?games'] },
  {
    name: 'Caspian Sea', hints: ['caspian'],
    triggers: [
      'caspian(?: sea)? (?:littoral|coastal|rim|states|countries|nations|region|security|summit|convention|issues|affairs)',
      'legal status of the caspian',
      '(?:exercises?|drills?|maneuvers|patrols?) in the caspian',
    ],
  },
  { name: 'International North-South Transport Corridor', hints: ['north-south', 'north south', 'instc'], triggers: ['north[- ]south (?:international )?(?:transport )?corridor', 'instc'] },
  { name: 'nuclear program', hints: ['nuclear', 'jcpoa', 'uranium'], triggers: ['nuclear (?:program(?:me)?|deal|talks|activities|agreement|dossier|file)', 'jcpoa', 'uranium enrichment', 'enriched uranium'] },
  { name: 'sanctions', hints: ['sanction'], triggers: ['sanctions'] },
  { name: 'border security', hints: ['border', 'patrol'], triggers: ['border (?:security|protection|control|management|guards?|crossings?|patrols?)', 'joint patrols?'] },
  { name: 'energy', hints: ['energy', 'gas', 'oil', 'electricity'], triggers: ['energy (?:cooperation|security|projects?|sector|supplies|exports)', 'oil and gas', 'natural gas', 'gas (?:pipeline|supplies|exports|swap)', 'oil pipeline', 'electricity (?:exports|grid|trade)'] },
  { name: 'trade', hints: ['trade'], triggers: ['(?:bilateral |foreign |mutual )?trade (?:turnover|volume|ties|relations|exchanges?|balance|agreement|deal)', 'free trade', 'trade and economic', 'economic and trade'] },
  { name: 'transit', hints: ['transit', 'railway'], triggers: ['transit (?:corridor|routes?|cargo|potential)', 'railway (?:project|link|line)'] },
  { name: 'arms trade', hints: ['arms', 'weapons', 'hardware'], triggers: ['arms (?:sales?|deals?|purchases?|exports?|imports?|trade)', 'weapons (?:sales?|purchases?|deals?|deliveries)', 'military hardware'] },
  { name: 'defense industry', hints: ['industr', 'arms'], triggers: ['defen[cs]e industr(?:y|ies)', 'military[- ]industrial', 'arms (?:production|manufacturing)'] },
  { name: 'maritime security', hints: ['maritime', 'piracy', 'navigation', 'shipping'], triggers: ['maritime security', 'piracy', 'security of (?:shipping|navigation)', 'freedom of navigation'] },
  { name: 'cybersecurity', hints: ['cyber'], triggers: ['cyber ?security', 'cyber[- ]?attacks?', 'cyber[- ]?threats?'] },
  { name: 'peace process', hints: ['peace'], triggers: ['peace (?:process|treaty|agreement|deal|talks|negotiations)'] },
  { name: 'regional security', hints: ['regional security'], triggers: ['regional security'] },
  { name: 'water resources', hints: ['water'], triggers: ['water (?:resources|sharing|use|supplies|management|allocation|release)', 'transboundary (?:rivers|water)'] },
  { name: 'border demarcation', hints: ['demarcat', 'delimit'], triggers: ['(?:border |boundary )?(?:demarcation|delimitation)', 'demarcat\\w+ (?:of )?(?:the )?(?:border|boundary)'] },
  { name: 'illegal migration', hints: ['migra'], triggers: ['(?:illegal|irregular|undocumented) migra\\w+', 'migrant smuggling'] },
  { name: 'food security', hints: ['food'], triggers: ['food security', 'grain (?:exports|supplies|deal)', 'food supplies'] },
  { name: 'shipping', hints: ['shipping', 'sea lanes', 'ferry'], triggers: ['shipping (?:lanes|routes|links|lines|companies)', 'sea lanes', 'ferry (?:links?|service|routes?)'] },
  { name: 'customs', hints: ['customs'], triggers: ['customs (?:procedures|clearance|checks|posts?|officials|cooperation|union|duties)'] },
];

let memo: TopicModel | null = null;

/** The default topics model, compiled once and memoised. */
export function loadTopicModel(): TopicModel {
  memo ??= createTopicModel(TOPICS);
  return memo;
}

/** Compiles a topic list (tests pass a short one). */
export function createTopicModel(topics: readonly TopicEntry[]): TopicModel {
  return {
    topics: [...topics],
    // Matched against the lower-cased text: a case-sensitive regex runs about twice as fast.
    patterns: topics.map((t) => new RegExp(`\\b(?:${t.triggers.join('|')})\\b`)),
    hintPattern: hintPattern(topics),
  };
}

function hintPattern(topics: readonly TopicEntry[]): RegExp {
  const hints = [...new Set(topics.flatMap((t) => t.hints ?? []))].sort((a, b) => b.length - a.length);
  const escaped = hints.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.length === 0 ? '(?!)' : escaped.join('|'), 'g');
}
