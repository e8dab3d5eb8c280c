/**
 * Metadata stage: title, outlet and article date. Call it on the RAW page text (before
 * `removePageChrome`), because the outlet is often named only in chrome ("Press TV's website
 * can also be accessed at ...", "© 2024 Daily Sabah"); then clean `body`:
 *
 *   const meta = readMetadata(raw);
 *   const text = removePageChrome(meta.body, chrome);
 *
 * It is also safe on already-cleaned text. The date comes, in order of trust, from a labelled
 * date line ("date 2017-04-16", "Published: ..."), a line that is only a date, a dateline
 * ("ANKARA, March 3, 2021 (Reuters) -"), then the first full date in the caption or lead.
 */
import type { PartialDate } from '../shared/types.ts';
import {
  DEFAULT_ABSOLUTE_DATE_OPTIONS,
  findAbsoluteDates,
  slashOrderOf,
  type AbsoluteDateOptions,
  type SlashOrder,
} from './absolute-dates.ts';

/** Title, outlet and date of an article; `body` is the text without the title and date lines. */
export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  published: PartialDate | null;
  body: string;
  /** City of a dateline ("TEHRAN -", "ANKARA, March 3 (Reuters) -"), title case, or null. */
  datelinePlace: string | null;
  /** Organizations the page credits as its publisher or source ("Press TV", "AFP"): facts of the article. */
  credited: string[];
}

// How far down the page a title or date line may sit (menus and breadcrumbs come first).
const HEAD_LINES = 12;
// Lines after the title searched for a caption or lead date when no date line exists.
const LEAD_LINES = 4;

const LABEL =
  /^\s*(date|dated|published|publication date|posted|posted on|updated|last updated|modified|created)\b\s*(on|at)?\s*:?\s*/i;
const WEEKDAY = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|rsday|urday)?\b\.?,?/gi;
// "BAKU, Azerbaijan, June 15.": an upper-case city, its country and a date, closed by a stop.
const DATELINE_DATED =
  /^([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}),\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;
// "TEHRAN -", "ANKARA, March 3 (Reuters) -", "Baku, 12 May (AZERTAC) —": an upper-case city, or a
// title-case one followed by a date or an agency, then a dash.
const DATELINE_CAPS =
  /^([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})(?:\s*[,/]\s*[^()\n–—]{0,40}?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]{1,2}(?:\s+\S|$)/;
// "Baku. 12 March. REPORT.AZ/", "Baku. Rashad Aliyev – APA.": Azerbaijani agencies close the city with a stop.
const DATELINE_DOT =
  /^([A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)\.\s+(?:\d{1,2}\s+[A-Z][a-z]+\.\s+[A-Z][A-Za-z.]+\/|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+[-–—]\s+[A-Z]{2,})/u;
const DATELINE_TITLE =
  /^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[^()\n–—]{3,40}?\s*\([^)]{1,30}\)|,\s*[^()\n–—]{3,40}?|\s*\([^)]{1,30}\))\s*[-–—]{1,2}\s+\S/;
