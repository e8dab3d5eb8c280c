/**
 * Factories for hand-built article facts, so graph tests do not depend on the extractor.
 * Sentences are our own, in the genre of the seeds (officials of other countries meeting).
 *
 * ```ts
 * const a = articleFacts({ id: 'article:a', persons: [person('Kemal Demir')], events: [meeting(...)] });
 * ```
 */
import type { ArticleFacts, EventFact, PersonFact, RoleFact } from '../../src/shared/types.ts';
import type { Extractor } from '../../src/graph/import-types.ts';

/** Slug id the way the resolver writes them ("person:kemal-demir"). */
export function personId(name: string): string {
  return `person:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** A person with an id from the name, optional extra spellings and roles. */
export function person(name: string, extra: Partial<PersonFact> = {}): PersonFact {
  return { id: personId(name), name, aliases: [name], roles: [], ...extra };
}

/** A role fact; title, country and rank default to null. */
export function role(fields: Partial<RoleFact>): RoleFact {
  return { title: null, country: null, organization: null, rank: null, ...fields };
}

/** A held meeting of the given people (names), on a date, in a place. */
export function meeting(
  names: string[],
  date: string | null,
  place: string | null,
  evidence: string,
): EventFact {
  return {
    id: `e-${names.join('-')}-${date ?? ''}`,
    type: 'meeting',
    participants: names.map(personId),
    unnamed: [],
    date,
    place,
    planned: false,
    evidence,
  };
}

/** An article's facts with sensible empty defaults; `text` defaults to the evidence sentences joined. */
export function articleFacts(fields: Partial<ArticleFacts> & { id: string }): ArticleFacts {
  const base: ArticleFacts = {
    file: `${fields.id}.txt`,
    title: `Title of ${fields.id}`,
    outlet: null,
    published: null,
    persons: [],
    countries: [],
    places: [],
    organizations: [],
    topics: [],
    events: [],
    ...fields,
  };
  const sentences = base.events.map((e) => e.evidence).join(' ');
  return { ...base, text: fields.text ?? (sentences || `Text of ${fields.id}.`) };
}

const CODES: Record<string, string> = {
  Turkey: 'TR',
  Pakistan: 'PK',
  Kazakhstan: 'KZ',
  Uzbekistan: 'UZ',
  Oman: 'OM',
  Qatar: 'QA',
};

/**
 * A stand-in extraction for facts-only tests: ids are kept as the factory made them, and a
 * known person with the same normalised name keeps its graph id (what the real resolver does
 * for identical spellings).
 */
export const factsExtractor: Pick<Extractor, 'resolve' | 'countryCode'> = {
  countryCode: (name) => CODES[name] ?? null,
  resolve: (articles, known) =>
    articles.map((a) => {
      const byName = new Map(
        known.flatMap((k) => [k.name, ...k.aliases].map((n) => [n.toLowerCase(), k.id])),
      );
      const ids = new Map(a.persons.map((p) => [p.id, byName.get(p.name.toLowerCase()) ?? p.id]));
      return {
        ...a,
        persons: a.persons.map((p) => ({ ...p, id: ids.get(p.id) ?? p.id })),
        events: a.events.map((e) => ({ ...e, participants: e.participants.map((id) => ids.get(id) ?? id) })),
      };
    }),
};
