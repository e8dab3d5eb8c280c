/**
 * Date expressions in a sentence, resolved against the article date. Two steps: one precompiled
 * regex finds the spans (each alternative is a named group saying which grammar matched), then a
 * parser per grammar turns the span into a partial ISO date no more precise than the text.
 * Hand-written rather than chrono-node: chrono parses about 1.2 MB/s on this machine (too slow for
 * a 1.5 MB/s pipeline) and resolves "on Monday" forwards, where news past tense means backwards.
 */
import type { PartialDate } from '../shared/types.ts';
import { allMatches } from './regex.ts';

/** One date expression found in a sentence, with its resolved partial date. */
export interface DateMention {
  /** Offsets into the sentence passed to `findDates`. */
  start: number;
  end: number;
  text: string;
  date: PartialDate;
  /** True when the expression points after the article date ("next week", "will meet on Monday"). */
  planned?: boolean;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore
const MONTH_ABBR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "last" -> "[Ll]ast": sentence-initial capitals, while month names stay case-sensitive ("may" is a verb). */
const ci = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
const anyOf = (words: readonly string[]): string => words.map(ci).join('|');

const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBR.join('|')}|Sept)\\.)`;
const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = `(?:1[89]|20)\\d\\d`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const PART = `(?:${anyOf(['early', 'mid', 'late', 'earlier', 'later'])})[- ](?:in )?`;
const LEAD_WORDS = [
  'in',
  'back in',
  'on',
  'since',
  'until',
  'by',
  'from',
  'during',
  'of',
  'last',
  'next',
  'this',
  'through',
  // "is planned for June": the month a plan is set for.
  'for',
];
// A month may carry a lead word ("back in May"); every month grammar accepts it so that the longest
// grammar, not the one that happens to start earlier, wins at the lead word's position.
const LEAD = `(?:${PART}|\\b(?:${anyOf(LEAD_WORDS)}) )`;
const RANGE = `(?:\\s*[-–]\\s*|\\s+to\\s+|\\s+and\\s+)`;
const NUMBER = `(?:\\d+|${anyOf(['an', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'])})`;

/** The grammars, longest first: at one position the regex takes the first alternative that matches. */
const GRAMMARS = {
  iso: `\\b${YEAR}-[01]\\d-[0-3]\\d\\b`,
  // "on 13.05.2024", "13/05/2024": the genre's outlets write numeric dates day first.
  numeric: `\\b(?:[12]\\d|3[01]|0?[1-9])(?:\\.(?:1[0-2]|0?[1-9])\\.|/(?:1[0-2]|0?[1-9])/)${YEAR}\\b`,
  // "from 5 to 10 March 2025", "on 5-6 May": a span of days is dated by its first day.
  // (No lead word: these start with a digit, so most positions fail at once.)
  dayRangeMonthYear: `\\b${DAY}${RANGE}${DAY} (?:of )?${MONTH},? ${YEAR}\\b`,
  dayRangeMonth: `\\b${DAY}${RANGE}${DAY} (?:of )?${MONTH}(?![\\w])`,
  monthDayYear: `${LEAD}?\\b${MONTH} ${DAY},? ${YEAR}\\b`,
  dayMonthYear: `${LEAD}?\\b${DAY} (?:of )?${MONTH},? ${YEAR}\\b`,
  monthRelYear: `${LEAD}?\\b${MONTH},? (?:${anyOf(['last', 'this', 'next'])}) year\\b`,
  monthYear: `${LEAD}?\\b${MONTH},? ${YEAR}\\b`,
  monthDay: `${LEAD}?\\b${MONTH} ${DAY}\\b(?!\\d)`,
  dayMonth: `${LEAD}?\\b${DAY} (?:of )?${MONTH}(?![\\w])`,
  monthAlone: `${LEAD}${MONTH}(?![\\w])`,
  weekday: `(?:\\b(?:${anyOf(['on', 'last', 'next', 'this', 'since', 'by', 'until'])}) )?(?:(?:${anyOf(['early', 'late'])}) )?\\b${WEEKDAY}\\b(?: (?:morning|afternoon|evening|night))?`,
  ago: `\\b${NUMBER} (?:days?|weeks?|months?|years?) ago\\b`,
  relative: `\\b(?:(?:${anyOf(['earlier', 'later', 'so far'])}) this|(?:${anyOf(['last', 'this', 'next', 'past'])})) (?:week(?:end)?|month|year)\\b`,
  dayWord: `\\b(?:${anyOf(['yesterday', 'today', 'tomorrow', 'tonight'])})\\b`,
  year: `\\b(?:${anyOf(['in', 'since', 'of', 'during', 'until', 'by', 'from', 'early', 'late', 'mid', 'throughout'])})[- ](?:the year )?${YEAR}\\b(?![s\\d])`,
  // "the 1990 invasion", "the 2016 drills": a year before a noun dates what the noun names.
  yearNoun: `\\b[Tt]he ${YEAR}(?= [a-z])`,
} as const;
type Grammar = keyof typeof GRAMMARS;
const GRAMMAR_NAMES = Object.keys(GRAMMARS) as Grammar[];
const DATE_PATTERN = new RegExp(GRAMMAR_NAMES.map((g) => `(?<${g}>${GRAMMARS[g]})`).join('|'), 'g');

// Most sentences hold no date; this cheap test spares them the full grammar (about 3x faster overall).
const MAY_HOLD_DATE =
  /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|night\b|week|month|year|ago\b|tonight|tomorrow|today/i;

const WOULD = /\bwould\b/i;
const BOUND = /^(?:since|until|by)\b/i;

// "X, who met Y in January, will visit Z next week": the verb nearest before a date, within its clause,
// sets its tense; with no verb before it ("On Monday, the ministers will meet") the sentence does.
// "is due to be held", "will be signed": a participle after "be" is no past tense.
const PAST_CUE =
  /\b(?<!\bbe )(?:met|held|visited|signed|arrived|said|was|were|had|did|took|made|paid|came|went|spoke|began|(?!(?:expected|scheduled|planned|slated|invited|intended)\b|agreed (?:to|on)\b)\w{3,}ed)\b/gi;
// "the exercise, to be held in September": the infinitive of a plan looks forward.
// "accepted an invitation to visit Lima in June", "invited him to visit in May": an invitation looks forward,
// as does "is planned for June" (the lead word "for" is part of the date, so the verb ends the prefix).
const FUTURE_CUE_ALL =
  /\b(?:will|shall|(?:is|are) (?:\w+ )?(?:due|scheduled|expected|set|slated) to|plans? to|planning to|planned to|preparations? for|preparing for|(?:is|are) to (?!be\b)\w+|upcoming|next|invit(?:ed|ation)(?: [\w.’'-]+){0,6} to|(?:is|are) (?:\w+ )?(?:planned|scheduled|slated|expected|due)|, (?:planned|scheduled|slated)|, set(?= (?:for )?$)|to be (?:held|conducted|staged|signed))\b/gi;
// "agreed to hold drills in September", "agreed on an exercise in May": like "would", an agreement looks
// forward for a bare month only.
const WOULD_ALL = /\b(?:would|agreed (?:to|on))\b/gi;
const RELATIVE_START = /,\s+(?:who|which|where|when|while|whose)\b|;/gi;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of allMatches(pattern, text)) last = m.index;
  return last;
}

function tenseAt(sentence: string, start: number): { future: boolean; futureMonth: boolean } {
  const prefix = sentence.slice(Math.max(0, lastIndex(RELATIVE_START, sentence.slice(0, start))), start);
  const past = lastIndex(PAST_CUE, prefix);
  const future = lastIndex(FUTURE_CUE_ALL, prefix);
  const would = lastIndex(WOULD_ALL, prefix);
  if (past === -1 && future === -1 && would === -1) {
    const ahead = FUTURE_CUE.test(sentence);
    return { future: ahead, futureMonth: ahead || WOULD.test(sentence) };
  }
  return { future: future > past, futureMonth: Math.max(future, would) > past };
}

// "will meet on Monday": the sentence looks forward, so a bare weekday or month resolves forwards.
const FUTURE_CUE =
  /\b(?:will|shall|(?:is|are) (?:\w+ )?(?:due|scheduled|expected|set|slated) to|plans? to|planning to|(?:is|are) to (?!be\b)\w+|upcoming|next)\b/i;

interface ParseContext {
  ref: DayRef | null;
  /** The sentence looks forward: bare weekdays, days and months resolve forwards. */
  future: boolean;
  /** Reported plans ("said they would hold drills in September") look forward for a bare month only. */
  futureMonth: boolean;
}
type Parsed = { date: PartialDate; planned?: boolean } | null;

/** Finds date expressions in one sentence; those that cannot be resolved without inventing a year are left out. */
export function findDates(sentence: string, published: PartialDate | null): DateMention[] {
  if (!MAY_HOLD_DATE.test(sentence)) return [];
  const ref = parsePartialDate(published);
  const found: DateMention[] = [];
  for (const match of allMatches(DATE_PATTERN, sentence)) {
    const grammar = GRAMMAR_NAMES.find((g) => match.groups?.[g] !== undefined);
    if (!grammar) continue;
    const parsed = parseSpan(grammar, match[0], { ref, ...tenseAt(sentence, match.index ?? 0) });
    // "since 2017", "until Friday", "by May 2020" bound a period; they never date an occurrence.
    if (!parsed || BOUND.test(match[0])) continue;
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], ...parsed });
  }
  return withoutApposedWeekdays(found, sentence);
}

// "on Tuesday, March 5": the weekday names the day the explicit date gives; the date alone counts,
// from the weekday on (the weekday would resolve against the article date, maybe to another week).
const WEEKDAY_THEN_DAY = /^,?\s*$/;
const HAS_DAY = /^\d{4}-\d{2}-\d{2}$/;

function withoutApposedWeekdays(found: DateMention[], sentence: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const weekdayMention = found[i]!;
    const next = found[i + 1];
    const apposed =
      next !== undefined &&
      HAS_DAY.test(next.date) &&
      WEEKDAYS.some((w) => weekdayMention.text.includes(w)) &&
      !/\d/.test(weekdayMention.text) &&
      WEEKDAY_THEN_DAY.test(sentence.slice(weekdayMention.end, next.start));
    if (!apposed) {
      out.push(weekdayMention);
      continue;
    }
    out.push({ ...next, start: weekdayMention.start, text: sentence.slice(weekdayMention.start, next.end) });
    i++;
  }
  return out;
}

function parseSpan(grammar: Grammar, text: string, ctx: ParseContext): Parsed {
  switch (grammar) {
    case 'iso':
      return { date: text };
    case 'numeric':
      return numericDate(text);
    case 'monthDayYear':
    case 'dayMonthYear':
    case 'dayRangeMonthYear':
      return fullDate(text);
    case 'monthYear':
      return { date: `${yearIn(text)}-${pad(monthIn(text))}` };
    case 'monthRelYear':
      return monthOfRelativeYear(text, ctx);
    case 'monthDay':
    case 'dayMonth':
    case 'dayRangeMonth':
      return monthDayNoYear(text, ctx);
    case 'monthAlone':
      return monthNoYear(text, ctx);
    case 'weekday':
      return weekday(text, ctx);
    case 'ago':
      return ago(text, ctx);
    case 'relative':
      return relative(text, ctx);
    case 'dayWord':
      return dayWord(text, ctx);
    case 'year':
    case 'yearNoun':
      return { date: String(yearIn(text)) };
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
const yearIn = (text: string): number => Number(/(?:1[89]|20)\d\d/.exec(text)?.[0]);
const dayIn = (text: string): number => Number(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(text)?.[1]);

/** Month number (1-12) of the month name in the text. */
function monthIn(text: string): number {
  const name =
    /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)/.exec(
      text,
    )?.[0];
  return name ? MONTH_ABBR.findIndex((abbr) => name.startsWith(abbr)) + 1 : 0;
}

/** "13.05.2024" -> 2024-05-13 (day, month, year). */
function numericDate(text: string): Parsed {
  const [day = '', month = '', year = ''] = text.split(/[./]/);
  return { date: `${year}-${pad(Number(month))}-${pad(Number(day))}` };
}

function fullDate(text: string): Parsed {
  const year = yearIn(text);
  const month = monthIn(text);
  const day = dayIn(text.replace(/(?:1[89]|20)\d\d/, ''));
  return { date: `${year}-${pad(month)}-${pad(day)}` };
}

function monthOfRelativeYear(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref) return null;
  const offset = /last/i.test(text) ? -1 : /next/i.test(text) ? 1 : 0;
  return { date: `${ctx.ref.year + offset}-${pad(monthIn(text))}`, planned: offset > 0 || undefined };
}

/** "back in May": the most recent May on or before the article month; forwards when the sentence looks ahead. */
function monthNoYear(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref?.month) return null;
  const month = monthIn(text);
  const forward = /\bnext\b/i.test(text) || (ctx.futureMonth && !/\blast\b/i.test(text));
  let year = ctx.ref.year;
  if (forward && month < ctx.ref.month) year += 1;
  if (!forward && month > ctx.ref.month) year -= 1;
  if (/\blast\b/i.test(text) && month === ctx.ref.month) year -= 1;
  return { date: `${year}-${pad(month)}`, planned: (forward && month !== ctx.ref.month) || undefined };
}

