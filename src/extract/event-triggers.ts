/**
 * Which phrases of a sentence announce an event: every trigger of the event model, kept only where the
 * words around it make it one (a person after "received", a place after "is expected in", no denial,
 * condition or quotation), plus meetings told without a meeting word ("X and his counterpart
 * discussed", "X and Y on Tuesday called for").
 */
import type { Trigger } from './event-context.ts';
import {
  INVITED_TO_EVENT,
  callsPerson,
  personFollows,
  quoteSpans,
  type LocalMention,
} from './event-parts.ts';
import type { EventModel } from './model/events.ts';
import { allMatches } from './regex.ts';

const CLAUSE_GAP = /[,;]|\bbut\b/;

/** Every valid trigger in text order, a call overriding a meeting (a call is not a meeting). */
export function findTriggers(text: string, mentions: readonly LocalMention[], model: EventModel): Trigger[] {
  const found: Trigger[] = [];
  for (const [type, pattern] of model.triggers) {
    if (model.gates.get(type)?.test(text) === false) continue;
    let denied = -1;
    for (const m of allMatches(pattern, text)) {
      const trigger = { type, start: m.index, end: m.index + m[0].length };
      // "X did not meet Y at the summit": the denial reaches the rest of its clause.
      if (denied >= 0 && !CLAUSE_GAP.test(text.slice(denied, trigger.start))) continue;
      if (isValidTrigger(trigger, m[0], text, mentions, model)) found.push(trigger);
      else if (model.negation.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)))
        denied = trigger.end;
    }
  }
  if (!found.some((t) => t.type === 'meeting' || t.type === 'phone_call')) {
    const weak = counterpartMeeting(text, model) ?? jointSubjectMeeting(text, mentions, model);
    if (weak) found.push(weak);
  }
  const isCall = found.some((t) => t.type === 'phone_call');
  // "phoned Y and conveyed an invitation to attend the meeting of the commission": a meeting talked about stays.
  return found.filter((t) => !(isCall && t.type === 'meeting' && !isObjectMeeting(t, text)));
}

// "received an invitation from Y", "welcomed the message of Y": a thing received is no meeting.
const THING_RECEIVED =
  /^\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?(?:invitations?|letters?|messages?|notes?|calls?|congratulations|awards?|medals?|proposals?|offers?|reports?)\b/i;

// "thanked the hosts and accepted ...": after a determiner "host(s)" is a noun, not the verb.
const NOUN_BEFORE = /\b(?:the|his|her|their|our|its|a)\s+$/i;

const NEEDS_PERSON_AFTER =
  /^(?:received|receives|receive|hosted|hosts|host|welcomed|call(?:ed|s)? (?:on|upon))$/i;

// "the drills simulated an attack on", "warned of attacks on", "foiled a bomb plot": no attack took place.
const UNREAL_ATTACK =
  /\b(?:simulat\w*|rehears\w*|practi[cs]\w*|repel\w*|repuls\w*|mock|imitat\w*|warn\w*|threat\w*|fear\w*|foil\w*|thwart\w*|prevent\w*|plot\w*|plann\w*)\s+(?:(?:of|against|an?|the|possible|potential)\s+){0,3}$/i;

// "X and Y may meet in Brussels" (lower case: "May" is the month), "If the talks fail, X will visit":
// events that may never happen.
const MAY_BEFORE = /\bmay\s+(?:\w+\s+)?$/;
const CONDITIONAL = /^\W*(?:If|Unless|Should|Were)\b/;

// '"Our armies held joint drills last year," the minister said': quoted speech is what someone said,
// not the report of an event.
function insideQuote(t: Trigger, text: string): boolean {
  if (!text.includes('"') && !text.includes('“')) return false;
  return quoteSpans(text).some(([s, e]) => t.start > s && t.end < e);
}

