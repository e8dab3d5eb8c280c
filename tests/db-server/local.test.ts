import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ProvisionError } from '../../src/db-server/errors.ts';
import { ensureNeo4j } from '../../src/db-server/local.ts';
import { testConnection } from '../helpers/neo4j.ts';
import { freePort } from '../helpers/ports.ts';

describe('ensureNeo4j', () => {
  // An empty home: if anything were started or downloaded, it would land here.
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-ensure-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('should use a Neo4j that already answers at NEO4J_URI and start nothing', async () => {
    const c = testConnection();
    const config = loadConfig({
      NEO4J_URI: c.uri,
      NEO4J_USER: c.user,
      NEO4J_PASSWORD: c.password,
      NEWSGRAPH_HOME: home,
    });
    const lines: string[] = [];
    const db = await ensureNeo4j(config, (line) => lines.push(line));
    expect(['external', 'local_running']).toContain(db.source);
    expect(db.connection).toEqual(c);
    expect(lines).toEqual([]);
  });

  it('should refuse to stand in for a Neo4j elsewhere that does not answer', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'whatever-password', NEWSGRAPH_HOME: home });
    const error = await ensureNeo4j(config, () => undefined).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProvisionError);
    expect((error as ProvisionError).message).toContain('NEO4J_URI');
  });
});
