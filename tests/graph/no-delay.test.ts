import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltPort } from '../../src/graph/no-delay.ts';
import { subgraphOf } from '../../src/graph/queries/subgraph.ts';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';

describe('no-delay', () => {
  it.each([
    ['bolt://127.0.0.1:7693', 7693],
    ['neo4j://db.example.org', 7687],
    ['bolt+s://db.example.org:7999', 7999],
    ['not a uri', null],
  ])('should read the Bolt port of %s', (uri, port) => {
    expect(boltPort(uri)).toBe(port);
  });

  describe('requests longer than one 1,400-byte chunk', () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = testDriver();
      await cleanDatabase(driver);
      await driver.executeQuery(
        "UNWIND range(1, 3) AS i CREATE (:Person {id: 'person:p' + i, name: 'P ' + i})",
      );
    });
    afterAll(() => driver.close());

    it('should answer a subgraph asked for by 2,000 ids, all but three unknown', async () => {
      const ids = Array.from({ length: 2000 }, (_, i) => `person:p${i}`);
      const graph = await subgraphOf(driver, ids);
      expect(graph.nodes.map((n) => n.id).sort()).toEqual(['person:p1', 'person:p2', 'person:p3']);
    });
  });
});
