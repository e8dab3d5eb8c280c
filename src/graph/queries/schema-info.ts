/** Labels, relationship types and property keys present in the database (console completion, schema panel). */
import type { Driver } from 'neo4j-driver';
import { texts } from '../values.ts';
import { readRecords } from './read.ts';

/** Labels, relationship types and property keys present in the database. */
export interface SchemaInfo {
  labels: string[];
  types: string[];
  keys: string[];
}

/** Labels, types and keys, each sorted. */
export async function schemaInfo(driver: Driver): Promise<SchemaInfo> {
  const record = (await readRecords(driver, 'schema-info', {}))[0];
  const list = (key: string) => texts(record?.get(key)).sort();
  return { labels: list('labels'), types: list('types'), keys: list('keys') };
}
