/**
 * People an event borrows from the events just before it: a plural subject ("the two ministers"),
 * an invited counterpart, the attendees of "the session", and the event a follow-up sentence
 * ("Later in the day, ...") continues. Each helper reads only the last few sentences' events.
 */
import type { EventType } from '../shared/types.ts';
import { cueWindow, type Trigger } from './event-context.ts';
import type { Candidate } from './event-merge.ts';
import type { LocalMention, Participants } from './event-parts.ts';
import type { EventModel } from './model/events.ts';
import type { Sentence } from './sentences.ts';

/** The recent events a plural reference ("the two ministers") may point back to. */
export const PLURAL_REACH = 5;

/** The events with two or more people in the last PLURAL_REACH sentences; reads back from the end, not the whole list. */
export function recentEvents(before: readonly Candidate[], index: number): Candidate[] {
  let from = before.length;
  while (from > 0 && index - before[from - 1]!.sentence <= PLURAL_REACH) from--;
  return before.slice(from).filter((c) => c.participants.length >= 2);
}

/** How many sentences back a follow-up sentence ("Later in the day, ...") looks for the event it continues. */
// A paragraph often reports the talks in a few sentences (quotes included) before "X also met Y later in the
// day"; the cue itself ties the sentence to the last held event, so the reach is a paragraph's.
export const FOLLOW_UP_REACH = 6;

/** The last held event with people of the previous FOLLOW_UP_REACH sentences, which a follow-up sentence continues. */
// "X also met Y" never continues an attack or a drill told without people in between.
export function previousHeld(before: readonly Candidate[], index: number): Candidate | null {
  for (let i = before.length - 1; i >= 0 && index - before[i]!.sentence <= FOLLOW_UP_REACH; i--) {
    const c = before[i]!;
    if (!c.planned && c.sentence < index && c.participants.length + c.unnamed.length > 0) return c;
  }
  return null;
}

/** The last held, dated meeting or agreement of the previous FOLLOW_UP_REACH sentences: the occasion a sidelines meeting is held at. */
export function lastHeldGathering(before: readonly Candidate[], index: number): Candidate | null {
  for (let i = before.length - 1; i >= 0 && index - before[i]!.sentence <= FOLLOW_UP_REACH; i--) {
    const c = before[i]!;
    if (
      !c.planned &&
      c.date !== null &&
      c.sentence < index &&
      (c.type === 'meeting' || c.type === 'agreement')
    )
      return c;
  }
  return null;
}

/** A plural subject with nobody named ("the two ministers") takes the people of the last event. */
// "The two ministers signed a roadmap", "During the meeting, they reviewed ...": a plural subject
// with nobody named stands for the people of the event just reported.
// The plural subject must govern the trigger: it stands in the trigger's clause, or after a meeting
// noun ("after a bilateral meeting, where the two ministers discussed ...").
export function withPluralReference(
  people: Participants,
  t: Trigger,
  view: SentenceView & { planned: boolean },
  model: EventModel,
): Participants {
  const { sentence } = view;
  // A held event points back to a held one ("The ministers signed ..." after "X met Y"), not to a plan.
  const recent =
    view.recent.filter((c) => c.planned === view.planned).at(-1) ??
    (view.planned ? view.recent.at(-1) : null) ??
    null;
  if (people.named.length > 0 || recent === null || !PEOPLE_EVENTS.has(t.type) || t.type === 'visit')
    return people;
  const text = sentence.text;
  // "The plan was signed by the two ministers": the agent after a passive trigger is its subject.
  const triggerText = text.slice(t.start, t.end);
  const after = MEETING_NOUN.test(triggerText)
    ? text.slice(t.end)
    : PASSIVE_BY.test(triggerText) && !AGENT_OF_OTHERS.test(text.slice(t.end))
      ? text.slice(t.end, t.end + 40)
      : '';
  // "The ministers discussed the statements signed by the leaders of X and Y": a passive trigger's signers
  // are its agent, never the subject before it.
  const window = PASSIVE_BY.test(triggerText) ? '' : cueWindow(text, t);
  const refers =
    model.pluralReference.test(window) ||
    model.pluralReference.test(after) ||
    (THE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && THE_SIDES.test(after)) ||
    sidesSigned(t, window, text, model);
  return refers ? { named: recent.participants, unnamed: [] } : people;
}

// "The two sides also signed a memorandum" after the talks: the signers are the talks' people. "Last month,
// the two sides held a meeting of the commission" is another occasion, of the countries rather than of them.
// "signed by the leaders of Russia, Azerbaijan and Armenia": a group of its own, not the last event's people.
const AGENT_OF_OTHERS = /^\s+the\s+(?:[\w-]+\s+){0,2}of\s+(?!the\s+two\b|both\b)/i;

