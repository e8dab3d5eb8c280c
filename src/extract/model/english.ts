/**
 * Common English words, from the lexicon of `wink-eng-lite-web-model` (about 87,000 entries).
 * A capitalised run made only of such words ("Peace Endeavor", "Olive Branch") is a name only
 * when the context says so; transliterated names ("Dehqan", "Hasanov") are not in it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LETTERS = /^[a-z]+$/;

let memo: ReadonlySet<string> | null = null;

/** Lower-case alphabetic words of the wink English lexicon, built once (about 0.15 s). */
export function loadEnglishWords(): ReadonlySet<string> {
  memo ??= new Set(
    Object.keys(lexemeHash(require('wink-eng-lite-web-model'))).filter((w) => LETTERS.test(w)),
  );
  return memo;
}

// The model's types declare its internals `unknown`; walk them with checks instead of casts.
function lexemeHash(model: unknown): object {
  const core = field(model, 'core');
  const built: unknown = typeof core === 'function' ? core() : null;
  const hash = field(field(field(built, 'features'), 'lexeme'), 'hash');
  if (typeof hash !== 'object' || hash === null)
    throw new Error('wink-eng-lite-web-model: lexicon not found; check the package version');
  return hash;
}

function field(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}