const AGENCY_IN_DATELINE = /^[A-Z][\w .,'-]{0,40}\(([A-Z][\w .&-]{1,30})\)\s*[-–—]/;
// "Source: AFP", "Šaltinis:" + "AFP" on the next line, "Quelle: dpa".
const SOURCE_LABEL =
  /^(?:Source|Sources|Šaltinis|Quelle|Fuente|Fonte|Kaynak|Источник|Джерело|Źródło|Zdroj|Forrás|Izvor|Sursa|Bron|Kilde|Lähde|Källa)\s*:\s*(.*)$/iu;
const OUTLET_LINES: readonly RegExp[] = [
  /^([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})(?:['’]s)? (?:web ?site|site|portal) (?:can (?:also )?be accessed|contains only)/,
  // "© Sputnik / Iliya Pitalev": a photographer after the slash is no part of the outlet.
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|,/]{2,40}?)\s*(?:[.,|/]|\s+all rights|$)/i,
  /\bfrom the ([\w.-]{2,30}) (portal|website|site)\b/i,
  /^(?:first |originally )?published in (?:the )?([A-Z][\w.&'’ -]{1,40}?)(?:,|\s+on\b|$)/i,
  /(?:©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*([A-Z][^.|,©]{1,40}?)(?:[.,|]|\s+all rights|$)/i,
  /^(?!copyright\b|all (?:content|rights)\b)([A-Z][^©|]{1,40}?)\s*(?:©|\(c\))\s*\d{4}/i,
  /©\s*([A-Z][^.|,©\d]{1,40}?)\s+\d{4}\b/,
];

/** Options of `readMetadata`. */
export interface MetadataOptions {
  /** Dateline cities (lower case) of countries that write numeric dates month first. */
  monthFirstPlaces: ReadonlySet<string>;
}

/**
 * Defaults: the main dateline cities of the United States and the Philippines, the month-first
 * writers among the genre's outlets ("MANILA, 04/03/2025" is April 3).
 */
export const DEFAULT_METADATA_OPTIONS: MetadataOptions = {
  // prettier-ignore
  monthFirstPlaces: new Set([
    'washington', 'new york', 'los angeles', 'chicago', 'houston', 'san francisco', 'boston', 'miami', 'atlanta',
    'seattle', 'honolulu', 'philadelphia', 'dallas', 'denver', 'san diego', 'arlington', 'manila', 'quezon city',
    'makati', 'pasay', 'taguig', 'cebu', 'cebu city', 'davao', 'davao city', 'zamboanga', 'zamboanga city',
  ]),
};

/** Reads title, outlet, date and credits from an article's text. Pure. */
export function readMetadata(
  text: string,
  options: MetadataOptions = DEFAULT_METADATA_OPTIONS,
): ArticleMetadata {
  const lines = text.split(/\r?\n/);
  const head = headLines(lines);
  // "HANOI, July 12 ... 12/07/2024": the page decides how its numeric dates read, then the dateline's country.
  const order: AbsoluteDateOptions = { slashOrder: slashOrderOf(text) ?? datelineOrder(text, options) };
  const dateLine = findDateLine(lines, head, order);
  const lineTitle = findTitle(lines, head, dateLine?.index ?? -1, order);
  // "date 2017-04-16 Tehran, Baku stress ...": a title sharing the date line comes first.
  const sharedTitle =
    dateLine !== null && dateLine.rest.length > 0 && (lineTitle === -1 || dateLine.index < lineTitle);
  const titleIndex = sharedTitle ? -1 : lineTitle;
  const title = sharedTitle
    ? (dateLine?.rest ?? null)
    : titleIndex === -1
      ? null
      : withoutSiteName(clean(lines[titleIndex] ?? ''));
  const published = dateLine?.date ?? leadDate(lines, Math.max(titleIndex, dateLine?.index ?? -1), order);
  const dropped = new Set([titleIndex, ...(dateLine?.indexes ?? [])]);
  const body = lines
    .filter((_, i) => !dropped.has(i))
    .join('\n')
    .replace(/^\s+/, '');
  // "Iran, Oman hold naval talks | Tehran Times": the site named after the headline is its masthead.
  const rawTitle = titleIndex === -1 ? '' : clean(lines[titleIndex] ?? '');
  const siteName = title !== null && title !== rawTitle ? siteNameOf(rawTitle) : null;
  const masthead = findMasthead(lines, head, titleIndex) ?? siteName;
  const credited = unique([...(masthead === null ? [] : [masthead]), ...findCredits(lines)]);
  // A dateline agency names the author; a masthead the publisher; a copyright line only its owner.
  const outlet = datelineAgency(lines) ?? masthead ?? findOutlet(lines) ?? credited[0] ?? null;
  return { title, outlet, published, body, datelinePlace: findDatelinePlace(body), credited };
}

/** Indexes of the first non-empty lines, where titles and date lines live. */
function headLines(lines: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < HEAD_LINES; i++)
    if ((lines[i] ?? '').trim().length > 0) out.push(i);
  return out;
}

interface DateLine {
  index: number;
  /** Lines consumed: a "Published:" label line and the date line under it. */
  indexes: number[];
  date: PartialDate;
  /** Text left on the line once label and date are removed (a title sharing the line). */
  rest: string;
}

function findDateLine(lines: string[], head: number[], order: AbsoluteDateOptions): DateLine | null {
  return (
    strictDateLine(lines, head, order) ?? looseDateLine(lines, head, order) ?? labelledAnywhere(lines, order)
  );
}

// "Published on: Monday, March 14, 2022" at the foot of the story: a labelled date line counts
// wherever it is (unlabelled date-only lines do not: link lists below a story carry their own dates).
function labelledAnywhere(lines: string[], order: AbsoluteDateOptions): DateLine | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 120 || !LABEL.test(line)) continue;
    const parsed = dateAtStart(line.replace(LABEL, ''), order);
    if (parsed !== null) return { index: i, indexes: [i], date: parsed.date, rest: '' };
  }
  return null;
}

