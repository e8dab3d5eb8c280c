import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/schema.ts';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';

const LABELS = ['Article', 'Person', 'Role', 'Country', 'Place', 'Organization', 'Event', 'Topic'];

async function rows(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(query, params);
  return result.records.map((record) => record.toObject());
}

describe('applySchema', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
  });
  afterAll(() => driver.close());

  it('should apply twice without error and without adding anything the second time', async () => {
    const count = async (): Promise<number> =>
      (await rows(driver, 'SHOW INDEXES YIELD name RETURN count(*) AS n'))[0]?.n as number;
    await applySchema(driver);
    const before = await count();
    await applySchema(driver);
    expect(await count()).toBe(before);
  });

  it('should create a uniqueness constraint on id for every node label', async () => {
    const constraints = await rows(
      driver,
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    for (const label of LABELS) {
      expect(constraints).toContainEqual({ label, properties: ['id'] });
    }
  });

  it('should refuse a second Person with the same id', async () => {
    await driver.executeQuery("CREATE (:Person {id: 'p-dup', name: 'Ayse Demir'})");
    await expect(
      driver.executeQuery("CREATE (:Person {id: 'p-dup', name: 'Ayse Demir'})"),
    ).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('should find entities by name and by alias through the entityNames full-text index', async () => {
    await driver.executeQuery(
      `CREATE (:Person {id: 'p-1', name: 'Kassym-Jomart Tokayev', aliases: ['Tokaev Kassym-Jomart', 'K. Tokayev']}),
              (:Country {id: 'c-1', name: 'Kazakhstan', aliases: []}),
              (:Organization {id: 'o-1', name: 'Shanghai Cooperation Organisation', aliases: ['SCO']})`,
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    const search = async (text: string): Promise<unknown[]> =>
      (
        await rows(
          driver,
          "CALL db.index.fulltext.queryNodes('entityNames', $text) YIELD node RETURN node.id AS id",
          {
            text,
          },
        )
      ).map((row) => row.id);
    expect(await search('Tokaev')).toEqual(['p-1']);
    expect(await search('kazakhstan')).toEqual(['c-1']);
    expect(await search('SCO')).toEqual(['o-1']);
  });

  it('should have the lookup indexes the queries use', async () => {
    const indexes = await rows(
      driver,
      "SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type = 'RANGE' RETURN labelsOrTypes[0] AS label, properties[0] AS property",
    );
    for (const [label, property] of [
      ['Event', 'date'],
      ['Event', 'type'],
      ['Article', 'published'],
      ['Person', 'name'],
    ]) {
      expect(indexes).toContainEqual({ label, property });
    }
  });
});
