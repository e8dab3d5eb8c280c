/** A person's posts over time, one row per role and reporting article. */
import type { Driver } from 'neo4j-driver';
import { text, textOrNull } from '../values.ts';
import { readRecords } from './read.ts';

/** One post held, as one article reports it. */
export interface RoleRow {
  roleId: string;
  role: string;
  title: string | null;
  ofId: string | null;
  of: string | null;
  ofLabel: string | null;
  rank: string | null;
  asOf: string | null;
  articleId: string | null;
  articleTitle: string | null;
  evidence: string | null;
}

/** A person's posts over time, oldest first. */
export async function rolesOf(driver: Driver, person: string): Promise<RoleRow[]> {
  return (await readRecords(driver, 'roles-of', { person })).map((r) => ({
    roleId: text(r.get('roleId')),
    role: text(r.get('role')),
    title: textOrNull(r.get('title')),
    ofId: textOrNull(r.get('ofId')),
    of: textOrNull(r.get('of')),
    ofLabel: textOrNull(r.get('ofLabel')),
    rank: textOrNull(r.get('rank')),
    asOf: textOrNull(r.get('asOf')),
    articleId: textOrNull(r.get('articleId')),
    articleTitle: textOrNull(r.get('articleTitle')),
    evidence: textOrNull(r.get('evidence')),
  }));
}
