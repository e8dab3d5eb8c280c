/**
 * The Cypher files under `cypher/`, loaded once and looked up by name
 * (`cypher('queries/who-met-whom')` reads `cypher/queries/who-met-whom.cypher`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the `.cypher` files. */
export const CYPHER_ROOT = fileURLToPath(new URL('../../cypher/', import.meta.url));

let loaded: Map<string, string> | undefined;

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

function loadAll(): Map<string, string> {
  const files = listCypherFiles(CYPHER_ROOT);
  return new Map(
    files.map((file) => [
      relative(CYPHER_ROOT, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, ''),
      readFileSync(file, 'utf8'),
    ]),
  );
}

/** The text of `cypher/<name>.cypher`; throws naming the known files when there is none. */
export function cypher(name: string): string {
  loaded ??= loadAll();
  const text = loaded.get(name);
  if (text === undefined) {
    throw new Error(`No cypher/${name}.cypher (known: ${[...loaded.keys()].sort().join(', ')})`);
  }
  return text;
}

/** Names of every loaded Cypher file, sorted. */
export function cypherNames(): string[] {
  loaded ??= loadAll();
  return [...loaded.keys()].sort();
}

/**
 * Splits a multi-statement file (like schema.cypher) into statements: `//` comment lines are
 * dropped and a `;` at the end of a line ends a statement. Query files hold one statement each.
 */
export function splitStatements(text: string): string[] {
  const lines = text.split('\n').filter((line) => !line.trim().startsWith('//'));
  return lines
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
