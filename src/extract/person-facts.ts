/**
 * Assembles the article's PersonFacts from the mentions and roles: one fact per named person,
 * with every surface form as an alias. People only referred to ("his Lebanese counterpart")
 * get no fact; they stay unnamed participants of events.
 */
import type { PersonFact, RoleFact } from '../shared/types.ts';
import type { PersonMention } from './persons.ts';
import { slugify } from '../shared/slug.ts';

/** Stable person id from a canonical name: "person:" + slug ("person:mohammad-reza-ashtiani"). */
export function personId(name: string): string {
  return `person:${slugify(name)}`;
}

/** One PersonFact per person key that has a name or surname mention, in order of first mention. */
export function assemblePersons(
  mentions: readonly PersonMention[],
  roles: ReadonlyMap<string, RoleFact[]>,
): PersonFact[] {
  const facts = new Map<string, PersonFact>();
  for (const m of mentions) {
    if (m.person === null || (m.kind !== 'name' && m.kind !== 'surname')) continue;
    const fact = facts.get(m.person) ?? {
      id: personId(m.person),
      name: m.person,
      aliases: [],
      roles: roles.get(m.person) ?? [],
    };
    if (m.surface !== m.person && !fact.aliases.includes(m.surface)) fact.aliases.push(m.surface);
    facts.set(m.person, fact);
  }
  return [...facts.values()];
}
