/**
 * Event stage: meetings, phone calls, visits, exercises, agreements and attacks, each with the
 * people who took part, a date no more precise than the text, a place and the sentence that
 * states it. A sentence's triggers are found first (one event per type per sentence), then each
 * event's parts are read around its trigger, then repeats across the article are merged.
 */
import type { EventFact, EventType, PartialDate } from '../shared/types.ts';
import {
  SentenceReader,
  contextDate,
  cueWindow,
  nearestDate,
  placeOf,
  tiedDate,
  withTiedPlace,
  type Trigger,
} from './event-context.ts';
import {
  absorbPlannedTrips,
  absorbVisits,
  adoptNeighbourPeople,
  mergeRepeats,
  placeVisitsByMeetings,
  shareCompanionPlaces,
  sharePointedDays,
  type Candidate,
} from './event-merge.ts';
import {
  lastHeldGathering,
  lastPlannedVisit,
  previousHeld,
  recentEvents,
  withAnnouncedVisit,
  withAttendees,
  withCounterpartGuest,
  withPluralReference,
  type SentenceView,
} from './event-references.ts';
import {
  DURING_VISIT_BY,
  allParticipants,
  exerciseName,
  inMainClause,
  personFollows,
  outsideQuotes,
  quoteSpans,
  signers,
  visitor,
  type LocalMention,
  type Participants,
} from './event-parts.ts';
import type { EventModel } from './model/events.ts';
import type { GeoModel } from './model/geo.ts';
import { placeCountry } from './geo.ts';
import type { PersonMention } from './persons.ts';
import type { Sentence } from './sentences.ts';
import { ANNOUNCING_TRIGGER, findTriggers, isInvitationToEvent, isObjectMeeting } from './event-triggers.ts';

/** Everything the event stage reads from the article. */
export interface EventContext {
  sentences: Sentence[];
  mentions: PersonMention[];
  published: PartialDate | null;
  geo: GeoModel;
  model: EventModel;
  bodyText: string;
}

/**
 * Longer "sentences" are lists or page blobs left by a missing stop, not news sentences (which stay
 * under about 600 characters); skipping them keeps the per-trigger clause scans linear in practice.
 */
export const MAX_SENTENCE_CHARS = 2000;
/** Events with participants as article-local person keys (PersonMention.person); the pipeline maps them to ids. */
export function findEvents(ctx: EventContext): EventFact[] {
  const reader = new SentenceReader(ctx);
  const candidates: Candidate[] = [];
  for (const sentence of ctx.sentences) candidates.push(...sentenceEvents(sentence, reader, ctx, candidates));
  const countryOf = (place: string): string | null => placeCountry(place, ctx.geo);
  const merged = mergeRepeats(adoptNeighbourPeople(mergeRepeats(candidates, countryOf)), countryOf).filter(
    (c) => hasEnoughPeople(c),
  );
  const absorbed = absorbPlannedTrips(absorbVisits(sharePointedDays(merged), ctx.published));
  const events = shareCompanionPlaces(placeVisitsByMeetings(absorbed));
  return events.map((e) => toFact(withDefaultDate(withTiedPlace(e, reader), ctx.published)));
}

const CALL: EventType = 'phone_call';

