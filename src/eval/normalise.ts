/**
 * Text normalisation used when comparing predictions with gold facts: case, diacritics,
 * hyphens and British spellings must not decide whether a fact is right.
 */

/** "Mohammad-Reza Ashtiani" and "mohammad reza ashtiani" compare equal; "Şahin" equals "Sahin". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/[’'`.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Spelling and abbreviation variants of titles and ranks that mean the same thing.
const VARIANTS: [RegExp, string][] = [
  [/\bdefence\b/g, 'defense'],
  [/\blt\b/g, 'lieutenant'],
  [/\bgen\b/g, 'general'],
  [/\bmaj\b/g, 'major'],
  [/\bbrig\b/g, 'brigadier'],
  [/\bcol\b/g, 'colonel'],
  [/\badm\b/g, 'admiral'],
  // "Chief of Naval Staff" and "Chief of the Naval Staff" are one office.
  [/\bthe\b/g, ''],
];

/** Normalises an office title or rank ("Lt. Gen." = "Lieutenant General"); null stays null. */
export function normaliseTerm(term: string | null | undefined): string | null {
  if (term === null || term === undefined) return null;
  let text = normaliseName(term);
  for (const [pattern, replacement] of VARIANTS) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
