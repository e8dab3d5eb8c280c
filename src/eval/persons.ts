/**
 * Matching predicted people to gold people in one article, and scoring their roles.
 */
import type { PersonFact, RoleFact } from '../shared/types.ts';
import type { GoldPerson, GoldRole } from './gold.ts';
import { countMatching, matchGreedy, type Counts, type Matching } from './metrics.ts';
import { normaliseName, normaliseTerm } from './normalise.ts';

/** Gold name and mentions, normalised: what a prediction may be called to count as this person. */
function goldForms(person: GoldPerson): Set<string> {
  return new Set([person.name, ...person.mentions].map(normaliseName));
}

/**
 * A prediction matches a gold person when its name (first pass) or one of its aliases (second
 * pass) equals the gold name or a gold mention after normalisation. Names first, so that an alias
 * shared by two people ("Aliyef") cannot steal the match from the person who is really called so.
 */
export function matchPersons(
  gold: readonly GoldPerson[],
  predicted: readonly PersonFact[],
): Matching<GoldPerson, PersonFact> {
  const forms = new Map(gold.map((g) => [g, goldForms(g)]));
  const byName = (g: GoldPerson, p: PersonFact): boolean => forms.get(g)?.has(normaliseName(p.name)) ?? false;
  const byAlias = (g: GoldPerson, p: PersonFact): boolean =>
    p.aliases.some((a) => forms.get(g)?.has(normaliseName(a)));
  return matchGreedy(gold, predicted, [byName, byAlias]);
}

/**
 * Gold title null means the text gives no office: then only country and rank are compared. Gold
 * roles have no organization field, so an office of a body may be written whole in the gold title
 * ("Head of Turkmen Railways") and predicted as title + organization ("Head", "Turkmen Railways").
 */
function roleMatches(gold: GoldRole, predicted: RoleFact): boolean {
  if (normaliseTerm(gold.country) !== normaliseTerm(predicted.country)) return false;
  if (normaliseTerm(gold.rank) !== normaliseTerm(predicted.rank)) return false;
  if (gold.title === null) return true;
  const title = normaliseTerm(gold.title);
  const withBody = predicted.organization ? `${predicted.title ?? ''} of ${predicted.organization}` : null;
  return title === normaliseTerm(predicted.title) || title === normaliseTerm(withBody);
}

/** "Hatem Soliman: Commander of the Navy / Egypt / Vice Admiral" */
function describeRole(
  person: string,
  role: { title: string | null; country: string | null; rank: string | null },
): string {
  return `${person}: ${[role.title ?? '-', role.country ?? '-', role.rank ?? '-'].join(' / ')}`;
}

/** Role counts over matched people only (a missed person's roles are already counted as a missed person). */
export function scoreRoles(pairs: readonly [GoldPerson, PersonFact][]): {
  counts: Counts;
  missed: string[];
  extra: string[];
} {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const missed: string[] = [];
  const extra: string[] = [];
  for (const [gold, predicted] of pairs) {
    const matching = matchGreedy(gold.roles, predicted.roles, [roleMatches]);
    const found = countMatching(matching);
    counts.tp += found.tp;
    counts.fp += found.fp;
    counts.fn += found.fn;
    missed.push(...matching.missed.map((r) => describeRole(gold.name, r)));
    extra.push(...matching.extra.map((r) => describeRole(gold.name, r)));
  }
  return { counts, missed, extra };
}

/** True when a predicted person is one of the page-chrome people ("Obama" counts for "Barack Obama"). */
export function isBoilerplate(person: PersonFact, boilerplate: readonly string[]): boolean {
  const names = new Set([person.name, ...person.aliases].map(normaliseName));
  return boilerplate.some((b) => {
    const full = normaliseName(b);
    return names.has(full) || names.has(full.split(' ').at(-1) ?? full);
  });
}