function sentenceEvents(
  sentence: Sentence,
  reader: SentenceReader,
  ctx: EventContext,
  before: readonly Candidate[],
) {
  const text = sentence.text;
  if (text.length > MAX_SENTENCE_CHARS || !ctx.model.anyTrigger.test(text)) return [];
  const mentions = outsideQuotes(reader.mentions(sentence.index), quoteSpans(text));
  const triggers = withCallFollowUp(findTriggers(text, mentions, ctx.model), sentence, mentions, before, ctx);
  if (triggers.length === 0) return [];
  const recent = recentEvents(before, sentence.index);
  const previous = previousHeld(before, sentence.index);
  const plannedVisit = lastPlannedVisit(before, sentence.index);
  const lastGathering = lastHeldGathering(before, sentence.index);
  // One event per type and tense per sentence: the first trigger of the type that yields one. "X, who is
  // on a visit to Thailand, will travel to Chiang Mai on Sunday": the held visit and the planned trip both count.
  const candidates: Candidate[] = [];
  // "X phoned Y. X and his counterpart also discussed ...": right after a call, the weak meeting is the call.
  const last = before.at(-1);
  const afterCall = last?.type === 'phone_call' && sentence.index - last.sentence <= 2;
  let announcedCue: boolean | null = null; // tested only when a type has a second trigger
  const mayHaveTwo = TWO_CLAUSES.test(text);
  for (const found of triggers) {
    const t = found.weak && afterCall ? { ...found, type: CALL } : found;
    const sameType = candidates.filter((c) => c.type === t.type).length;
    // A second event of a type needs the other tense, its own clause or its own day and place.
    if (sameType >= 2) continue;
    if (sameType === 1 && !mayHaveTwo && t.type !== 'attack') {
      announcedCue ??= ctx.model.planned.test(text);
      if (!announcedCue) continue;
    }
    const view = {
      sentence,
      mentions,
      recent,
      previous,
      lastPlannedVisit: plannedVisit,
      lastGathering,
      triggers,
    };
    const c = buildCandidate(t, view, reader, ctx);
    if (c && !candidates.some((k) => k.type === c.type && !isDistinct(k, c))) candidates.push(c);
  }
  // "paid a visit to Beirut and held talks with officials": with no second named person the talks are the visit.
  const hasVisit = candidates.some((c) => c.type === 'visit');
  const kept = candidates.filter((c) => !(hasVisit && c.type === 'meeting' && c.participants.length < 2));
  return kept.flatMap((c) => (c.type === 'meeting' ? splitCoordinated(c, triggers, mentions) : [c]));
}

const TWO_CLAUSES = /,\s+(?:while|whereas)\b|;/;

// "X telephoned Y and discussed border security. [...] Z also spoke to his Iranian counterpart W": a talk
// told a few sentences after a call, with a person named after the verb, is another call.
const CALL_REACH = 3;

function withCallFollowUp(
  triggers: Trigger[],
  sentence: Sentence,
  mentions: readonly LocalMention[],
  before: readonly Candidate[],
  ctx: EventContext,
): Trigger[] {
  if (triggers.some((t) => t.type === 'meeting' || t.type === CALL)) return triggers;
  const call = before.findLast((c) => c.type === CALL && !c.planned);
  if (call === undefined || sentence.index - call.sentence > CALL_REACH) return triggers;
  const m = ctx.model.callFollowUp.exec(sentence.text);
  if (m === null) return triggers;
  const t: Trigger = { type: CALL, start: m.index, end: m.index + m[0].length };
  return personFollows(mentions, t, sentence.text) ? [...triggers, t] : triggers;
}

// "received Y to discuss the next session of the commission": a second event of the same type counts only
// in its own tense and with its own date or place ("is on a visit to Thailand, will travel to Chiang Mai"),
// with people of its own ("A called on B, while C met D"), or as an attack on another day and place
// ("fired missiles at X early Monday, in retaliation for the September 22 attack on Y").
function isDistinct(first: Candidate, second: Candidate): boolean {
  const own = first.date !== second.date || first.place !== second.place;
  if (first.planned !== second.planned) return own;
  if (first.type === 'attack') return first.date !== second.date && first.place !== second.place;
  const disjoint = second.participants.every((p) => !first.participants.includes(p));
  return second.participants.length >= 2 && disjoint;
}

/**
 * "X will call on the prime minister A and hold talks with the defence minister B": two meetings
 * (X+A, X+B), not one of three people. Splits only when the subject is named before the first
 * meeting word and each meeting word has its own named object.
 */
const SEPARATE = /\bseparate(?:ly)?\b/i;

