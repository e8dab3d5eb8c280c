/**
 * Manual curation that every later import respects: a merge redirects one person id to another,
 * a split sends one spelling of a person to a different person. Applied to resolved facts, after
 * the resolver and before writing, so the resolver never has to know about curation.
 */
import type { ArticleFacts, PersonFact } from '../shared/types.ts';

/** One recorded curation decision, as stored in the graph (Redirect / SplitRule nodes). */
export type CurationRule =
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'split'; from: string; into: string; alias: string };

/** Follows merge redirects to the surviving id (a chain a->b->c ends at c; a cycle stops). */
export function redirectTarget(id: string, rules: CurationRule[]): string {
  const merges = new Map(rules.filter((r) => r.kind === 'merge').map((r) => [r.from, r.into]));
  const seen = new Set<string>();
  let current = id;
  while (merges.has(current) && !seen.has(current)) {
    seen.add(current);
    current = merges.get(current) ?? current;
  }
  return current;
}

/**
 * A split moves an article's person to the split-off id when the article spells that person with
 * the split alias and with no other full name ("Ilham Aliyef" alone, not beside "Ilham Aliyev").
 */
function splitTarget(person: PersonFact, id: string, rules: CurationRule[]): string {
  const spellings = new Set(person.aliases.map((s) => s.toLowerCase()));
  const rule = rules.find((r) => r.kind === 'split' && r.from === id && spellings.has(r.alias.toLowerCase()));
  if (!rule || rule.kind !== 'split') return id;
  const alias = rule.alias.toLowerCase();
  const otherFullNames = [...spellings].filter((s) => s !== alias && s.includes(' '));
  return otherFullNames.length === 0 ? rule.into : id;
}

function mergePersons(a: PersonFact, b: PersonFact): PersonFact {
  return {
    ...a,
    aliases: [...new Set([...a.aliases, b.name, ...b.aliases])],
    roles: [...a.roles, ...b.roles],
  };
}

/** Rewrites person ids in one article by the rules; two persons landing on one id become one. */
export function applyCuration(facts: ArticleFacts, rules: CurationRule[]): ArticleFacts {
  if (rules.length === 0) return facts;
  const idMap = new Map<string, string>();
  const persons = new Map<string, PersonFact>();
  for (const person of facts.persons) {
    const id = redirectTarget(splitTarget(person, person.id, rules), rules);
    idMap.set(person.id, id);
    const moved = { ...person, id };
    const existing = persons.get(id);
    persons.set(id, existing ? mergePersons(existing, moved) : moved);
  }
  const events = facts.events.map((e) => ({
    ...e,
    participants: [...new Set(e.participants.map((p) => idMap.get(p) ?? p))],
  }));
  return { ...facts, persons: [...persons.values()], events };
}
