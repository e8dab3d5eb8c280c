/**
 * Transliteration-aware name matching. News spells the same Persian, Arabic or Turkic name many
 * ways (Aliyev/Aliyef, Elham/Ilham, Dehqan/Dehghan, Raeisi/Raisi, Rouhani/Rohani), so two names
 * are compared word by word on a phonetic skeleton, then on closeness of the spellings.
 *
 * The rule, for one word:
 *  1. fold: strip diacritics, lower-case, drop hyphens and apostrophes ("Mohammad-Reza" -> "mohammadreza");
 *  2. map letters that transliterations swap: gh/q/k/c -> q, kh -> h, zh/dj -> j, ph/v/w/f -> f, y -> i, ou/oo -> u,
 *     "ow" before a consonant -> u ("Rowhani"), a final d -> t ("Davit"/"David", "Ahmet"/"Ahmed"),
 *     then collapse doubled letters ("Hassan" -> "hasan");
 *  3. skeleton: every run of vowels becomes "a", and g, h and q become one letter: Russian writes G
 *     for the Turkic and Persian H ("Gasanov" = "Hasanov", "Ragimov" = "Rahimov") and Georgian
 *     Gh may lose its h ("Garibashvili" = "Gharibashvili").
 * Two words match when their skeletons are equal AND the mapped spellings (step 2) differ by at
 * most one edit per three letters, so "Hasani" and "Hosseini" (same skeleton, three edits) stay
 * apart while "Raeisi"/"Raisi" (one edit) join.
 * Two full names match when the surnames (last words) match and so do the given names (first
 * words); middle names are ignored ("Ali Akbar Velayati" = "Ali Velayati"). A shorter name may also
 * drop a leading given name the longer one has ("Javad Zarif" = "Mohammad Javad Zarif", "Reza
 * Ashtiani" = "Mohammad-Reza Ashtiani"): its one given name must be one of the longer name's.
 * Different given names with one surname (Farid Aliyef, Ilham Aliyef) are different people.
 * A compound surname may be written hyphenated or not ("Amir-Abdollahian" = "Amir Abdollahian"),
 * and hyphenated given names compare part by part ("Ali-Akbar" = "Ali Akbar").
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
    // Letters no decomposition reaches: Azerbaijani schwa ("Əliyev"), Turkish dotless i ("Yıldırım").
    .replace(/ə/g, 'a')
    .replace(/ı/g, 'i')
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/zh|dj/g, 'j')
    .replace(/gh|[kc]/g, 'q')
    .replace(/ow(?=[^aeiou])/g, 'u')
    .replace(/ph|[vw]/g, 'f')
    .replace(/y/g, 'i')
    .replace(/ou|oo/g, 'u')
    .replace(/d$/, 't')
    .replace(/(.)\1+/g, '$1');
}

/** Step 3 of the rule: vowel runs collapsed, g/h/q folded. */
export function skeleton(mapped: string): string {
  return mapped.replace(/[aeiou]+/g, 'a').replace(/[ghq]+/g, 'q');
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

/**
 * The spellings a name's surname may take: as written, joined with the word before it ("Hossein
 * Amir Abdollahian" -> "AmirAbdollahian"), and the last part of a hyphenated one ("Amir-Abdollahian"
 * -> "Abdollahian"; not "Al-Sabah", whose first part is a particle).
 */
export function surnameForms(key: NameKey): string[] {
  const forms = [key.surname];
  const before = key.givens !== undefined && key.givens.length > 1 ? key.givens.at(-1) : undefined;
  if (before !== undefined) forms.push(before + key.surname);
  const parts = key.surname.split('-');
  if (parts.length > 1 && !PARTICLES.has((parts[0] ?? '').toLowerCase()))
    forms.push(parts.at(-1) ?? key.surname);
  return forms;
}

/** True when two surnames (in any of their `surnameForms`) are one. */
export function sameSurname(a: NameKey, b: NameKey): boolean {
  if (sameWord(a.surname, b.surname)) return true;
  const other = surnameForms(b);
  return surnameForms(a).some((x) => other.some((y) => sameWord(x, y)));
}

/** True when two full names (both with a given name) name the same person under the rule above. */
export function sameFullName(a: NameKey, b: NameKey): boolean {
  if (a.given === null || b.given === null || !sameSurname(a, b)) return false;
  if (sameWord(a.given, b.given)) return true;
  const aGivens = a.givens ?? [a.given];
  const bGivens = b.givens ?? [b.given];
  // "Ali-Akbar Ahmadian" = "Ali Akbar Ahmadian": the same given names, hyphenated or not.
  if (aGivens.length === bGivens.length && aGivens.every((g, i) => sameWord(g, bGivens[i] ?? '')))
    return true;
  const [short, long] = aGivens.length <= bGivens.length ? [aGivens, bGivens] : [bGivens, aGivens];
  return short.length === 1 && long.some((g) => sameWord(g, short[0] ?? ''));
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
