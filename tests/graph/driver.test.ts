import { describe, expect, it } from 'vitest';
import { connect, Neo4jConnectionError, probe } from '../../src/graph/driver.ts';
import { testConnection } from '../helpers/neo4j.ts';
import { freePort } from '../helpers/ports.ts';

async function connectionError(promise: Promise<unknown>): Promise<Neo4jConnectionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Neo4jConnectionError);
  return error as Neo4jConnectionError;
}

describe('connect', () => {
  it('should answer a real query with the right credentials', async () => {
    const driver = await connect(testConnection());
    const result = await driver.executeQuery('RETURN 40 + 2 AS answer');
    expect(result.records[0]?.get('answer')).toBe(42);
    await driver.close();
  });

  it('should say to check NEO4J_PASSWORD when the password is wrong', async () => {
    const error = await connectionError(connect({ ...testConnection(), password: 'not-the-password' }));
    expect(error.id).toBe('auth_failed');
    expect(error.message).toContain('NEO4J_PASSWORD');
  });

  it('should say to run db:start or set NEO4J_URI when nothing listens on the port', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const error = await connectionError(connect({ ...testConnection(), uri }));
    expect(error.id).toBe('unreachable');
    expect(error.message).toContain('npm run db:start');
    expect(error.message).toContain('NEO4J_URI');
  });

  it('should report problems from probe without throwing', async () => {
    expect(await probe(testConnection())).toBe('ok');
    expect(await probe({ ...testConnection(), uri: `bolt://127.0.0.1:${await freePort()}` })).toBe(
      'unreachable',
    );
  });
});
