import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';
import { BAKU_EVIDENCE, IDS, createHub, createNewsGraph } from '../helpers/graph-data.ts';
import { call, serveApp, type TestServer } from './serve.ts';
import { NEIGHBOUR_PAGE } from '../../src/shared/limits.ts';

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  await createNewsGraph(driver);
  await createHub(driver);
  server = await serveApp(driver);
});

afterAll(async () => {
  await server.close();
  await driver.close();
});

describe('explorer API', () => {
  it('should report status with the Neo4j version and counts by label', async () => {
    const { status, body } = await call(`${server.url}/api/status`);
    expect(status).toBe(200);
    expect(body['reachable']).toBe(true);
    expect(String(body['version'])).toMatch(/^5\./);
    expect(body['counts']).toMatchObject({ Person: 5 + 140, Country: 2, Article: 3 });
  });

  it.each([
    ['Hasan', IDS.hasanov],
    ['hasanof', IDS.hasanov],
    ['Dehghan', IDS.dehqan],
    ['zakir', IDS.hasanov],
  ])('should find %s by prefix, fuzzy or alias', async (q, id) => {
    const { status, body } = await call(`${server.url}/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    const hits = body['hits'] as Array<{ id: string }>;
    expect(hits.map((h) => h.id)).toContain(id);
  });

  it.each([
    ['Has', 'prefix'],
    ['Hasanov', 'prefix'],
    ['Hasanof', 'fuzzy'],
    ['zakir hasanof', 'fuzzy'],
  ])('should find Zakir Hasanov from %s by its %s query', async (q, match) => {
    const { body } = await call(`${server.url}/api/search?q=${encodeURIComponent(q)}`);
    const hits = body['hits'] as Array<{ id: string; match: string }>;
    expect(hits.find((h) => h.id === IDS.hasanov)).toMatchObject({ match });
  });

  it('should list prefix hits before fuzzy ones and stop at the limit', async () => {
    // "hasan" is the start of Hasanov and one letter short of Hassan.
    const { body } = await call(`${server.url}/api/search?q=hasan&label=Person`);
    expect(body['hits']).toMatchObject([
      { id: IDS.hasanov, match: 'prefix' },
      { id: IDS.rouhani, match: 'fuzzy' },
    ]);
    const one = await call(`${server.url}/api/search?q=hasan&label=Person&limit=1`);
    expect(one.body['hits']).toMatchObject([{ id: IDS.hasanov }]);
  });

  it('should answer many requests at once, beyond the driver pool, with the same hits as one at a time', async () => {
    // The default pool holds two Bolt connections per core (src/graph/driver.ts); the rest wait their turn.
    const one = await call(`${server.url}/api/search?q=hasanov`);
    const many = await Promise.all(
      Array.from({ length: 40 }, () => call(`${server.url}/api/search?q=hasanov`)),
    );
    expect(many.map((r) => r.status)).toEqual(Array(40).fill(200));
    for (const r of many) expect(r.body['hits']).toEqual(one.body['hits']);
  });

  it('should filter search by label', async () => {
    const { body } = await call(`${server.url}/api/search?q=tehran&label=Place`);
    const hits = body['hits'] as Array<{ label: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.label === 'Place')).toBe(true);
  });

  it('should answer 400 naming the field when input is invalid', async () => {
    const missing = await call(`${server.url}/api/search`);
    expect(missing.status).toBe(400);
    expect(missing.body['error']).toMatchObject({ id: 'validation_failed', details: { field: 'q' } });
    const badLimit = await call(`${server.url}/api/nodes/${IDS.hub}/neighbours?limit=100000`);
    expect(badLimit.body['error']).toMatchObject({ id: 'validation_failed', details: { field: 'limit' } });
  });

  it('should cap a neighbourhood and say how many exist', async () => {
    const first = await call(`${server.url}/api/nodes/${IDS.hub}/neighbours`);
    expect(first.body).toMatchObject({ center: IDS.hub, shown: NEIGHBOUR_PAGE, total: 140 });
    expect((first.body['nodes'] as unknown[]).length).toBe(NEIGHBOUR_PAGE + 1);
    const next = await call(`${server.url}/api/nodes/${IDS.hub}/neighbours?skip=${NEIGHBOUR_PAGE}&limit=200`);
    expect(next.body['shown']).toBe(140 - NEIGHBOUR_PAGE);
    const firstIds = new Set((first.body['nodes'] as Array<{ id: string }>).map((n) => n.id));
    const overlap = (next.body['nodes'] as Array<{ id: string }>).filter(
      (n) => n.id !== IDS.hub && firstIds.has(n.id),
    );
    expect(overlap).toEqual([]);
  });

  it('should show a neighbourhood with edges to the centre', async () => {
    const { body } = await call(`${server.url}/api/nodes/${IDS.hasanov}/neighbours`);
    const nodes = body['nodes'] as Array<{ id: string; caption: string }>;
    expect(nodes.map((n) => n.caption)).toEqual(
      expect.arrayContaining(['Zakir Hasanov', 'Hossein Dehqan', 'Minister of Defense']),
    );
    const edges = body['edges'] as Array<{ type: string; source: string; target: string }>;
    expect(edges.filter((e) => e.type === 'MET')).toHaveLength(2);
  });

  it('should give details: roles over time, events with evidence, articles', async () => {
    const { status, body } = await call(`${server.url}/api/nodes/${IDS.hasanov}`);
    expect(status).toBe(200);
    expect(body['roles']).toEqual([
      expect.objectContaining({ role: 'Minister of Defense', of: 'Azerbaijan', rank: 'Lieutenant General' }),
    ]);
    expect(body['events']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2015-04-20', place: 'Baku', evidence: BAKU_EVIDENCE }),
      ]),
    );
    expect((body['articles'] as unknown[]).length).toBe(2);
  });

  it('should answer 404 with a stable id for an unknown node', async () => {
    const { status, body } = await call(`${server.url}/api/nodes/nobody`);
    expect(status).toBe(404);
    expect(body['error']).toMatchObject({ id: 'not_found' });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('should list who met whom with date, place, evidence and article', async () => {
    const { body } = await call(`${server.url}/api/meetings?person=${IDS.dehqan}`);
    expect(body['meetings']).toEqual([
      expect.objectContaining({
        counterpart: 'Zakir Hasanov',
        date: '2015-04-20',
        place: 'Baku',
        evidence: BAKU_EVIDENCE,
        articleId: IDS.articleBaku,
      }),
      expect.objectContaining({ counterpart: 'Zakir Hasanov', date: '2017-04', place: 'Tehran' }),
    ]);
    const pair = await call(`${server.url}/api/meetings?person=${IDS.hasanov}&other=${IDS.dehqan}`);
    expect((pair.body['meetings'] as unknown[]).length).toBe(2);
    const none = await call(`${server.url}/api/meetings?person=${IDS.hasanov}&other=${IDS.aliyev}`);
    expect(none.body['meetings']).toEqual([]);
  });

  it('should find the shortest path between two people', async () => {
    const { body } = await call(`${server.url}/api/path?from=${IDS.hasanov}&to=${IDS.rouhani}`);
    expect(body['found']).toBe(true);
    const path = body['path'] as { order: string[] };
    expect(path.order[0]).toBe(IDS.hasanov);
    expect(path.order.at(-1)).toBe(IDS.rouhani);
    const unknown = await call(`${server.url}/api/path?from=${IDS.hasanov}&to=nobody`);
    expect(unknown.body['found']).toBe(false);
  });

  it('should give roles of a person', async () => {
    const { body } = await call(`${server.url}/api/roles/${IDS.dehqan}`);
    expect(body['roles']).toEqual([
      expect.objectContaining({ role: 'Minister of Defense', of: 'Iran', asOf: '2015-04-20' }),
    ]);
  });

  it('should return an article with its text and evidence sentences', async () => {
    const { body } = await call(`${server.url}/api/articles/${IDS.articleBaku}`);
    expect(String(body['text'])).toContain(BAKU_EVIDENCE);
    expect(body['evidence']).toEqual([BAKU_EVIDENCE]);
  });

  it('should list labels, relationship types and property keys', async () => {
    const { body } = await call(`${server.url}/api/schema`);
    expect(body['labels']).toEqual(expect.arrayContaining(['Person', 'Event', 'Article']));
    expect(body['types']).toEqual(expect.arrayContaining(['MET', 'HOLDS', 'REPORTED_IN']));
    expect(body['keys']).toEqual(expect.arrayContaining(['name', 'evidence']));
  });

  it('should restore a view: the given nodes and only the relationships among them', async () => {
    const { status, body } = await call(`${server.url}/api/subgraph`, {
      method: 'POST',
      body: { ids: [IDS.dehqan, IDS.hasanov, 'nobody'] },
    });
    expect(status).toBe(200);
    const graph = body as {
      nodes: Array<{ id: string }>;
      edges: Array<{ type: string; source: string; target: string }>;
    };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([IDS.dehqan, IDS.hasanov].sort());
    expect(graph.edges.map((e) => e.type)).toEqual(['MET', 'MET']);
  });

  it('should run a read query and return rows and graph elements', async () => {
    const { status, body } = await call(`${server.url}/api/cypher`, {
      method: 'POST',
      body: {
        query: 'MATCH (p:Person)-[m:MET]->(q:Person {id: $id}) RETURN p, m, q.name AS name',
        params: { id: IDS.hasanov },
      },
    });
    expect(status).toBe(200);
    expect(body['columns']).toEqual(['p', 'm', 'name']);
    expect(body['rows']).toHaveLength(2);
    const graph = body['graph'] as { nodes: Array<{ id: string }>; edges: unknown[] };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([IDS.dehqan, IDS.hasanov].sort());
    expect(graph.edges).toHaveLength(2);
    expect(body['truncated']).toBe(false);
  });

  it('should cut rows at the cap and flag truncation', async () => {
    const { body } = await call(`${server.url}/api/cypher`, {
      method: 'POST',
      body: { query: 'UNWIND range(1, 5000) AS i RETURN i' },
    });
    expect(body['truncated']).toBe(true);
    expect((body['rows'] as unknown[]).length).toBe(1000);
  });
});
