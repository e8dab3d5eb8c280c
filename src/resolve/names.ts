/**
 * Transliteration-aware name matching. News spells the same Persian, Arabic or Turkic name many
 * ways (Aliyev/Aliyef, Elham/Ilham, Dehqan/Dehghan, Raeisi/Raisi, Rouhani/Rohani), so two names
 * are compared word by word on a phonetic skeleton, then on closeness of the spellings.
 *
 * The rule, for one word:
 *  1. fold: strip diacritics, lower-case, drop hyphens and apostrophes ("Mohammad-Reza" -> "mohammadreza");
 *  2. map letters that transliterations swap: gh/q/k/c -> q, kh -> h, zh/dj -> j, ph/v/w/f -> f, y -> i, ou/oo -> u,
 *     then collapse doubled letters ("Hassan" -> "hasan");
 *  3. skeleton: every run of vowels becomes "a" ("dehqan" -> "dahqan", "raeisi" -> "rasa").
 * Two words match when their skeletons are equal AND the mapped spellings (step 2) differ by at
 * most one edit per three letters, so "Hasani" and "Hosseini" (same skeleton, three edits) stay
 * apart while "Raeisi"/"Raisi" (one edit) join.
 * Two full names match when the surnames (last words) match and so do the given names (first
 * words); middle names are ignored ("Ali Akbar Velayati" = "Ali Velayati"). A shorter name may also
 * drop a leading given name the longer one has ("Javad Zarif" = "Mohammad Javad Zarif", "Reza
 * Ashtiani" = "Mohammad-Reza Ashtiani"): its one given name must be one of the longer name's.
 * Different given names with one surname (Farid Aliyef, Ilham Aliyef) are different people.
 */

/** A name split for matching: its given name(s) and its surname. */
export interface NameKey {
  given: string | null;
  surname: string;
  /** Every word before the surname, hyphenated parts split ("Mohammad-Reza" -> Mohammad, Reza). */
  givens?: string[];
}

const PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'ul',
  'van',
  'von',
  'der',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'abu',
  'ould',
]);
const HONORIFICS = new Set([
  'sheikh',
  'shaikh',
  'sheik',
  'prince',
  'sayyid',
  'sayyed',
  'seyed',
  'seyyed',
  'syed',
  'dr',
  'mr',
  'mrs',
  'ms',
]);

/** Step 1 and 2 of the rule: the transliteration-neutral spelling of one word. */
export function mapSpelling(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/zh|dj/g, 'j')
    .replace(/gh|[kc]/g, 'q')
    .replace(/ph|[vw]/g, 'f')
    .replace(/y/g, 'i')
    .replace(/ou|oo/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

/** Step 3 of the rule: vowel runs collapsed. */
export function skeleton(mapped: string): string {
  return mapped.replace(/[aeiou]+/g, 'a');
}

/** True when two words are spellings of one name under the rule above. */
export function sameWord(a: string, b: string): boolean {
  const ma = mapSpelling(a);
  const mb = mapSpelling(b);
  if (ma === mb) return true;
  if (skeleton(ma) !== skeleton(mb)) return false;
  return editDistance(ma, mb) <= Math.max(1, Math.floor(Math.min(ma.length, mb.length) / 3));
}

/** Given name and surname of a display name; honorifics and particles are not name words. */
export function nameKey(name: string): NameKey | null {
  const words = name
    .split(/\s+/)
    .filter(
      (w) =>
        w.length > 0 &&
        !PARTICLES.has(w.toLowerCase()) &&
        !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')),
    );
  const surname = words[words.length - 1];
  if (surname === undefined) return null;
  const givens = words.slice(0, -1).flatMap((w) => w.split('-'));
  return {
    given: words.length > 1 ? (words[0] ?? null) : null,
    surname,
    ...(givens.length > 1 ? { givens } : {}),
  };
}

/** True when two full names (both with a given name) name the same person under the rule above. */
export function sameFullName(a: NameKey, b: NameKey): boolean {
  if (a.given === null || b.given === null || !sameWord(a.surname, b.surname)) return false;
  if (sameWord(a.given, b.given)) return true;
  const [short, long] = (a.givens?.length ?? 1) <= (b.givens?.length ?? 1) ? [a, b] : [b, a];
  const shortGivens = short.givens ?? [short.given];
  return shortGivens.length === 1 && (long.givens ?? []).some((g) => sameWord(g, shortGivens[0] ?? ''));
}

/** Levenshtein distance (small strings; one row of memory). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost));
    }
    row = next;
  }
  return row[b.length] as number;
}