function splitCoordinated(c: Candidate, triggers: readonly Trigger[], mentions: readonly LocalMention[]) {
  const meetings = triggers.filter((t) => t.type === 'meeting');
  const separate = SEPARATE.test(c.evidence);
  if ((meetings.length < 2 && !separate) || c.participants.length < 3 || meetings.length === 0) return [c];
  const named = mentions.filter((m) => m.person !== null);
  const subject = new Set(named.filter((m) => m.end <= meetings[0]!.start).map((m) => m.person ?? ''));
  const objects = meetings.map((t, i) => {
    const until = meetings[i + 1]?.start ?? Infinity;
    const after = named.filter((m) => m.start >= t.end && m.start < until && !subject.has(m.person ?? ''));
    return [...new Set(after.map((m) => m.person ?? ''))];
  });
  // "held separate talks with A and B": one meeting per person talked with.
  const distinct = separate ? objects.flat().map((p) => [p]) : objects.filter((o) => o.length > 0);
  if (subject.size === 0 || distinct.length < 2) return [c];
  return distinct.map((o) => ({ ...c, participants: [...subject, ...o], unnamed: [] }));
}

function participantsOf(t: Trigger, text: string, mentions: readonly LocalMention[]): Participants {
  switch (t.type) {
    case 'meeting':
      // "discussed preparations for the trilateral meeting of the ministers": the subject prepares it.
      if (isObjectMeeting(t, text))
        return allParticipants(
          inMainClause(
            mentions.filter((m) => m.start >= t.end),
            t,
            text,
          ),
          text,
          t.end,
        );
      return allParticipants(inMainClause(mentions, t, text), text, t.end);
    case 'phone_call':
      return allParticipants(inMainClause(mentions, t, text), text, t.end);
    case 'visit':
      return visitor(mentions, t, text);
    case 'agreement':
      return signers(mentions, t, text);
    default:
      return { named: [], unnamed: [] };
  }
}

const SIDELINES = /\bsidelines of (?:the|this|that|their)\b(?! same\b)/i;

// "signed the Islamabad Declaration at the end of their second trilateral meeting": the people are
// the plural subject, named in the sentences around it.
const REACHED_AT = /\b(?:reached|adopted|made|taken) (?:at|during) (?:the|their|a) (?:[\w-]+\s+){0,3}$/i;
const THEIR_MEETING = /\btheir\s+(?:[\w-]+\s+){0,3}$/i;

// A call joins two places and a visit has its own destination; the other events stay where the last one was.
const SHARES_PLACE: ReadonlySet<EventType> = new Set(['meeting', 'agreement', 'exercise']);