// "Ali Yilmaz |14.03.2022 - Update : 14.03.2022", "Source: Xinhua| 2023-01-05 21:33:45|Editor: huaxia":
// a short line led by a byline or source label with a full date; the whole line is chrome.
function looseDateLine(lines: string[], head: number[], order: AbsoluteDateOptions): DateLine | null {
  for (const i of head) {
    const parsed = dateOnly(lines[i] ?? '', order, LOOSE_RESIDUE);
    if (parsed !== null) return { index: i, indexes: [i], date: parsed.date, rest: '' };
  }
  return null;
}

const STRICT_RESIDUE = 2;
const LOOSE_RESIDUE = 6;

function strictDateLine(lines: string[], head: number[], order: AbsoluteDateOptions): DateLine | null {
  let fallback: DateLine | null = null;
  for (let k = 0; k < head.length; k++) {
    const i = head[k] ?? 0;
    const line = lines[i] ?? '';
    const labelled = LABEL.test(line);
    const afterLabel = line.replace(LABEL, '');
    if (labelled && afterLabel.trim().length === 0) {
      const next = head[k + 1];
      const parsed = next === undefined ? null : dateOnly(lines[next] ?? '', order);
      if (parsed !== null && next !== undefined)
        return { index: next, indexes: [i, next], date: parsed.date, rest: parsed.rest };
      continue;
    }
    const parsed = labelled ? dateAtStart(afterLabel, order) : dateOnly(line, order);
    if (parsed === null) continue;
    const found = { index: i, indexes: [i], date: parsed.date, rest: parsed.rest };
    if (labelled && !/^\s*(updated|last updated|modified)/i.test(line)) return found;
    fallback ??= found;
  }
  return fallback;
}

// A line that is a date and little else: "February 26, 2020 - 19:6", "28 December 2004 y., Tuesday".
function dateOnly(
  line: string,
  order: AbsoluteDateOptions,
  maxResidue = STRICT_RESIDUE,
): { date: PartialDate; rest: string } | null {
  // A date line is short and holds a digit; paragraphs skip the seven date patterns.
  if (line.length > 90 || !/\d/.test(line)) return null;
  if (
    maxResidue < LOOSE_RESIDUE &&
    /[.!?]["”’]?\s*$/.test(line.trim()) &&
    !/\b(y|yr)\.\s*$/.test(line.trim())
  )
    return null;
  const text = monthComma(line);
  const dates = findAbsoluteDates(text, order);
  const first = dates[0];
  if (first === undefined || first.precision !== 'day') return null;
  // "Zehra Nur Duz |01.06.2021 - Update : 01.06.2021": every date on the line is part of the date line.
  let left = text;
  for (const d of [...dates].reverse()) left = left.slice(0, d.start) + ' ' + left.slice(d.end);
  const rest = residue(dropLabelled(left));
  return wordCount(rest) <= maxResidue ? { date: first.date, rest: '' } : null;
}

// "October, 15, 2019 - 13:48" (Tasnim): a comma after the month name, read as "October 15, 2019".
const MONTH_COMMA =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December),\s+(\d{1,2}),/gi;
function monthComma(line: string): string {
  return line.includes(',') ? line.replace(MONTH_COMMA, '$1 $2,') : line;
}

