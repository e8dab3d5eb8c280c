/**
 * Regex helpers for the stages. `String.prototype.matchAll` clones its pattern on every call; the
 * stages run their patterns over every sentence, so the clones were a measurable share of a run.
 */

/** Every match of a global pattern in `text`, as `[...text.matchAll(pattern)]` gives them. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, got ${String(pattern)}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

// A surrogate pair is one character for a unicode pattern.
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.codePointAt(at) ?? 0;
  return at + (code > 0xffff ? 2 : 1);
}