function buildCandidate(
  t: Trigger,
  view: SentenceView,
  reader: SentenceReader,
  ctx: EventContext,
): Candidate | null {
  const { sentence, mentions } = view;
  const text = sentence.text;
  const window = cueWindow(text, t);
  const dateMention = nearestDate(reader.datesOf(sentence), t, text, view.triggers);
  // "Next to the port, X met Y on Monday", "agreed to step up ... at the meeting on Monday": a date of the
  // trigger's own clause that lies before the article date outweighs a planned cue.
  const heldOn =
    dateMention !== null && dateMention.planned !== true && isBefore(dateMention.date, ctx.published);
  const after = clauseAfter(text, t);
  const announced =
    ctx.model.planned.test(window) ||
    PLANNED_AFTER.test(after) ||
    TO_BE_HELD.test(text.slice(t.end)) ||
    ANNOUNCING_TRIGGER.test(text.slice(t.start, t.end));
  const planned = (announced && !heldOn) || dateMention?.planned === true;
  const own = participantsOf(t, text, mentions);
  // "Later in the day, X also met Y": a held follow-up shares the day and place of the event it follows.
  // The cue may stand before the trigger or after it in its clause ("X met Y later in the day").
  const cued = ctx.model.followUp.test(window) || ctx.model.followUp.test(after);
  // "On the sidelines of the summit, X met Y": the meeting shares the summit's day and place.
  const sidelines = !planned && SIDELINES.test(text) ? (view.lastGathering ?? null) : null;
  const follow = view.previous !== null && !planned && cued ? view.previous : sidelines;
  // "exchanged views on preparations for the summit": the summit's people are not the ones talking.
  const referred = isObjectMeeting(t, text)
    ? own
    : withPluralReference(withCounterpartGuest(own, t, view), t, { ...view, planned }, ctx.model);
  const people = withGuestsHost(
    withAnnouncedVisit(withAttendees(referred, t, { ...view, planned }), t, { ...view, planned }),
    t,
    view,
  );
  // "The two ministers signed a memorandum": the event the plural subject points back to sets day and place.
  const referent =
    own.named.length === 0 && people.named.length >= 2
      ? (view.recent.find((c) => !c.planned && sameSet(c.participants, people.named)) ?? null)
      : null;
  const candidate: Candidate = {
    type: t.type,
    participants: people.named,
    unnamed: people.unnamed,
    // Earlier sentences are read only when this one gives no date (reading their dates is the costly part).
    date:
      dateMention?.date ??
      follow?.date ??
      tiedDate(t, contextDate(sentence, { people: people.named, planned }, reader)) ??
      referent?.date ??
      ongoingVisitMonth(t, text, ctx.published),
    // "on the sidelines of the summit" names its occasion; "also met" and earlier sentences only suggest one.
    borrowedDate: dateMention === null && sidelines === null,
    place:
      placeOf(t, sentence, reader, view.triggers, planned) ??
      // "X also met Y on Tuesday" (another day than the talks just told) may be elsewhere.
      (follow && SHARES_PLACE.has(t.type) && (dateMention === null || dateMention.date === follow.date)
        ? follow.place
        : null) ??
      (referent && SHARES_PLACE.has(t.type) ? referent.place : null),
    planned,
    evidence: text.trim(),
    name: t.type === 'exercise' ? exerciseName(text) : null,
    sentence: sentence.index,
    background: ctx.model.background.test(window),
    aside: t.type === 'meeting' && (SIDELINES.test(text) || SEPARATE.test(text)),
    referent: own.named.length === 0 && people.named.length >= 2,
    arrival:
      t.type === 'visit' &&
      !planned &&
      dateMention !== null &&
      dateMention.date.length === 10 &&
      ARRIVAL.test(text.slice(t.start, t.end)),
  };
  // "invited Kim to attend the summit": with no place the invitation sends the guest nowhere we can name.
  if (candidate.place === null && t.type === 'visit' && isInvitationToEvent(t, text)) return null;
  // "the visit, in which a number of documents were signed": a signing told without signers or the talks it
  // closed is a detail of another event.
  if (
    t.type === 'agreement' &&
    people.named.length === 0 &&
    SIGNED_WITHOUT_AGENT.test(text.slice(t.start, t.end))
  )
    return null;
  // "the agreements reached at the summit in Tehran": a nameless past gathering with a place is kept for
  // the statement that names its people next ("At the summit, A, B and C discussed ...").
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const pluralSubject =
    t.type === 'meeting' &&
    (ctx.model.pluralReference.test(window) ||
      THEIR_MEETING.test(before) ||
      (REACHED_AT.test(before) && candidate.place !== null));
  // "the 1990 invasion": a year written on the event's own noun names one occurrence.
  const ownYear = dateMention !== null && dateMention.end <= t.start && t.start - dateMention.end <= 1;
  return (hasEnoughPeople(candidate) || pluralSubject) && (ownYear || isSpecific(candidate))
    ? candidate
    : null;
}

const ARRIVAL = /^(?:arriv|land)/i;
const SIGNED_WITHOUT_AGENT = /(?:was|were) signed$/i;

// "X met Y in Chisinau. Moldova and Romania signed a memorandum during a visit by Y": the guest signs with
// the host of the talks just told.
function withGuestsHost(people: Participants, t: Trigger, view: SentenceView): Participants {
  if (t.type !== 'agreement' || people.named.length !== 1) return people;
  const guest = people.named[0]!;
  const text = view.sentence.text;
  const at = view.mentions.find((m) => m.person === guest && m.start >= t.end);
  if (at === undefined || !DURING_VISIT_BY.test(text.slice(t.end, at.start))) return people;
  const talks = view.recent.findLast(
    (c) => c.type === 'meeting' && !c.planned && c.participants.includes(guest),
  );
  return talks ? { named: talks.participants, unnamed: [] } : people;
}

// "X, who is on a visit to China, is scheduled to meet Y": any comma may close the trigger's clause.
const CLAUSE_AFTER_END = /[;:,]/;

