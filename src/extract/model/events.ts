/**
 * Reference data for the event stage: the phrases that announce each kind of event, the cues that
 * make one planned, negated or background, and the words that name an exercise. Data only; the
 * stage receives the compiled model, so a test can hand it a smaller one.
 */
import { EVENT_TYPES, type EventType } from '../../shared/types.ts';

/** Trigger phrases per event type, as regex sources matched case-insensitively on word boundaries. */
export interface EventTriggerData {
  /** Event type -> phrases that announce it. Order does not matter; the stage resolves overlaps. */
  triggers: Partial<Record<EventType, readonly string[]>>;
  /**
   * Event type -> plain words of which every match of its phrases holds one ("phone" for "telephoned"): a
   * sentence without any skips the type's costlier pattern. A type without words is always tried.
   */
  gates: Partial<Record<EventType, readonly string[]>>;
  /** Cues before a trigger that make the event planned ("will meet", "is due to visit"). */
  plannedCues: readonly string[];
  /** Cues before a trigger that deny the event ("did not meet", "cancelled the visit"). */
  negationCues: readonly string[];
  /** Cues that put an undated event in the past, not around the article date ("had met", "last met"). */
  backgroundCues: readonly string[];
  /** Verbs that make a sentence with "counterpart" a meeting even without a meeting word. */
  counterpartVerbs: readonly string[];
  /** Verbs whose joint subject "X and Y" (dated, or with "also") reports a meeting of the two. */
  jointVerbs: readonly string[];
  /** Plural references to the people of the previous event ("the two ministers", "both leaders"). */
  pluralReferences: readonly string[];
  /** "The two sides": the previous event's people only as the signers of an undated document. */
  sidesReferences: readonly string[];
  /** Verbs of talking that report a further call when they follow a phone call ("also spoke to Y"). */
  callFollowUps: readonly string[];
  /** Cues of a sentence that continues the previous event's day and place ("later in the day", "also met"). */
  followUpCues: readonly string[];
}

/** The compiled event model the stage reads. */
export interface EventModel {
  /** One global regex per event type; match.index is the trigger position. */
  triggers: ReadonlyMap<EventType, RegExp>;
  /** Per type, a cheap test that must pass before its trigger regex runs. */
  gates: ReadonlyMap<EventType, RegExp>;
  /** Any trigger of any type (or "counterpart"): one test that lets most sentences skip the stage. */
  anyTrigger: RegExp;
  planned: RegExp;
  negation: RegExp;
  background: RegExp;
  counterpartVerbs: RegExp;
  /** A joint verb right after the second name, led by a day ("on Tuesday") or "also". */
  jointVerb: RegExp;
  pluralReference: RegExp;
  sidesReference: RegExp;
  callFollowUp: RegExp;
  followUp: RegExp;
}

// "X met Y", "in a meeting with", "held talks", "told the visiting Y": a meeting's participants are
// the people present, so a phone call or a letter never counts here.
const MEETING = [
  'met(?! (?:with )?(?:criticism|resistance|opposition|protests?|demands?|requirements?)\\b)',
  'meets?',
  'meetings?',
  'held (?:a |an |the )?(?:\\w+ )?(?:talks|meeting|consultations|negotiations)',
  'holds? (?:a |an |the )?(?:\\w+ )?(?:talks|meeting|consultations|negotiations)',
  '(?:bilateral |face-to-face |closed-door |official )?talks with',
  'sat down with',
  '(?:talks|negotiations|consultations) between',
  // "signed the deal after two days of talks"
  '(?:days?|rounds?|hours?) of (?:\\w+ )?(?:talks|negotiations|consultations)',
  '(?:after|following) (?:\\w+ )?(?:talks|negotiations|consultations)',
  // "X and Y co-chaired the session"; not "who is also co-chair of the commission" or "who co-chairs the group".
  'co-chaired',
  'chaired',
  'sessions? of',
  // "The session was attended by X and Y": the stage adds the people of the meeting referred to.
  '(?:was|were) (?:also )?attended by',
  'received',
  'receives',
  'receive',
  'hosted',
  'hosts',
  'host',
  'welcomed',
  'conferred with',
  'an audience with',
  'told (?:the|his|her|their) visiting',
  // "will call on the prime minister": a courtesy call is a meeting; the stage wants a person after it.
  'call(?:ed|s)? (?:on|upon)',
  'in (?:a |an )?(?:\\w+ )?(?:meeting|talks|session|summit) with',
  // "at their fifth summit in Aktau", "preparations for the summit of the SCO in Qingdao": a summit is a
  // meeting of the leaders who attend it ("on the sidelines of the summit, X met Y" is X and Y's meeting).
  // (The look-behind follows the word, so it runs only where "summit" stands.)
  'summits?(?<!sidelines of (?:the |a |their )?(?:[\\w-]+ ){0,3}summits?)',
  // "agreed to hold the next round in Ankara", "the next round of talks": a further meeting of the same sides.
  '(?:hold|host|convene) (?:the |a )?(?:next|another|new|further|second|third|fourth|fifth) (?:round|session)(?: of (?:\\w+ )?(?:talks|negotiations|consultations))?',
  'next (?:round|session) of (?:\\w+ )?(?:talks|negotiations|consultations)',
];