// "for 2021-2023" is the document's term, not the time of the signing.
const OWN_TIME =
  /\b(?:(?<!for |-)(?:19|20)\d\d|last|ago|earlier|previously|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// "Following the talks, a memorandum was signed": a signing without a signer, on no day of its own, is the talks'.
const SIGNED_WITHOUT_AGENT = /(?:was|were) signed$/i;

function sidesSigned(t: Trigger, window: string, text: string, model: EventModel): boolean {
  if (t.type !== 'agreement' || OWN_TIME.test(text)) return false;
  return model.sidesReference.test(window) || SIGNED_WITHOUT_AGENT.test(text.slice(t.start, t.end));
}

// "X called Y on Monday. X invited his Georgian colleague to visit Baku": an unnamed counterpart of a
// person of the last two-person event, named as the visitor, is that event's other person.
const COUNTERPART_WORD = /\b(?:counterpart|colleague|guest|host)\b/i;
// "invited his Kyrgyz colleague to visit": the guest, even when no stage tagged the description.
const INVITED_COUNTERPART =
  /\binvit\w*\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:counterpart|colleague)\s+to\s+$/iu;

/** An invited, unnamed counterpart is the other person of the last two-person event. */
export function withCounterpartGuest(people: Participants, t: Trigger, view: SentenceView): Participants {
  const last = view.recent.at(-1);
  if (t.type !== 'visit' || people.named.length > 0 || !last || last.participants.length !== 2) return people;
  const tagged = people.unnamed.length === 1 && COUNTERPART_WORD.test(people.unnamed[0] ?? '');
  const untagged =
    people.unnamed.length === 0 && INVITED_COUNTERPART.test(view.sentence.text.slice(0, t.start));
  if (!tagged && !untagged) return people;
  const inviter = view.mentions.find((m) => m.end <= t.start && m.person !== null)?.person ?? null;
  const other = last.participants.filter((p) => p !== inviter);
  return inviter !== null && other.length === 1 ? { named: other, unnamed: [] } : people;
}

// "The session was attended by A, B and the Uzbek ambassador": they join the meeting just reported.
const ATTENDED = /attended by$/i;
const THE_MEETING = /\bthe (?:meeting|session|talks|negotiations|summit)\b/i;

/** "The session was attended by A and B": they join the meeting just reported. */
export function withAttendees(
  people: Participants,
  t: Trigger,
  view: SentenceView & { planned: boolean },
): Participants {
  const text = view.sentence.text;
  if (
    t.type !== 'meeting' ||
    !ATTENDED.test(text.slice(t.start, t.end)) ||
    !THE_MEETING.test(cueWindow(text, t))
  )
    return people;
  const recent = view.recent.filter((c) => c.type === 'meeting' && c.planned === view.planned).at(-1);
  return recent ? { ...people, named: [...new Set([...recent.participants, ...people.named])] } : people;
}

const MEETING_NOUN = /^(?:meetings?|talks)$/i;
const PASSIVE_BY = /\bby$/i;
// "At the meeting in Baku, the sides discussed ...": "the sides" of a meeting named again are its people
// (alone, "the two sides held talks last month" may be the two countries).
const THE_BEFORE = /\bthe\s+$/i;
const THE_SIDES = /\bthe\s+(?:two\s+)?(?:sides|parties)\b/i;

const PEOPLE_EVENTS: ReadonlySet<EventType> = new Set(['meeting', 'phone_call', 'visit', 'agreement']);

// "The visit is expected in September", "the return visit": the visit just announced, named again.
const THE_VISIT = /\b(?:the|this|that)\s+(?:[a-z-]+\s+)?$/i;

/** A planned visit named by "the" with nobody in its sentence is the last planned visit, dated by this one. */
export function withAnnouncedVisit(
  people: Participants,
  t: Trigger,
  view: SentenceView & { planned: boolean },
): Participants {
  const last = view.lastPlannedVisit;
  if (t.type !== 'visit' || !view.planned || last === null) return people;
  if (people.named.length > 0 || people.unnamed.length > 0) return people;
  return THE_VISIT.test(view.sentence.text.slice(0, t.start))
    ? { named: last.participants, unnamed: [] }
    : people;
}

/** The last planned visit of the previous PLURAL_REACH sentences. */
export function lastPlannedVisit(before: readonly Candidate[], index: number): Candidate | null {
  for (let i = before.length - 1; i >= 0 && index - before[i]!.sentence <= PLURAL_REACH; i--) {
    if (before[i]!.type === 'visit' && before[i]!.planned && before[i]!.sentence < index) return before[i]!;
  }
  return null;
}

/** One sentence as a trigger reads it, with the events just before it. */
export interface SentenceView {
  sentence: Sentence;
  mentions: readonly LocalMention[];
  /** The events with two or more people in the previous few sentences, for plural references. */
  recent: readonly Candidate[];
  /** The last held event of the previous sentences, for follow-ups ("Later in the day, ..."). */
  previous: Candidate | null;
  /** The last planned visit of the previous few sentences, for "the visit is expected in May". */
  lastPlannedVisit: Candidate | null;
  /** The last held meeting or agreement with a date, for "on the sidelines of the summit". */
  lastGathering?: Candidate | null;
  /** Every trigger of the sentence, so that a date goes to the event it stands with. */
  triggers?: readonly Trigger[];
}