// "A meeting between X and Y is planned for June", "Talks ... are due to take place in Lima": the
// trigger as the subject of a planning verb.
const PLANNED_AFTER =
  /^(?:\s+\S+){0,8}?\s+(?:is|are) (?:\w+ )?(?:planned|scheduled|due|expected|set|slated)\b|^(?:\s+\S+){0,8}?\s+will (?:take place|be held)\b/;

// "the Center-2019 exercise, to be held in September": the plan stands after the trigger's comma.
const TO_BE_HELD =
  /^(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,4},?\s+(?:which is |that is )?to be (?:held|conducted|staged|carried out)\b/u;

// "Dizon, who is on a four-day visit to Vietnam, ...": a visit under way is news of the article's month.
// "X is in Iran on his first visit as minister": the place may stand between.
const ON_A_VISIT =
  /\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)?on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}$/iu;
// "who is currently visiting Moscow": the visit is under way.
const VISITING_NOW = /^visiting$/i;

function ongoingVisitMonth(t: Trigger, text: string, published: PartialDate | null): PartialDate | null {
  if (t.type !== 'visit' || published === null || published.length < 7) return null;
  const underWay =
    VISITING_NOW.test(text.slice(t.start, t.end)) ||
    ON_A_VISIT.test(text.slice(Math.max(0, t.start - 80), t.start));
  return underWay ? published.slice(0, 7) : null;
}

/** The rest of the trigger's clause after it. */
function clauseAfter(text: string, t: Trigger): string {
  const rest = text.slice(t.end);
  const end = CLAUSE_AFTER_END.exec(rest);
  return end === null ? rest : rest.slice(0, end.index);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/** True when the partial date ends before the article date ("2019-03-11" or "2019-02" before "2019-03-12"). */
function isBefore(date: PartialDate, published: PartialDate | null): boolean {
  return published !== null && date < published.slice(0, date.length);
}

/** Meetings and calls need two people (named or not), visits a named visitor; a dated planned meeting may name nobody. */
function hasEnoughPeople(c: Candidate): boolean {
  const count = c.participants.length + c.unnamed.length;
  // "The next meeting will be held in Baku" with no date names no occasion to put in the graph.
  if (c.type === 'meeting' && c.planned && count === 0) return c.date !== null;
  if (c.type === 'meeting' || c.type === 'phone_call') return count >= 2;
  if (c.type === 'visit') return c.participants.length >= 1;
  return true;
}

// "three joint drills so far this year", "the attack was motivated by", "the two countries signed
// several agreements during the visit": with no name, place or month (or, when planned, any date),
// an event without people is a reference to one stated elsewhere or a generality.
function isSpecific(c: Candidate): boolean {
  if (c.participants.length > 0 || (c.type !== 'exercise' && c.type !== 'attack' && c.type !== 'agreement'))
    return true;
  // "protesters stormed the embassy in 2012", "concluded a contract for the systems in 2010": a year in the
  // event's own sentence names one occurrence of an attack or a signing.
  const ownYear = c.type !== 'exercise' && c.borrowedDate === false && c.date !== null;
  return ownYear || c.name !== null || c.place !== null || (c.date?.length ?? 0) >= (c.planned ? 4 : 7);
}

/** A held meeting or call with no date in the text is news of the article's month ("told the visiting minister"). */
function withDefaultDate(c: Candidate, published: PartialDate | null): Candidate {
  if (c.date !== null || c.planned || c.background || published === null) return c;
  if (c.type !== 'meeting' && c.type !== 'phone_call') return c;
  return { ...c, date: published.slice(0, 7) };
}

function toFact(c: Candidate): EventFact {
  const fact: EventFact = {
    id: eventId(c),
    type: c.type,
    participants: c.participants,
    unnamed: c.unnamed,
    date: c.date,
    place: c.place,
    planned: c.planned,
    evidence: c.evidence,
  };
  if (c.name !== null) fact.name = c.name;
  return fact;
}

/** Stable id from what the event is: the same statement in two copies of a story gives one id. */
function eventId(c: Candidate): string {
  const key = [c.type, c.date ?? '', [...c.participants].sort().join('+'), c.evidence].join('|');
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return `event:${c.type}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