const PHONE_CALL = [
  '(?:tele)?phone (?:call|calls|conversation|conversations|talks?|contact)',
  'telephoned',
  'phoned',
  '(?:spoke|spoken|speaks|talked|talks) (?:by|over the|on the|via) (?:tele)?phone',
  // "discussed the crisis with his Serbian counterpart Y by telephone": the medium may follow the people.
  // (The common words stand in a look-behind, so the pattern is tried only where "phone" stands.)
  '(?:tele)?phone(?<=\\b(?:by|over the) (?:tele)?phone)',
  // "had a telephonic conversation with Y" (South Asian English)
  'telephonic (?:conversation|conversations|talks?|call|contact)',
  'video (?:call|conference|link)',
  'videoconference',
  // "X called Y": the stage accepts it only when a person follows (not "called for", not "called X's visit").
  'called',
];

const VISIT = [
  'visit(?:ed|s)?',
  'arriv(?:e|ed|es|ing) in',
  // "who is currently visiting Moscow": a place must follow (checked by the stage). ("reached Kabul" is left
  // out: "reached" mostly reaches a level or an agreement, and every such sentence would enter the stage.)
  'visiting(?<=\\b(?:is|are|was|were|currently|now) visiting)',
  'land(?:ed|s)? in',
  'trip to',
  'travel(?:l?ed|l?ing|s)? to',
  'tour(?:ed)? of',
  'fl(?:ew|y|ies|ying) to',
  'left for',
  'head(?:ed|s)? (?:to|for)',
  // "is scheduled to make a port call in Da Nang": a ship's or a commander's visit to a port.
  'port calls? (?:in|at|to)',
  // "will lead a delegation to Hanoi", "led the Vietnamese delegation to Manila"
  'l(?:ead|eads|eading|ed) (?:a|an|the|his|her) (?:[\\w-]+ ){0,2}delegation to',
  // "is due in Hanoi on Friday", "is expected in Manila": a place must follow (checked by the stage).
  '(?:is|are) (?:due|expected) in',
  // "invited Park to Ulaanbaatar": the guest's visit to the place named next (checked by the stage).
  "invit(?:ed|es) (?:[\\w.'’-]+ ){1,6}?to",
  // "accepted an invitation to attend the forum in Tehran": the guest goes there (a place is checked by the stage).
  'accept(?:ed|s) (?:an|the|a) (?:[\\w-]+ )?invitation to',
];

const EXERCISE = [
  '(?:military |naval |air |joint |war |command-post |live-fire |tactical |anti-terror(?:ism)? )*drills?',
  '(?:military |naval |air |joint |command-post |live-fire |tactical |anti-terror(?:ism)? )*exercises?',
  '(?:military |naval |joint )*(?:maneuvers|manoeuvres)',
  // "completed a joint patrol in the Arabian Sea": navies' joint patrols are reported as drills.
  '(?:held|conducted|completed|staged|carried out|began|launched|started) (?:a |an |the |their )?(?:\\w+ )?(?:joint|coordinated) (?:naval |maritime |border )?patrols?',
  'war games',
  'wargames',
];

const AGREEMENT = [
  // "X signed with Y a plan ...": the co-signer may stand between the verb and the document.
  "(?:signed|inked|sign|signs|concluded|concludes) (?:with (?:[\\w.'’-]+ ){1,5})?(?:a |an |the |two |three |four |five |several |\\d+ )?(?:\\w+ ){0,3}(?:agreements?|memorand(?:um|a|ums)|deals?|accords?|treaty|treaties|contracts?|MoUs?|protocols?|documents|roadmaps?|road maps?|declarations?|joint statements?|pacts?|conventions?|charters?|plans?)",
  // "A plan of bilateral cooperation for 2026 was signed by X and Y": a few words may follow the noun. Without
  // "by" ("Following the talks, a memorandum on education was signed") the stage gives it the talks' people.
  '(?:agreements?|memorand(?:um|a|ums)|deals?|accords?|treaty|treaties|contracts?|MoUs?|protocols?|roadmaps?|declarations?|pacts?|plans?|documents)(?: [\\w-]+){0,6} (?:was|were) signed(?: by)?',
  // "The accord, signed by the two governments in March", "the trilateral statements signed by the leaders",
  // "the agreement signed in 2015", "the deal signed in Astana in May": a signing of its own people, day or place.
  '(?:agreements?|memorand(?:um|a|ums)|deals?|accords?|treaty|treaties|contracts?|protocols?|declarations?|statements?|pacts?),? signed (?:by|in|on|at|last|earlier)',
  // "put their signatures to the document", "affixed their signatures to the convention"
  '(?:put|affixed|set) (?:their|his|her) signatures? (?:to|on|under)',
];