// "date 2017-04-16 Tehran, Baku stress ...": the date opens the line and a title may follow.
function dateAtStart(raw: string, order: AbsoluteDateOptions): { date: PartialDate; rest: string } | null {
  const s = monthComma(raw);
  const first = findAbsoluteDates(s, order)[0];
  if (first === undefined || s.slice(0, first.start).replace(WEEKDAY, '').trim().length > 0) return null;
  const tail = s.slice(first.end).replace(/^[\s,]*(\d{1,2}:\d{2}(:\d{2})?\s*(am|pm|GMT|UTC)?)?[\s|,-]*/i, '');
  return { date: first.date, rest: residue(tail).length < 3 ? '' : clean(tail) };
}

// "| Source: Asia Pacific Wire | Editor: Zhang Min": labelled segments of a metadata bar are not words of a title.
function dropLabelled(s: string): string {
  return s
    .split('|')
    .filter((seg) => !/^\s*(source|editor|author|writer|reporter|by|photo|posted by)\b\s*:?/i.test(seg))
    .join(' ');
}

// What is left of a date line once times, weekdays, "y." and separators are removed.
function residue(s: string): string {
  return s
    .replace(WEEKDAY, ' ')
    .replace(/\b\d{1,2}:\d{1,2}(:\d{2})?\s*(am|pm)?\b/gi, ' ')
    .replace(/\b(y|yr|year|GMT|UTC|IST|CET|EST|local time|at|on)\b\.?/gi, ' ')
    .replace(/[|,.:()\-–—/]+/g, ' ')
    .trim();
}

// "Tehran, IRNA – Iran's Defense Minister ... on Tuesday.": a dateline or a long sentence with a
// final stop opens the story; it is never the headline (and must stay in the body).
function isLeadParagraph(line: string): boolean {
  if (
    DATELINE_CAPS.test(line) ||
    DATELINE_TITLE.test(line) ||
    DATELINE_DATED.test(line) ||
    AGENCY_IN_DATELINE.test(line)
  )
    return true;
  return /[.!?]["”’]?$/.test(line) && wordCount(line) > 12;
}

// Longer lines are paragraphs, not headlines.
const MAX_TITLE = 300;

// The first line that is no menu, label or date; a masthead of three words or fewer
// ("MENA Defence Review") yields to a longer headline below it.
function findTitle(lines: string[], head: number[], dateIndex: number, order: AbsoluteDateOptions): number {
  // A headline sits above the story: nothing after the first lead paragraph qualifies.
  // Each short head line is cleaned once, not once per test.
  const cleaned = new Map<number, string>();
  const cleanLine = (i: number): string => {
    let line = cleaned.get(i);
    if (line === undefined) cleaned.set(i, (line = clean(lines[i] ?? '')));
    return line;
  };
  const lead =
    head.find((i) => (lines[i] ?? '').length > MAX_TITLE || isLeadParagraph(withoutSiteName(cleanLine(i)))) ??
    Infinity;
  const candidates = head.filter((i) => {
    if (i > lead || (lines[i] ?? '').length > MAX_TITLE) return false;
    const line = cleanLine(i);
    return (
      i !== dateIndex &&
      !LABEL.test(line) &&
      dateOnly(line, order, LOOSE_RESIDUE) === null &&
      !isMenuLike(line) &&
      !isLeadParagraph(withoutSiteName(line)) &&
      !SOURCE_LABEL.test(line)
    );
  });
  const headline = candidates.find((i) => wordCount(lines[i] ?? '') >= 4);
  return headline ?? candidates[0] ?? -1;
}

// "Iran, Oman hold naval talks | Tehran Times", "... - IRNA English": the site's name after the headline.
const SITE_SUFFIX = /\s+[|–—-]\s+(\p{Lu}[\p{L}.&'’]*(?:\s+(?:\p{Lu}[\p{L}.&'’]*|of|the|&)){0,3})\s*$/u;

