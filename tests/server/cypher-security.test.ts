import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';
import { IDS, createHub, createNewsGraph, graphCounts } from '../helpers/graph-data.ts';
import { call, serveApp, type TestServer } from './serve.ts';

// A short timeout keeps the "runs for minutes" cases quick while proving the stop.
const TIMEOUT_MS = 1500;

let driver: Driver;
let server: TestServer;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  await createNewsGraph(driver);
  await createHub(driver);
  before = await graphCounts(driver);
  server = await serveApp(driver, { cypherTimeoutMs: TIMEOUT_MS });
});

afterAll(async () => {
  await server.close();
  await driver.close();
});

type Expected = 'cypher_refused' | 'cypher_syntax' | 'cypher_timeout' | 'cypher_failed';

const HOSTILE: Array<[string, string, Expected]> = [
  ['plain CREATE', 'CREATE (:Evil {x: 1})', 'cypher_refused'],
  ['mixed-case create', 'cReAtE (:Evil)', 'cypher_refused'],
  ['CREATE after WITH', 'WITH 1 AS x CREATE (:Evil) RETURN x', 'cypher_refused'],
  ['MERGE node', "merge (n:Person {id: 'intruder'}) RETURN n", 'cypher_refused'],
  ['MERGE relationship', 'MATCH (a:Person), (b:Person) MERGE (a)-[:KNOWS]->(b)', 'cypher_refused'],
  ['SET property', "MATCH (n:Person) SET n.name = 'x'", 'cypher_refused'],
  ['SET +=', 'MATCH (n:Person) SET n += {evil: true} RETURN n', 'cypher_refused'],
  ['REMOVE label', 'MATCH (n) REMOVE n:Person', 'cypher_refused'],
  ['DELETE', 'MATCH ()-[r:MET]->() DELETE r', 'cypher_refused'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', 'cypher_refused'],
  ['FOREACH create', 'FOREACH (i IN range(1, 3) | CREATE (:Evil))', 'cypher_refused'],
  ['write in CALL subquery', 'CALL { CREATE (:Evil) RETURN 1 AS one } RETURN one', 'cypher_refused'],
  ['write behind block comment', 'MATCH (n) /* RETURN n */ DETACH DELETE n', 'cypher_refused'],
  ['write after line comment', '// just reading\nCREATE (:Evil)', 'cypher_refused'],
  ['second statement after ;', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', 'cypher_refused'],
  [
    'second statement after a string with an escaped quote',
    'RETURN "\\\\"; CREATE (:Evil) //"',
    'cypher_refused',
  ],
  ['LOAD CSV from file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'cypher_refused'],
  [
    'load csv from http, lower case',
    "load csv with headers from 'http://127.0.0.1:9/x.csv' as row return row",
    'cypher_refused',
  ],
  [
    'USING PERIODIC COMMIT',
    "USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x' AS l CREATE (:Evil)",
    'cypher_refused',
  ],
  [
    'CALL IN TRANSACTIONS',
    'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
    'cypher_refused',
  ],
  [
    'CALL () IN CONCURRENT TRANSACTIONS',
    'UNWIND [1] AS x CALL (x) { CREATE (:Evil) } IN 2 CONCURRENT TRANSACTIONS',
    'cypher_refused',
  ],
  ['CREATE INDEX', 'CREATE INDEX evil FOR (n:Person) ON (n.evil)', 'cypher_refused'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE', 'cypher_refused'],
  ['DROP INDEX', 'DROP INDEX entityNames', 'cypher_refused'],
  ['CREATE USER', "CREATE USER mallory SET PASSWORD 'secret123'", 'cypher_refused'],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'changed123'", 'cypher_refused'],
  ['GRANT ROLE', 'GRANT ROLE admin TO mallory', 'cypher_refused'],
  ['DENY', 'DENY MATCH {*} ON GRAPH * TO reader', 'cypher_refused'],
  ['SHOW USERS', 'SHOW USERS', 'cypher_refused'],
  ['CREATE DATABASE', 'CREATE DATABASE evil', 'cypher_refused'],
  ['DROP DATABASE', 'DROP DATABASE neo4j', 'cypher_refused'],
  ['STOP DATABASE', 'STOP DATABASE neo4j', 'cypher_refused'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'cypher_refused'],
  ['USE system', 'USE system SHOW USERS', 'cypher_refused'],
  ['dbms procedure', "CALL dbms.killQueries(['query-1'])", 'cypher_refused'],
  [
    'dbms.security procedure',
    "CALL dbms.security.createUser('mallory', 'secret123', false)",
    'cypher_refused',
  ],
  ['backticked dbms procedure', 'CALL `dbms`.`components`()', 'cypher_refused'],
  ['apoc procedure', "CALL apoc.cypher.runWrite('CREATE (:Evil)', {})", 'cypher_refused'],
  ['db.createLabel', "CALL db.createLabel('Evil')", 'cypher_refused'],
  ['tx.setMetaData', 'CALL tx.setMetaData({evil: true})', 'cypher_refused'],
  [
    'unlisted procedure after an allowed one',
    'CALL db.labels() YIELD label CALL dbms.listConfig() YIELD name RETURN name',
    'cypher_refused',
  ],
  ['PROFILE of a write', 'PROFILE MATCH (n) DETACH DELETE n', 'cypher_refused'],
  ['a 1 MB query', `RETURN 1 ${' '.repeat(1_000_000)}`, 'cypher_refused'],
  ['empty query', '   ', 'cypher_refused'],
  ['unterminated string', "RETURN 'never closed", 'cypher_refused'],
  ['malformed pattern', 'MATCH (n RETURN n', 'cypher_syntax'],
  ['garbage', ')))((( MATCH', 'cypher_syntax'],
  [
    'cartesian product for minutes',
    "MATCH (a), (b), (c), (d) WHERE a.name + b.name + c.name + d.name = 'never' RETURN a",
    'cypher_timeout',
  ],
  ['endless unwind', 'UNWIND range(1, 1000000000) AS a WITH a WHERE a < 0 RETURN count(a)', 'cypher_timeout'],
];

describe('read-only Cypher console', () => {
  it.each(HOSTILE)('should refuse or stop %s', async (_name, query, expected) => {
    const { status, body } = await call(`${server.url}/api/cypher`, { method: 'POST', body: { query } });
    const error = body['error'] as { id: string; message: string };
    expect(status).toBeGreaterThanOrEqual(400);
    expect(error.id).toBe(expected);
    expect(error.message.length).toBeGreaterThan(10);
    if (expected === 'cypher_timeout') expect(error.message).toContain(`${TIMEOUT_MS / 1000} s`);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('should have no Evil nodes, no new user-visible changes after the suite', async () => {
    const { records } = await driver.executeQuery('MATCH (n:Evil) RETURN count(n) AS c');
    expect(Number(records[0]?.get('c'))).toBe(0);
    const { records: person } = await driver.executeQuery(
      'MATCH (p:Person {id: $id}) RETURN p.name AS name',
      { id: IDS.hasanov },
    );
    expect(person[0]?.get('name')).toBe('Zakir Hasanov');
  });

  it.each([
    ['keywords inside a string', "RETURN 'CREATE (n); LOAD CSV; DETACH DELETE' AS text", 1],
    ['keywords inside a comment', 'MATCH (p:Person {id: $id}) // DETACH DELETE p\nRETURN p', 1],
    ['an allowed procedure', 'CALL db.labels() YIELD label RETURN label', 8],
    [
      'a full-text look-up',
      "CALL db.index.fulltext.queryNodes('entityNames', 'hasanov') YIELD node RETURN node",
      1,
    ],
  ])('should still run harmless reads: %s', async (_name, query, rows) => {
    const { status, body } = await call(`${server.url}/api/cypher`, {
      method: 'POST',
      body: { query, params: { id: IDS.hasanov } },
    });
    expect(status).toBe(200);
    expect((body['rows'] as unknown[]).length).toBeGreaterThanOrEqual(rows);
  });
});
