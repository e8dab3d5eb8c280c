/**
 * Counterparts named later. A lead often reads "Iran's Foreign Minister X and his Turkish counterpart
 * have discussed ..." and gives the name only further down ("In a phone call on Sunday, X and Y
 * exchanged views"). The counterpart phrase then names nobody; this step hands its office (the
 * subject's, in the demonym's country) to the first person named later beside the subject who has
 * no office of their own.
 */
import { countryFromWord } from './geo.ts';
import type { NameMention, PersonMention } from './persons.ts';
import type { TitleModel } from './titles.ts';
import { tokenCountry, type Token, type TokenizedSentence } from './tokens.ts';

/** What the step reads: the role stage's sentences, names and mentions. */
export interface LateCounterpartContext {
  sentences: readonly TokenizedSentence[];
  names: readonly NameMention[];
  mentions: readonly PersonMention[];
}

/** An office given to a person by an earlier unnamed counterpart phrase. */
export interface LateCounterpart {
  name: NameMention;
  title: string;
  country: string;
  /** The sentence of the counterpart phrase. */
  evidence: string;
}

/** What the role stage already knows of each person. */
export interface KnownOffices {
  /** The person's own office title, or null. */
  titleOf(person: string): string | null;
  /** The country the article already gives the person, or null. */
  countryOf(person: string): string | null;
}

/** Offices of unnamed counterparts, given to the people named later beside their subjects. */
export function lateCounterparts(
  ctx: LateCounterpartContext,
  known: KnownOffices,
  model: TitleModel,
): LateCounterpart[] {
  const out: LateCounterpart[] = [];
  for (const s of ctx.sentences) {
    if (!s.text.includes('counterpart')) continue;
    s.tokens.forEach((t, i) => {
      if (t.lower !== 'counterpart' || t.possessive || !namesNobody(s.tokens[i + 1])) return;
      const country = demonymBefore(s.tokens, i, model);
      const subject = subjectBefore(t.start, ctx.mentions);
      const title = subject === null ? null : known.titleOf(subject);
      if (country === null || subject === null || title === null) return;
      const taken = new Set(out.map((c) => c.name.person));
      const name = ctx.names.find(
        (n) =>
          n.start > t.start &&
          n.person !== subject &&
          !taken.has(n.person) &&
          known.titleOf(n.person) === null &&
          (known.countryOf(n.person) ?? country) === country &&
          ctx.mentions.some((m) => m.sentence === n.sentence && m.person === subject),
      );
      if (name !== undefined) out.push({ name, title, country, evidence: s.text });
    });
  }
  return out;
}

// "his Turkish counterpart have discussed", "... with his Iraqi counterpart.": no name follows.
// A comma may open an apposition with the name, so it does not count as naming nobody.
function namesNobody(next: Token | undefined): boolean {
  return next === undefined || (next.word && !next.cap) || next.text === '.' || next.text === ';';
}

// "Turkish counterpart", "South Korean counterpart".
function demonymBefore(tokens: readonly Token[], i: number, model: TitleModel): string | null {
  const one = tokens[i - 1];
  const two = tokens[i - 2];
  if (one === undefined) return null;
  if (two?.cap === true && one.cap) {
    const pair = countryFromWord(`${two.text} ${one.text}`, model.geo);
    if (pair !== null) return pair.name;
  }
  return tokenCountry(one, model.geo)?.name ?? null;
}

// Whom "his" refers to: the person named last before the phrase.
function subjectBefore(at: number, mentions: readonly PersonMention[]): string | null {
  let subject: PersonMention | null = null;
  for (const m of mentions) if (m.person !== null && m.start < at) subject = m;
  return subject?.person ?? null;
}