const ATTACK = [
  '(?:terrorist |suicide |armed |rocket |missile |drone |bomb |deadly |militant )?attacks? (?:on|against|at|in)',
  'attacked',
  // "suicide bombings", "a car bomb exploded near a police station"
  '(?:suicide |car |roadside |truck )?bomb(?:ings?|s? (?:exploded|went off|was detonated))',
  '(?:air|drone|missile) ?strikes?',
  'strikes? (?:on|against)',
  'assault on',
  'ambush(?:ed)?',
  '(?:armed |deadly |cross-border |militant )?raids?',
  'shell(?:ed|ing)',
  '(?:suicide |bomb |car bomb )blasts?',
  // "the 1990 invasion", "invaded Kuwait": an invasion is an attack (a year or place must date it).
  'invasions?',
  'invaded',
  // "Gunmen opened fire on a border post", "A car bomb exploded near a police station"
  'opened fire (?:on|at)',
  // "fired six ballistic missiles at the headquarters of ...", "were killed by militants near the town of X"
  'fired (?:[\\w-]+ ){0,3}(?:missiles|rockets|shells|mortars|drones) (?:at|on|into)',
  '(?:was|were) killed (?:by|in an attack by) (?:[\\w-]+ ){0,3}(?:terrorists|militants|gunmen|insurgents|rebels)',
  // "militants stormed a hotel", "protesters stormed the embassy in 2012"
  // (not "the delegation stormed out of the talks")
  'stormed(?! (?:out|off)\\b)',
  // "their vehicle was hit by a roadside bomb", "a suicide bomber rammed a car into a convoy"
  '(?:roadside|car|truck|suicide) bombs?',
  'suicide bombers?',
  // "were martyred when their convoy was hit", "were killed on Friday when militants ..."
  '(?:killed|martyred)(?<=\\b(?:was|were) (?:killed|martyred))(?: [\\w-]+){0,4} when',
  // "Heavy fighting erupted along the line of contact, killing 12 soldiers"
  '(?:fighting|clashes|hostilities) (?:erupted|broke out|flared)',
  // "An explosion ripped through a mosque", "Rockets hit a military base", "Gunmen killed five policemen"
  '(?:explosions?|blasts?) (?:ripped|tore|hit|struck|rocked)',
  '(?:rockets?|missiles?|mortars?|shells?|drones?) (?:hit|struck|slammed into|landed (?:on|in|near))',
  '(?:gunmen|militants|terrorists|insurgents|rebels|attackers) (?:killed|shot|kidnapped|abducted|seized)',
];

