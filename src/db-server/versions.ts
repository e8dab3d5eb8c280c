/**
 * The pinned Neo4j and Neo4j Browser versions, read from `neo4j/versions.env`, the one file that
 * docker compose (`--env-file neo4j/versions.env`) and the Maven download both use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder holding the Maven pom and versions.env. */
export const NEO4J_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));

/** Versions newsgraph runs. */
export interface Neo4jVersions {
  neo4j: string;
  browser: string;
}

/** Parses `KEY=VALUE` lines (comments and blanks ignored) into the pinned versions. */
export function parseVersions(text: string): Neo4jVersions {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('=', 2).map((part) => part.trim()));
  const values = new Map(entries.map(([key, value]) => [key, value]));
  const neo4j = values.get('NEO4J_VERSION');
  const browser = values.get('NEO4J_BROWSER_VERSION');
  if (!neo4j || !browser)
    throw new Error('neo4j/versions.env must set NEO4J_VERSION and NEO4J_BROWSER_VERSION');
  return { neo4j, browser };
}

/** The pinned versions from `neo4j/versions.env`. */
export function neo4jVersions(): Neo4jVersions {
  return parseVersions(readFileSync(`${NEO4J_DIR}versions.env`, 'utf8'));
}
