/**
 * Absolute calendar dates written out in full ("April 20, 2015", "28 December 2004",
 * "2017-04-16", "12.03.2019", "Mon, 3 Feb 2020") found in a string, as partial ISO dates.
 * Relative dates ("on Monday", "last month") are the dates stage's job, not this one's.
 */
import type { PartialDate } from '../shared/types.ts';
import { allMatches } from './regex.ts';

/** A date found in a string, with offsets and its precision. */
export interface AbsoluteDate {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: PartialDate;
  precision: 'day' | 'month';
}

/** How an ambiguous numeric date ("12/07/2024") is read: day first (12 July) or month first (December 7). */
export type SlashOrder = 'day-first' | 'month-first';

/** Options of `findAbsoluteDates`. */
export interface AbsoluteDateOptions {
  /** Reading of "a/b/yyyy" when both numbers are 12 or less. */
  slashOrder: SlashOrder;
}

/**
 * Defaults: day first. Most outlets of the genre (and most countries) write day-first; the US is
 * the main month-first writer, and its outlets spell months out in running text. `slashOrderOf`
 * overrides this per article when the page itself decides.
 */
export const DEFAULT_ABSOLUTE_DATE_OPTIONS: AbsoluteDateOptions = { slashOrder: 'day-first' };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const SLASH_DATE = new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`, 'g');

type Parser = (m: RegExpExecArray, order: SlashOrder) => [number, number, number | null] | null;

// Each pattern yields [year, month, day|null]; order matters only for overlapping matches.
const PATTERNS: ReadonlyArray<[RegExp, Parser]> = [
  [new RegExp(`\\b${YEAR}-(\\d{1,2})-(\\d{1,2})(?!\\d)`, 'g'), (m) => [num(m[1]), num(m[2]), num(m[3])]],
  [new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})(?!\\d)`, 'g'), (m) => [num(m[1]), num(m[2]), num(m[3])]],
  // "12.03.2019" and "12-03-2019" are day-first (European); "03/12/2019" follows the slash order unless a number exceeds 12.
  [new RegExp(`\\b(\\d{1,2})[.-](\\d{1,2})[.-]${YEAR}\\b`, 'g'), (m) => [num(m[3]), num(m[2]), num(m[1])]],
  [SLASH_DATE, (m, order) => slashDate(num(m[1]), num(m[2]), num(m[3]), order)],
  [new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'), (m) => [num(m[3]), month(m[2]), num(m[1])]],
  [new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), (m) => [num(m[3]), month(m[1]), num(m[2])]],
  [new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'gi'), (m) => [num(m[2]), month(m[1]), null]],
];

/** Every absolute date in the text, left to right, without overlaps (the longest wins). */
export function findAbsoluteDates(
  text: string,
  options: AbsoluteDateOptions = DEFAULT_ABSOLUTE_DATE_OPTIONS,
): AbsoluteDate[] {
  const found: AbsoluteDate[] = [];
  for (const [re, parse] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const parts = parse(m, options.slashOrder);
      const date = parts === null ? null : toPartial(parts);
      if (date === null) continue;
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && m !== null && m.index < f.end)) continue;
      found.push({ start: m.index, end, text: m[0], date, precision: date.length === 10 ? 'day' : 'month' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function slashDate(a: number, b: number, year: number, order: SlashOrder): [number, number, number] {
  if (a > 12) return [year, b, a];
  if (b > 12) return [year, a, b];
  return order === 'day-first' ? [year, b, a] : [year, a, b];
}

/**
 * How this page writes numeric dates, or null when it does not say. A slash date with a number
 * above 12 decides ("23/11/2021": day first); else a month-name date ("HANOI, July 12") that an
 * ambiguous slash date restates ("12/07/2024") decides.
 */
export function slashOrderOf(text: string): SlashOrder | null {
  const slashes = allMatches(SLASH_DATE, text).map((m) => [num(m[1]), num(m[2])] as const);
  const plain = slashes.find(([a, b]) => (a > 12) !== (b > 12));
  if (plain !== undefined) return plain[0] > 12 ? 'day-first' : 'month-first';
  if (slashes.length === 0) return null;
  const named = new Set(
    findAbsoluteDates(text.replace(SLASH_DATE, (m) => ' '.repeat(m.length)))
      .concat(monthDays(text))
      .filter((d) => d.precision === 'day')
      .map((d) => d.date.slice(5)),
  );
  for (const [a, b] of slashes) {
    const dayFirst = named.has(monthDay(b, a));
    if (dayFirst !== named.has(monthDay(a, b))) return dayFirst ? 'day-first' : 'month-first';
  }
  return null;
}

// "HANOI, July 12 (Reuters)", "12 July": day and month without a year, as datelines write them.
const MONTH_DAY = new RegExp(`\\b(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})\\b(?!,?\\s*\\d)`, 'gi');

function monthDays(text: string): AbsoluteDate[] {
  const out: AbsoluteDate[] = [];
  for (const m of allMatches(MONTH_DAY, text)) {
    const [monthNo, day] = m[1] !== undefined ? [month(m[1]), num(m[2])] : [month(m[4]), num(m[3])];
    const date = toPartial([2000, monthNo, day]);
    if (date !== null) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date, precision: 'day' });
  }
  return out;
}

function monthDay(monthNo: number, day: number): string {
  return `${String(monthNo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toPartial([year, monthNo, day]: [number, number, number | null]): PartialDate | null {
  if (monthNo < 1 || monthNo > 12) return null;
  const mm = String(monthNo).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const last = new Date(Date.UTC(year, monthNo, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

function num(s: string | undefined): number {
  return Number.parseInt(s ?? '', 10);
}

function month(s: string | undefined): number {
  return MONTHS[(s ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
}