/** The headline without a trailing site name; a line left under four words keeps its suffix. */
function withoutSiteName(line: string): string {
  const m = SITE_SUFFIX.exec(line);
  const suffix = m?.[1];
  if (m === null || suffix === undefined) return line;
  const outlet = PRESS_WORD.test(suffix) || /^[A-Z]{2,}\b/.test(suffix) || wordCount(suffix) <= 2;
  const rest = line.slice(0, m.index);
  return outlet && wordCount(rest) >= 4 ? rest : line;
}

// The outlet a stripped site suffix names, when it has a press word or is an acronym ("IRNA English").
function siteNameOf(line: string): string | null {
  const suffix = SITE_SUFFIX.exec(line)?.[1] ?? null;
  if (suffix === null || !(PRESS_WORD.test(suffix) || /^[A-Z]{2,}\b/.test(suffix))) return null;
  return suffix.replace(/\s+(English|Online|Website|Portal)$/i, '');
}

function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter((w) => w.length > 0);
}

/** `wordsOf(line).length` without building the array: the header checks count words of every head line. */
function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

// Exactly the characters of the regex class \s (ECMAScript WhiteSpace and LineTerminator).
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// Breadcrumbs, menus and button rows are short and carry separators but no sentence.
function isMenuLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 3) return true;
  if (/\s[/|>»›]\s/.test(line) && !/[,;]/.test(line)) return true;
  if (/^(by|photo|image|video|watch|listen)\b/i.test(line)) return true;
  return MENU_WORDS.test(line) && words < 8;
}

// Site furniture that can be four words long: "Skip to main content", "Watch live TV now".
const MENU_WORDS =
  /^(home|menu|search|share|subscribe|log ?in|sign ?in|sign up|register|advertisement|skip to|toggle|jump to|go to|main menu|navigation|e-paper|epaper|live tv|watch live|breaking news|latest news|you are here|accept|cookie)\b/i;

function leadDate(lines: string[], after: number, order: AbsoluteDateOptions): PartialDate | null {
  let seen = 0;
  for (let i = after + 1; i < lines.length && seen < LEAD_LINES; i++) {
    const line = lines[i] ?? '';
    if (line.trim().length === 0) continue;
    seen++;
    const day = findAbsoluteDates(line, order).find((d) => d.precision === 'day');
    if (day !== undefined) return day.date;
  }
  return null;
}

// "Gulf Gazette", "THE DAILY LEDGER   e-Paper | Subscribe": a masthead near the top names the
// outlet with a press word; menus and breadcrumbs have none.
const PRESS_WORD =
  /\b(Times|Daily|Gazette|Herald|News|Post|Tribune|Bulletin|Review|Journal|Telegraph|Chronicle|Express|Observer|Agency|TV|Press|Ledger|Monitor|Courier|Star|Mirror|Guardian|Independent|Weekly|Insider|Media|Radio|Online|Wire|Dispatch|Mail|Standard|Inquirer|Sentinel|Digest|Reporter|Network|Broadcasting|Channel)\b/i;

