import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CurationError, mergePersons, renamePerson, splitPerson } from '../../src/graph/curation.ts';
import { importFacts } from '../../src/graph/import.ts';
import { resolvePersons } from '../../src/resolve/persons.ts';
import type { ArticleFacts } from '../../src/shared/types.ts';
import { articleFacts, factsExtractor, meeting, person } from '../helpers/facts.ts';
import { graphCounts, rows } from '../helpers/graph-counts.ts';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';

// The real resolver, so curation is tested against the spellings it joins and keeps apart.
const extractor = { resolve: resolvePersons, countryCode: factsExtractor.countryCode };

const S1 = 'Uzbek envoy Nursultan Abenov met Tariq Qureshi in Tashkent on April 2, 2022.';
const S2 = 'Nurlan Abenov met Tariq Qureshi in Samarkand on May 9, 2022.';
const S3 = 'Nurlan Abenov told reporters in Bukhara on June 1, 2022 that talks went well.';
const K1 = 'Rustam Kaliyev met Tariq Qureshi in Almaty on March 1, 2023.';
const K2 = 'Rustam Kaliyef, a rancher, met Tariq Qureshi in Shymkent on March 5, 2023.';

function article(id: string, names: string[], text: string, date: string, place: string): ArticleFacts {
  return articleFacts({
    id,
    text,
    persons: names.map((n) => person(n)),
    events: [meeting(names, date, place, text)],
  });
}

const write = (driver: Driver, facts: ArticleFacts[]) =>
  importFacts(
    driver,
    facts.map((f) => ({ facts: f, text: f.text ?? '' })),
    extractor,
  );

async function people(driver: Driver): Promise<Array<Record<string, unknown>>> {
  return rows(driver, 'MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id');
}

describe('curation', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
  });
  afterAll(() => driver.close());

  it('should merge two people into one, moving meetings and keeping both spellings', async () => {
    await write(driver, [
      article('a:1', ['Nursultan Abenov', 'Tariq Qureshi'], S1, '2022-04-02', 'Tashkent'),
      article('a:2', ['Nurlan Abenov', 'Tariq Qureshi'], S2, '2022-05-09', 'Samarkand'),
    ]);
    expect((await people(driver)).map((p) => p['name'])).toEqual([
      'Nurlan Abenov',
      'Nursultan Abenov',
      'Tariq Qureshi',
    ]);
    const kept = await mergePersons(driver, 'person:nursultan-abenov', 'person:nurlan-abenov');
    expect(kept.aliases.filter((a) => a === 'Nurlan Abenov')).toHaveLength(1);
    const met = await rows(
      driver,
      "MATCH (:Person {id: 'person:nursultan-abenov'})-[m:MET]-(q:Person) RETURN q.name AS name, m.date AS date ORDER BY date",
    );
    expect(met).toEqual([
      { name: 'Tariq Qureshi', date: '2022-04-02' },
      { name: 'Tariq Qureshi', date: '2022-05-09' },
    ]);
  });

  it('should respect a manual merge when articles are re-imported, changed or new', async () => {
    const before = await graphCounts(driver);
    await write(driver, [article('a:2', ['Nurlan Abenov', 'Tariq Qureshi'], S2, '2022-05-09', 'Samarkand')]);
    expect(await graphCounts(driver)).toEqual(before);
    const changed = article(
      'a:2',
      ['Nurlan Abenov', 'Tariq Qureshi'],
      `${S2} They agreed on rail links.`,
      '2022-05-09',
      'Samarkand',
    );
    expect(await write(driver, [changed])).toMatchObject({ replaced: 1 });
    await write(driver, [articleFacts({ id: 'a:3', text: S3, persons: [person('Nurlan Abenov')] })]);
    expect((await people(driver)).map((p) => p['id'])).toEqual([
      'person:nursultan-abenov',
      'person:tariq-qureshi',
    ]);
    const mentions = await rows(
      driver,
      "MATCH (a:Article)-[:MENTIONS]->(:Person {id: 'person:nursultan-abenov'}) RETURN a.id AS id ORDER BY id",
    );
    expect(mentions.map((m) => m['id'])).toEqual(['a:1', 'a:2', 'a:3']);
  });

  it('should keep a renamed person renamed when an article about them changes', async () => {
    await renamePerson(driver, 'person:nursultan-abenov', 'Nursultan Abenov-Khan');
    const changed = article(
      'a:1',
      ['Nursultan Abenov', 'Tariq Qureshi'],
      `${S1} Trade was discussed.`,
      '2022-04-02',
      'Tashkent',
    );
    await write(driver, [changed]);
    const [abenov] = await rows(
      driver,
      "MATCH (p:Person {id: 'person:nursultan-abenov'}) RETURN p.name AS name, p.aliases AS aliases",
    );
    expect(abenov?.['name']).toBe('Nursultan Abenov-Khan');
    expect(abenov?.['aliases']).toContain('Nursultan Abenov');
  });

  it('should split a spelling off into its own person and send later articles with it there', async () => {
    await write(driver, [
      article('k:1', ['Rustam Kaliyev', 'Tariq Qureshi'], K1, '2023-03-01', 'Almaty'),
      article('k:2', ['Rustam Kaliyef', 'Tariq Qureshi'], K2, '2023-03-05', 'Shymkent'),
    ]);
    const joined = await rows(driver, "MATCH (p:Person) WHERE p.name STARTS WITH 'Rustam' RETURN p.id AS id");
    expect(joined).toEqual([{ id: 'person:rustam-kaliyev' }]);
    const result = await splitPerson(driver, 'person:rustam-kaliyev', 'Rustam Kaliyef');
    expect(result.person).toMatchObject({ id: 'person:rustam-kaliyef', name: 'Rustam Kaliyef' });
    expect(result.files).toEqual(['k:2.txt']);
    await write(driver, [article('k:2', ['Rustam Kaliyef', 'Tariq Qureshi'], K2, '2023-03-05', 'Shymkent')]);
    const met = await rows(
      driver,
      "MATCH (p:Person)-[m:MET]-(:Person {id: 'person:tariq-qureshi'}) WHERE p.name STARTS WITH 'Rustam' RETURN p.id AS id, m.date AS date ORDER BY date",
    );
    expect(met).toEqual([
      { id: 'person:rustam-kaliyev', date: '2023-03-01' },
      { id: 'person:rustam-kaliyef', date: '2023-03-05' },
    ]);
  });

  it('should refuse to merge a person with itself or to split a spelling the person does not have', async () => {
    await expect(mergePersons(driver, 'person:tariq-qureshi', 'person:tariq-qureshi')).rejects.toMatchObject({
      id: 'same_person',
    });
    await expect(splitPerson(driver, 'person:tariq-qureshi', 'Someone Else')).rejects.toBeInstanceOf(
      CurationError,
    );
    await expect(mergePersons(driver, 'person:tariq-qureshi', 'person:nobody')).rejects.toMatchObject({
      id: 'not_found',
    });
  });
});
