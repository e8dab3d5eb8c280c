/**
 * Acronyms an article spells out for bodies an office may belong to: "Pakistan Tehreek-e-Insaf
 * (PTI) ... PTI Chairman X" makes X the chairman of Pakistan Tehreek-e-Insaf, the name the
 * reference writes in the title.
 */
import type { Token, TokenizedSentence } from './tokens.ts';

const ACRONYM = /^[A-Z][A-Za-z-]{1,6}$/;
const CONNECTORS = new Set(['of', 'for', 'and', 'the']);
const MAX_NAME_TOKENS = 7;

/** Acronym -> the capitalised name written right before it in brackets, over the whole article. */
export function spelledOutAcronyms(sentences: readonly TokenizedSentence[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sentences) {
    const tokens = s.tokens;
    tokens.forEach((t, i) => {
      if (t.text !== '(' || tokens[i + 2]?.text !== ')') return;
      const acronym = tokens[i + 1]?.text ?? '';
      // "PTI", "JeM", "PML-N": two capitals at least.
      if (!ACRONYM.test(acronym) || (acronym.match(/[A-Z]/g)?.length ?? 0) < 2) return;
      const name = nameBefore(tokens, i);
      if (name !== null && initialsFit(name, acronym) && !out.has(acronym)) out.set(acronym, name);
    });
  }
  return out;
}

// "Pakistan Tehreek-e-Insaf (PTI)" starts alike; "Nationalist Movement Party (MHP)", from the
// Turkish name, still shares two initials.
function initialsFit(name: string, acronym: string): boolean {
  if (name[0] === acronym[0]) return true;
  const initials = new Set(name.split(' ').map((w) => w[0]));
  return [...acronym].filter((c) => /[A-Z]/.test(c) && initials.has(c)).length >= 2;
}

// "the Nationalist Movement Party (MHP)": capitalised words, and small connectors between them, before the bracket.
function nameBefore(tokens: readonly Token[], bracket: number): string | null {
  let k = bracket - 1;
  while (k >= 0 && bracket - k <= MAX_NAME_TOKENS) {
    const t = tokens[k] as Token;
    const inner = CONNECTORS.has(t.lower) && tokens[k - 1]?.cap === true && t.lower !== 'the';
    if (!(t.cap || inner) || t.possessive) break;
    k -= 1;
  }
  const words = tokens.slice(k + 1, bracket);
  if (words[0]?.lower === 'the') words.shift();
  return words.length >= 2 ? words.map((t) => t.text).join(' ') : null;
}