function findMasthead(lines: string[], head: number[], titleIndex: number): string | null {
  for (const i of head.slice(0, 6)) {
    if (i === titleIndex) continue;
    const first = clean(mastheadStart(lines[i] ?? '').split(/\s{2,}|\s[|/»›>]\s/)[0] ?? '').replace(
      /^by\s+/i,
      '',
    );
    if (ONE_WORD_MASTHEAD.test(first)) return first;
    // Cheap tests first: most head lines are too long to be a masthead, and are never split into words.
    if (first.length > 50 || /[.,;:!?"“”]/.test(first)) continue;
    const words = wordsOf(first);
    if (words.length < 2 || words.length > 5) continue;
    if (
      !PRESS_WORD.test(first) ||
      !words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(of|the|and|for)$/.test(w))
    )
      continue;
    return first === first.toUpperCase() ? titleCase(first) : first;
  }
  return null;
}

// "AzerNews", "PressTV", "News.Az", "Report.az": a one-word masthead joins a press word or names a news domain.
const ONE_WORD_MASTHEAD =
  /^(?:\p{Lu}\p{Ll}+(?:News|TV|Press|Times)|News\.[A-Z][a-z]{1,2}|\p{Lu}\p{Ll}+\.(?:az|ir|am|ge|kz|uz|tm|pk|tr))$/u;

// A masthead is at most 50 characters, so only a line's start is split and cleaned: a first segment
// cut at 60 still cleans to more than 50 and is refused, as the whole segment would be.
function mastheadStart(line: string): string {
  return line.length > MASTHEAD_CUT ? line.slice(0, MASTHEAD_CUT) : line;
}

const MASTHEAD_CUT = 60;

// "The Daily Ledger" and "Daily Ledger" are one outlet; the first spelling seen is kept.
function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((name) => {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// Outlet and credit lines are short; story paragraphs are skipped (fast path).
const MAX_CREDIT_LINE = 220;

// "ANKARA, March 3 (Reuters) -" opens the lead paragraph, which may be long: only its start is read.
function datelineAgency(lines: string[]): string | null {
  for (const line of lines.filter((l) => l.trim().length > 0).slice(0, HEAD_LINES)) {
    const start = line.trim().slice(0, 90);
    const m =
      AGENCY_IN_DATELINE.exec(start) ??
      AGENCY_AFTER_COMMA.exec(start) ??
      AGENCY_IN_SLASHES.exec(start) ??
      AGENCY_AFTER_REPORTER.exec(start) ??
      AGENCY_CLOSING_DATELINE.exec(start);
    const agency = m?.[1]?.trim();
    if (agency !== undefined) return AGENCY_NAMES[agency] ?? agency;
  }
  return null;
}

// "By Kamila Aliyeva – Trend:", "Baku. Rashad Suleymanli – APA.": a reporter signed with the agency.
const AGENCY_AFTER_REPORTER =
  /^(?:by\s+|[A-Z][a-z]+\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+[-–—]\s+([A-Z][A-Za-z]{1,20})\s*[:.]/u;

// Agencies that sign datelines with a short form a reader would not search for: "(MNA)" is Mehr News Agency.
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  AA: 'Anadolu Agency',
  MNA: 'Mehr News Agency',
  FNA: 'Fars News Agency',
  Tasnim: 'Tasnim News Agency',
};

// "Baku, March 12, AZERTAC": a dateline line closed by the agency's name.
const AGENCY_CLOSING_DATELINE = /^[A-Z][A-Za-z .'-]{1,30},\s*[A-Z][a-z]{2,8}\.? \d{1,2},\s*([A-Z]{3,10})\s*$/;

// "Tehran, IRNA –", "Baku, APA -": an upper-case agency after the dateline city.
const AGENCY_AFTER_COMMA = /^[A-Z][A-Za-z .'-]{1,30},\s*([A-Z]{2,10})\s*[-–—]/;
// "MOSCOW, March 14. /TASS/.": the agency between slashes.
const AGENCY_IN_SLASHES = /^[A-Z][^/\n]{1,40}\/([A-Z][A-Za-z-]{1,15})\/\.?/;

// "—AA", "(Reuters)", "-- AFP": an agency signing off the story on a line of its own.
const SIGN_OFF =
  /^[-–—(\s]*\(?(AFP|Reuters|AP|Xinhua|IRNA|TASS|PTI|APP|AA|WAM|SPA|KUNA|QNA|ONA|IANS|ANI|APA|AZERTAC|Anadolu|Sputnik|Interfax|Yonhap|Kyodo|Bernama|Antara)\)?\.?$/;

// "Published in Dawn, March 8th, 2023": the outlet names itself at the foot of the story.
const PUBLISHED_IN = /^(?:first |originally )?published in (?:the )?([A-Z][\w.&'’ -]{1,40}?)(?:,|\s+on\b|$)/i;

// Cheap cues without which no outlet or credit pattern can match a line.
const CREDIT_CUE = /[©(:\-–—]|accessed|portal|website|copyright|published in|^\s*[A-Z]{2,}\s*$/i;

function findOutlet(all: string[]): string | null {
  const agency = datelineAgency(all);
  if (agency !== null) return agency;
  const lines = all.filter((l) => l.length <= MAX_CREDIT_LINE && CREDIT_CUE.test(l));
  for (const re of OUTLET_LINES) {
    for (const line of lines) {
      const m = re.exec(line.trim());
      const name = m?.[1];
      if (name !== undefined && name.trim().length > 1) return name.trim();
    }
  }
  return null;
}

// The publisher named by its own "website can be accessed" line, an agency in a dateline and a
// credited source are facts of the story; a copyright holder or a portal in a reprint ban is not.
function findCredits(lines: string[]): string[] {
  const agency = datelineAgency(lines);
  const credits: string[] = agency === null ? [] : [agency];
  lines.forEach((raw, i) => {
    if (raw.length > MAX_CREDIT_LINE || !CREDIT_CUE.test(raw)) return;
    const line = raw.trim();
    const web = OUTLET_LINES[0]?.exec(line) ?? PUBLISHED_IN.exec(line);
    if (web?.[1] !== undefined) credits.push(web[1].trim());
    const signOff = SIGN_OFF.exec(line);
    if (signOff?.[1] !== undefined) credits.push(AGENCY_NAMES[signOff[1]] ?? signOff[1]);
    const source =
      line
        .split(/\s+\|\s+|\|/)
        .map((seg) => SOURCE_LABEL.exec(seg.trim()))
        .find((m) => m !== null) ?? null;
    if (source === null) return;
    const value =
      (source[1] ?? '').trim() || (lines.slice(i + 1).find((l) => l.trim().length > 0) ?? '').trim();
    for (const part of value.split(/\s*[,;/|]\s*|\s+and\s+/))
      if (isCreditName(part)) credits.push(part.trim());
  });
  return unique(credits);
}

// "AFP", "Reuters", "Tasnim News Agency": short, capitalised, no sentence punctuation.
function isCreditName(s: string): boolean {
  const t = s.trim();
  return t.length > 1 && t.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(t) && !/[.!?:\d]/.test(t);
}

function datelineOrder(text: string, options: MetadataOptions): SlashOrder {
  const place = findDatelinePlace(text)?.toLowerCase() ?? '';
  return options.monthFirstPlaces.has(place) ? 'month-first' : DEFAULT_ABSOLUTE_DATE_OPTIONS.slashOrder;
}

function findDatelinePlace(body: string): string | null {
  const lines = body
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .slice(0, LEAD_LINES + 2);
  for (const line of lines) {
    const m =
      DATELINE_CAPS.exec(line.trim()) ??
      DATELINE_TITLE.exec(line.trim()) ??
      DATELINE_DATED.exec(line.trim()) ??
      DATELINE_DOT.exec(line.trim());
    const city = m?.[1]?.trim();
    if (city !== undefined && city.length >= 3) return titleCase(city);
  }
  // "DAILY SABAH WITH AA / ANKARA / JUL 29, 2020": the city alone on its line, under the byline.
  const bare = lines
    .map((l) => BARE_CITY_LINE.exec(l.trim())?.[1])
    .find((c) => c !== undefined && !SECTION_LINE.test(c));
  return bare === undefined ? null : titleCase(bare);
}

// An upper-case line of one to three words, perhaps closed by a dash or colon: a dateline standing alone.
const BARE_CITY_LINE = /^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+){0,2})\s*[-–—:]?$/;
// Upper-case section labels and menu words that stand alone on a line like a dateline city.
const SECTION_LINE =
  /^(?:NEWS|WORLD|POLITICS|BUSINESS|ECONOMY|OPINION|ANALYSIS|SPORTS?|REGION|REGIONAL|LOCAL|NATIONAL|INTERNATIONAL|DEFEN[CS]E|MILITARY|SECURITY|DIPLOMACY|FEATURED|LATEST|TOP STORIES|BREAKING(?: NEWS)?|EXCLUSIVE|VIDEOS?|PHOTOS?|HOME|CULTURE|SOCIETY|TECH|SCIENCE|HEALTH|ENERGY|MENU|SEARCH|SHARE|ADVERTISEMENT|MIDDLE EAST|EUROPE|ASIA|AFRICA|AMERICAS|CAUCASUS|CENTRAL ASIA)$/;

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