/** The default trigger data, written for the news genre (officials of any country). */
export const DEFAULT_EVENT_DATA: EventTriggerData = {
  triggers: {
    meeting: MEETING,
    phone_call: PHONE_CALL,
    visit: VISIT,
    exercise: EXERCISE,
    agreement: AGREEMENT,
    attack: ATTACK,
  },
  gates: {
    phone_call: ['phone', 'phonic', 'video', 'called'],
    exercise: ['drill', 'exercise', 'maneuvers', 'manoeuvres', 'patrol', 'war games', 'wargames'],
    agreement: ['sign', 'inked', 'conclude'],
    visit: [
      'visit',
      'arriv',
      'land',
      'trip to',
      'travel',
      'tour',
      'fl',
      'left for',
      'head',
      'port call',
      'delegation to',
      'due',
      'expected',
      'invit',
      'accept',
    ],
    attack: [
      'attack',
      'bomb',
      'strike',
      'assault',
      'ambush',
      'raid',
      'shell',
      'blast',
      'invasion',
      'invaded',
      'fire',
      'killed',
      'martyred',
      'stormed',
      'fighting',
      'clashes',
      'hostilities',
      'explosion',
      'hit',
      'struck',
      'slammed',
      'landed',
      'shot',
      'kidnapped',
      'abducted',
      'seized',
    ],
  },
  plannedCues: [
    'will',
    'shall',
    // "is also expected to meet"
    '(?:is|are|was|were) (?:\\w+ )?(?:due|scheduled|expected|set|slated|planning|going|invited) to',
    'ahead of',
    'in preparation for',
    'would',
    'plans? to',
    'planned',
    'upcoming',
    'forthcoming',
    'next',
    // "invited his Chilean counterpart Ricardo Fuentes to visit": a title and name may stand between.
    "invit(?:ed|es|ation) (?:[\\w.'’-]+ ){0,6}to",
    'agreed to',
    'intends? to',
    // "said she hoped to meet Y again soon": a wish is at most a plan.
    '(?:hopes?|hoped|wants?|wanted|wish(?:es|ed)?) to',
    '(?:is|are) to',
  ],
  negationCues: [
    'not',
    'never',
    'no',
    "\\w+n't",
    'refused to',
    'declined to',
    'cancel(?:l)?ed',
    'postponed',
    'called off',
    // "would support Azerbaijan against any attack", "is ready to meet Y if ...": an event that may never happen.
    'any',
    '(?:ready|willing|prepared|open) to',
    'could',
    'might',
  ],
  backgroundCues: ['had', 'have', 'has', 'last met', 'previously', 'earlier', 'before', 'ago', 'former'],
  counterpartVerbs: ['discussed', 'exchanged views', 'conferred', 'reviewed', 'held', 'agreed'],
  jointVerbs: [
    'called for',
    'stressed',
    'emphasi[sz]ed',
    'underlined',
    'discussed',
    'agreed',
    'reviewed',
    'exchanged views',
    'urged',
    'pledged',
    'vowed',
  ],
  pluralReferences: [
    '(?:the|both) (?:two )?(?:\\w+ ){0,2}(?:ministers|presidents|leaders|officials|commanders|envoys|diplomats|premiers|delegations|counterparts|chiefs|heads of state)',
    'they',
  ],
  sidesReferences: ['the (?:two )?(?:sides|parties)', 'both two sides'],
  callFollowUps: ['(?:spoke|talked|spoken) (?:to|with)'],
  followUpCues: [
    'later (?:in|on|during) (?:the|that) (?:day|evening|afternoon|morning)',
    'later that (?:day|evening|afternoon|morning)',
    '(?:on )?the same (?:day|evening|afternoon|morning)',
    '(?:on the )?sidelines of the same (?:meeting|event|summit|session|forum|conference|visit)',
    'afterwards?',
    'subsequently',
    // "In the evening, X hosted Y": a part of the day named without a date is the day just reported.
    '(?:in|during) the (?:evening|afternoon)',
    'also (?:met|held|received|hosted|welcomed|called on)',
  ],
};

const compileList = (phrases: readonly string[], flags = 'i'): RegExp =>
  new RegExp(`\\b(?:${phrases.join('|')})(?![\\w-])`, flags);

/** Compiles trigger data into the regexes the stage runs; cheap, but callers should keep the result. */
export function buildEventModel(data: EventTriggerData): EventModel {
  const triggers = new Map<EventType, RegExp>();
  for (const type of EVENT_TYPES) {
    const phrases = data.triggers[type];
    if (phrases && phrases.length > 0) triggers.set(type, compileList(phrases, 'gi'));
  }
  const gates = new Map<EventType, RegExp>();
  for (const type of EVENT_TYPES) {
    const words = data.gates[type];
    if (words && words.length > 0) gates.set(type, new RegExp(words.join('|'), 'i'));
  }
  const everything = EVENT_TYPES.flatMap((type) => data.triggers[type] ?? []);
  return {
    triggers,
    gates,
    anyTrigger: compileList([...everything, ...data.callFollowUps, 'counterparts?']),
    planned: compileList(data.plannedCues),
    negation: compileList(data.negationCues),
    background: compileList(data.backgroundCues),
    counterpartVerbs: compileList(data.counterpartVerbs),
    jointVerb: new RegExp(
      `^,?\\s+(?:(?:on|late|early)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+|also\\s+)(?:also\\s+)?(?:${data.jointVerbs.join('|')})\\b`,
    ),
    pluralReference: compileList(data.pluralReferences),
    sidesReference: compileList(data.sidesReferences),
    callFollowUp: compileList(data.callFollowUps),
    followUp: compileList(data.followUpCues),
  };
}

let memo: EventModel | null = null;

/** The default event model, compiled once. */
export function loadEventModel(): EventModel {
  memo ??= buildEventModel(DEFAULT_EVENT_DATA);
  return memo;
}