function isValidTrigger(
  t: Trigger,
  word: string,
  text: string,
  mentions: readonly LocalMention[],
  model: EventModel,
) {
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  if (model.negation.test(before) || MAY_BEFORE.test(before) || CONDITIONAL.test(text)) return false;
  if (insideQuote(t, text)) return false;
  if (t.type === 'attack' && UNREAL_ATTACK.test(before)) return false;
  if (t.type === 'phone_call' && /^called$/i.test(word)) return callsPerson(mentions, t, text);
  if (t.type === 'meeting' && NEEDS_PERSON_AFTER.test(word))
    return (
      !NOUN_BEFORE.test(before) &&
      !THING_RECEIVED.test(text.slice(t.end, t.end + 40)) &&
      personFollows(mentions, t, text, /^call/i.test(word))
    );
  // "is expected in Hanoi" is an arrival; "is expected in September" or "in the coming days" is not.
  // "is visiting Turkey"; not "the visiting minister".
  if (t.type === 'visit' && PLACE_FIRST.test(word)) return PLACE_NEXT.test(text.slice(t.end));
  if (t.type === 'visit' && ANNOUNCING_TRIGGER.test(word))
    return PLACE_NEXT.test(text.slice(t.end)) || isInvitationToEvent(t, text);
  // "visiting" never matches the visit pattern; "visit" as a noun or verb does.
  return true;
}

// The trigger itself announces the visit, when a place follows: "is expected in Hanoi", "invited Park to Ulaanbaatar".
export const ANNOUNCING_TRIGGER = /^(?:(?:is|are) (?:due|expected) in$|invit(?:ed|es)\s|accept(?:ed|s)\s)/i;
const PLACE_FIRST = /^visiting$/i;
const PLACE_NEXT =
  /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The)\b)\p{Lu}/u;

// "invited Kim to observe the exercise in Mongolia": the guest goes where the event is held.
export const isInvitationToEvent = (t: Trigger, text: string): boolean =>
  /^(?:invit|accept)/i.test(text.slice(t.start, t.end)) && INVITED_TO_EVENT.test(text.slice(t.end));

// "X and his Kyrgyz counterpart discussed trade in Bishkek": a meeting without a meeting word.
function counterpartMeeting(text: string, model: EventModel): Trigger | null {
  if (
    !/\bcounterparts?\b/i.test(text) ||
    /\b(?:phone|telephone|call|conversation|letter|message|video)\b/i.test(text)
  )
    return null;
  const m = model.counterpartVerbs.exec(text);
  return m ? { type: 'meeting', start: m.index, end: m.index + m[0].length, weak: true } : null;
}

// "Iran's army chief X and Pakistan's army chief Y on Tuesday called for closer cooperation": two people
// named as one subject of a joint verb, on a stated day (or "also", after a meeting), met.
const AND_TITLE = /^\s+and\s+(?:[\p{L}'’.-]+\s+){0,8}$/u;

function jointSubjectMeeting(
  text: string,
  mentions: readonly LocalMention[],
  model: EventModel,
): Trigger | null {
  if (REMOTE.test(text)) return null;
  const named = mentions.filter((m) => m.person !== null);
  for (let i = 0; i + 1 < named.length; i++) {
    const [a, b] = [named[i]!, named[i + 1]!];
    if (a.person === b.person || !AND_TITLE.test(text.slice(a.end, b.start))) continue;
    const verb = model.jointVerb.exec(text.slice(b.end));
    if (verb) return { type: 'meeting', start: b.end, end: b.end + verb[0].length, weak: true };
  }
  return null;
}

const REMOTE = /\b(?:phone|telephone|call|conversation|letter|message|video|statement)\b/i;

const MEETING_NOUN_TRIGGER = /^(?:meetings?|summits?|sessions? of)$/i;
// "preparations for the", "an invitation to attend the", "ahead of their", "the agreements reached at the":
// the meeting is talked about.
const TALKED_ABOUT =
  /\b(?:preparations? for|prepar(?:e|ing) for|ahead of|attend|attending|invitation to|agenda of|outcome of|results of|discussed|(?:reached|adopted|made|taken) (?:at|during))\s+(?:the|an?|their|its|this|next)\s+(?:[\w-]+\s+){0,4}$/i;

/** A meeting noun that is the object of preparing, attending or discussing: its people are not the subject's. */
export function isObjectMeeting(t: Trigger, text: string): boolean {
  return (
    MEETING_NOUN_TRIGGER.test(text.slice(t.start, t.end)) &&
    TALKED_ABOUT.test(text.slice(Math.max(0, t.start - 80), t.start))
  );
}
