/**
 * The reads an import makes before writing: which hashes and article ids exist, the people the
 * resolver should join onto, and the curation rules to respect.
 */
import type { Driver } from 'neo4j-driver';
import type { CurationRule } from './curation-rules.ts';
import { cypher } from './cypher.ts';
import type { KnownPerson } from './import-types.ts';

async function read(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const result = await driver.executeQuery(cypher(name), params, { routing: 'READ' });
  return result.records.map((r) => r.toObject());
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Content hashes (of those given) already imported. */
export async function existingHashes(driver: Driver, hashes: string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  return (await read(driver, 'import/article-hashes', { hashes })).map((r) => str(r['hash']));
}

/** Article ids (of those given) already in the graph. */
export async function existingArticleIds(driver: Driver, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await read(driver, 'import/article-ids', { ids })).map((r) => str(r['id']));
}

/** Every person in the graph with name and aliases. */
export async function loadKnownPersons(driver: Driver): Promise<KnownPerson[]> {
  return (await read(driver, 'import/known-persons')).map((r) => ({
    id: str(r['id']),
    name: str(r['name']),
    aliases: strs(r['aliases']),
  }));
}

/** Every recorded merge and split. */
export async function loadCurationRules(driver: Driver): Promise<CurationRule[]> {
  return (await read(driver, 'import/curation-rules')).map((r): CurationRule => {
    const base = { from: str(r['from']), into: str(r['into']) };
    return r['kind'] === 'split'
      ? { kind: 'split', ...base, alias: str(r['alias']) }
      : { kind: 'merge', ...base };
  });
}
