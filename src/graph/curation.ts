/**
 * Manual curation for what the resolver gets wrong: merge two people, split a spelling off into its
 * own person, rename. Each command is one transaction and leaves a record (Redirect, SplitRule)
 * that later imports respect (see curation-rules.ts).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.ts';
import { slug } from './ids.ts';
import { text, texts } from './values.ts';

/** A curation command that cannot run as asked; the message says why and what to do. */
export class CurationError extends Error {
  /** Stable id for callers and tests. */
  readonly id: 'not_found' | 'same_person' | 'not_an_alias' | 'is_the_name';

  constructor(id: CurationError['id'], message: string) {
    super(message);
    this.id = id;
  }
}

/** A person's name and spellings. */
export interface PersonNames {
  id: string;
  name: string;
  aliases: string[];
}

async function person(tx: ManagedTransaction, id: string): Promise<PersonNames> {
  const record = (await tx.run(cypher('curation/person'), { id })).records[0];
  if (!record)
    throw new CurationError(
      'not_found',
      `No person with id "${id}"; find ids with: npm run query -- person --name <name>`,
    );
  return {
    id: text(record.get('id')),
    name: text(record.get('name')),
    aliases: texts(record.get('aliases')),
  };
}

const MERGE_STEPS = ['merge-mentions', 'merge-holds', 'merge-events', 'merge-met', 'merge-finish'] as const;

/** Merges person `drop` into `keep`: facts move, spellings become aliases, a Redirect remembers it. */
export async function mergePersons(driver: Driver, keep: string, drop: string): Promise<PersonNames> {
  if (keep === drop)
    throw new CurationError('same_person', `Both ids are "${keep}"; give two different people.`);
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      await person(tx, keep);
      await person(tx, drop);
      for (const step of MERGE_STEPS) await tx.run(cypher(`curation/${step}`), { keep, drop });
      return person(tx, keep);
    });
  } finally {
    await session.close();
  }
}

/** What a split did: the new person, and the article files to re-import so their facts move. */
export interface SplitResult {
  person: PersonNames;
  files: string[];
}

/** Splits the spelling `alias` off person `from` into its own person (id from the spelling). */
export async function splitPerson(driver: Driver, from: string, alias: string): Promise<SplitResult> {
  const into = `person:${slug(alias)}`;
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const original = await person(tx, from);
      const lower = alias.toLowerCase();
      if (original.name.toLowerCase() === lower) {
        throw new CurationError(
          'is_the_name',
          `"${alias}" is the name of ${from}; rename it first, then split the old name off.`,
        );
      }
      if (!original.aliases.some((a) => a.toLowerCase() === lower)) {
        throw new CurationError(
          'not_an_alias',
          `"${alias}" is not a spelling of ${from} (${original.aliases.join(', ')}).`,
        );
      }
      const ruleId = `split:${from}|${lower}`;
      const record = (await tx.run(cypher('curation/split'), { from, into, alias, ruleId })).records[0];
      return { person: await person(tx, into), files: texts(record?.get('files')) };
    });
  } finally {
    await session.close();
  }
}

/** Renames a person; the old name stays an alias, and later imports keep the new name. */
export async function renamePerson(driver: Driver, id: string, name: string): Promise<PersonNames> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      await person(tx, id);
      await tx.run(cypher('curation/rename'), { id, name });
      return person(tx, id);
    });
  } finally {
    await session.close();
  }
}
