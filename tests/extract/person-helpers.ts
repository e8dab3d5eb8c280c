/** Runs the person stages on a short text with the real model, for the person, role and coref tests. */
import { linkSurnames, resolveReferences } from '../../src/extract/coref.ts';
import { loadModel } from '../../src/extract/model/index.ts';
import { findNames, type PersonMention } from '../../src/extract/persons.ts';
import { findRoles, type RolesByPerson } from '../../src/extract/roles.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { tokenizeSentences } from '../../src/extract/tokens.ts';
import type { RoleFact } from '../../src/shared/types.ts';

/** The default model, shared by the tests. */
export const model = loadModel();

/** Names, roles and all mentions the person stages find in `text`. */
export function runPersonStages(
  text: string,
  homeCountry: string | null = null,
): { roles: RolesByPerson; mentions: PersonMention[]; names: string[] } {
  const sentences = tokenizeSentences(splitSentences(text));
  const names = findNames(sentences, model);
  const linked = linkSurnames(sentences, names, model);
  const roles = findRoles({ sentences, names: linked.names, mentions: linked.mentions, homeCountry }, model);
  const mentions = resolveReferences({ sentences, mentions: linked.mentions, roles, homeCountry }, model);
  return { roles, mentions, names: [...new Set(linked.names.map((n) => n.person))] };
}

/** The parts of a role the role tests compare. */
export type Expected = Pick<RoleFact, 'title' | 'country' | 'rank'>;

/** Title, country and rank of each role `person` holds in `text` (dateline country `home`). */
export const rolesOf = (text: string, person: string, home: string | null = null): Expected[] =>
  (runPersonStages(text, home).roles.get(person) ?? []).map(({ title, country, rank }) => ({
    title,
    country,
    rank,
  }));
