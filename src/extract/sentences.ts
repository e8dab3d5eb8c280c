/**
 * Sentence splitting with character offsets into the given text. A line break always ends a
 * sentence (titles, captions and datelines carry no final stop); inside a line a sentence ends
 * at `.`, `!` or `?` (plus closing quotes) followed by a capital, digit or opening quote,
 * except after abbreviations such as "Gen." or initials such as "U.S." and "A.".
 */

/** One sentence: its index, offsets into the text (`text.slice(start, end)`) and its text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// Titles, ranks and month forms that take a stop but do not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj brig capt adm cmdr cdr sgt cpl pvt gov sen rep amb ambs pres vice st mt ' +
    'no nos vol jan feb mar apr jun jul aug sep sept oct nov dec jr sr inc ltd co corp dept est approx fig vs ' +
    'sheikh hon rev messrs gens lieut supt insp'
  ).split(' '),
);

// A candidate end: stops, then closing quotes or brackets, then space, then something that can open a sentence.
const END = /[.!?]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu;

/** Splits text into sentences; whitespace-only stretches produce none. Fast: one regex pass per line. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    splitLine(text, lineStart, lineEnd, sentences);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(line); m !== null; m = END.exec(line)) {
    if (m[0].startsWith('.') && isAbbreviation(line, m.index)) continue;
    push(text, from + start, from + m.index + m[0].length, out);
    start = m.index + m[0].length;
  }
  push(text, from + start, to, out);
}

// The word before the stop: "Gen." / "Lt." are titles, "U.S." and "A." are initials.
function isAbbreviation(line: string, stopAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, stopAt - 12), stopAt));
  if (before === null) return false;
  const word = before[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}