/** "April 20" with no year: the article's year, or the year before when that would land well after it. */
function monthDayNoYear(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref?.day) return null;
  const month = monthIn(text);
  const day = dayIn(text);
  const sameYear = Date.UTC(ctx.ref.year, month - 1, day);
  const refTime = Date.UTC(ctx.ref.year, ctx.ref.month! - 1, ctx.ref.day);
  const weekMs = 7 * 86_400_000;
  let year = ctx.ref.year;
  if (!ctx.future && sameYear > refTime + weekMs) year -= 1;
  if (ctx.future && sameYear < refTime - weekMs) year += 1;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { date, planned: Date.UTC(year, month - 1, day) > refTime || undefined };
}

/** "on Monday" / "late Wednesday": the most recent such day on or before the article date (news past tense). */
function weekday(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref?.day) return null;
  const target = WEEKDAYS.findIndex((w) => text.includes(w));
  const refDay = new Date(Date.UTC(ctx.ref.year, ctx.ref.month! - 1, ctx.ref.day)).getUTCDay();
  const isNext = /^next\b/i.test(text);
  const isLast = /^last\b/i.test(text);
  if (isNext || (ctx.future && !isLast)) {
    const ahead = (target - refDay + 7) % 7 || (isNext ? 7 : 0);
    return { date: formatDay(addDays(ctx.ref, ahead)), planned: ahead > 0 || undefined };
  }
  const back = (refDay - target + 7) % 7 || (isLast ? 7 : 0);
  return { date: formatDay(addDays(ctx.ref, -back)) };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
}; // prettier-ignore

/** "three days ago" -> that day; weeks and months ago -> that month; years ago -> that year. */
function ago(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref) return null;
  const word = text.split(' ')[0]!.toLowerCase();
  const n = NUMBER_WORDS[word] ?? Number(word);
  if (/year/.test(text)) return { date: String(ctx.ref.year - n) };
  if (!ctx.ref.month) return null;
  if (/month/.test(text)) return { date: formatMonth(shiftMonth(ctx.ref, -n)) };
  if (!ctx.ref.day) return null;
  const days = /week/.test(text) ? 7 * n : n;
  const date = addDays(ctx.ref, -days);
  return { date: /week/.test(text) ? formatMonth(date) : formatDay(date) };
}

/** "last month", "next week", "earlier this year": as precise as the unit, never more. */
function relative(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref) return null;
  const lower = text.toLowerCase();
  const offset = /^(last|past)/.test(lower) ? -1 : /^next/.test(lower) ? 1 : 0;
  const planned = offset > 0 || /^later/.test(lower) || undefined;
  if (lower.endsWith('year')) return { date: String(ctx.ref.year + offset), planned };
  if (!ctx.ref.month) return null;
  if (lower.endsWith('month')) return { date: formatMonth(shiftMonth(ctx.ref, offset)), planned };
  if (!ctx.ref.day) return offset === 0 ? { date: formatMonth(ctx.ref), planned } : null;
  return { date: formatMonth(addDays(ctx.ref, 7 * offset)), planned };
}

function dayWord(text: string, ctx: ParseContext): Parsed {
  if (!ctx.ref?.day) return null;
  const lower = text.toLowerCase();
  const offset = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
  return { date: formatDay(addDays(ctx.ref, offset)), planned: offset > 0 || undefined };
}

/** A reference date split into numbers; month and day are absent when the article date is less precise. */
interface DayRef {
  year: number;
  month?: number;
  day?: number;
}

/** "2015-04-20" -> {2015, 4, 20}; "2015-04" -> {2015, 4}; anything else -> null. */
function parsePartialDate(date: PartialDate | null): DayRef | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

function addDays(ref: DayRef, days: number): DayRef {
  const d = new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, (ref.day ?? 1) + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function shiftMonth(ref: DayRef, months: number): DayRef {
  const index = ref.year * 12 + (ref.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const formatMonth = (ref: DayRef): PartialDate => `${ref.year}-${pad(ref.month ?? 1)}`;
const formatDay = (ref: DayRef): PartialDate => `${formatMonth(ref)}-${pad(ref.day ?? 1)}`;
