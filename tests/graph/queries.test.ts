import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFacts } from '../../src/graph/import.ts';
import { articlesBehind } from '../../src/graph/queries/articles.ts';
import { meetingsBetween, whoMetWhom } from '../../src/graph/queries/meetings.ts';
import { neighbourhood } from '../../src/graph/queries/neighbourhood.ts';
import { shortestPath } from '../../src/graph/queries/paths.ts';
import { rolesOf } from '../../src/graph/queries/roles.ts';
import { findPersons, search } from '../../src/graph/queries/search.ts';
import { warmQueries } from '../../src/graph/queries/warm-up.ts';
import { articleFacts, factsExtractor, meeting, person, personId, role } from '../helpers/facts.ts';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';

const MUSCAT =
  'Omani Foreign Minister Salim Al-Harthy received Qatari envoy Khalid Al-Thani in Muscat on May 4, 2019.';
const DOHA = 'Al-Harthy and Al-Thani met again in Doha on October 9, 2020, to sign a port agreement.';
const ASTANA = 'Al-Thani later met Kazakh Foreign Minister Aidar Nurlanov in Astana on February 2, 2021.';

const harthy = (title: string) =>
  person('Salim Al-Harthy', {
    aliases: ['Salim Al-Harthy', 'Al-Harthy'],
    roles: [role({ title, country: 'Oman', evidence: MUSCAT })],
  });

const ARTICLES = [
  articleFacts({
    id: 'article:muscat',
    published: '2019-05-05',
    persons: [harthy('Minister of Foreign Affairs'), person('Khalid Al-Thani')],
    countries: [
      { id: 'OM', name: 'Oman' },
      { id: 'QA', name: 'Qatar' },
    ],
    events: [meeting(['Salim Al-Harthy', 'Khalid Al-Thani'], '2019-05-04', 'Muscat', MUSCAT)],
  }),
  articleFacts({
    id: 'article:doha',
    published: '2020-10-10',
    persons: [harthy('Deputy Prime Minister'), person('Khalid Al-Thani')],
    events: [meeting(['Salim Al-Harthy', 'Khalid Al-Thani'], '2020-10-09', 'Doha', DOHA)],
  }),
  articleFacts({
    id: 'article:astana',
    published: '2021-02-03',
    persons: [person('Khalid Al-Thani'), person('Aidar Nurlanov')],
    countries: [{ id: 'KZ', name: 'Kazakhstan' }],
    events: [meeting(['Khalid Al-Thani', 'Aidar Nurlanov'], '2021-02-02', 'Astana', ASTANA)],
  }),
];

describe('queries', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
    await importFacts(
      driver,
      ARTICLES.map((facts) => ({ facts, text: facts.text ?? '' })),
      factsExtractor,
    );
  });
  afterAll(() => driver.close());

  it('should list who a person met, with date, place, evidence and article', async () => {
    const rows = await whoMetWhom(driver, personId('Salim Al-Harthy'));
    expect(rows.map((r) => [r.counterpart, r.date, r.place, r.evidence, r.articleId])).toEqual([
      ['Khalid Al-Thani', '2019-05-04', 'Muscat', MUSCAT, 'article:muscat'],
      ['Khalid Al-Thani', '2020-10-09', 'Doha', DOHA, 'article:doha'],
    ]);
    expect(rows[0]?.articleTitle).toBe('Title of article:muscat');
  });

  it('should list the meetings between two people, whichever comes first', async () => {
    const ab = await meetingsBetween(driver, personId('Khalid Al-Thani'), personId('Salim Al-Harthy'));
    expect(ab.map((r) => r.date)).toEqual(['2019-05-04', '2020-10-09']);
    expect(await meetingsBetween(driver, personId('Salim Al-Harthy'), personId('Aidar Nurlanov'))).toEqual(
      [],
    );
  });

  it("should give a person's roles over time with the country they belong to", async () => {
    const roles = await rolesOf(driver, personId('Salim Al-Harthy'));
    expect(roles.map((r) => [r.asOf, r.role, r.of, r.ofLabel])).toEqual([
      ['2019-05-05', 'Minister of Foreign Affairs of Oman', 'Oman', 'Country'],
      ['2020-10-10', 'Deputy Prime Minister of Oman', 'Oman', 'Country'],
    ]);
  });

  it('should cap a neighbourhood and say how many neighbours there are', async () => {
    const all = await neighbourhood(driver, personId('Khalid Al-Thani'), { limit: 100 });
    const capped = await neighbourhood(driver, personId('Khalid Al-Thani'), { limit: 2 });
    expect(all?.total).toBe(all?.shown);
    expect(capped).toMatchObject({ shown: 2, total: all?.total });
    expect(capped?.nodes.map((n) => n.labels[0])).toEqual(['Person', 'Person', 'Person']);
    expect(capped?.edges.length).toBeGreaterThanOrEqual(2);
    expect(await neighbourhood(driver, 'person:nobody')).toBeNull();
  });

  it('should find the shortest connection between two people who never met', async () => {
    const path = await shortestPath(driver, personId('Salim Al-Harthy'), personId('Aidar Nurlanov'));
    expect(path?.hops).toBe(2);
    expect(path?.order).toEqual([
      personId('Salim Al-Harthy'),
      personId('Khalid Al-Thani'),
      personId('Aidar Nurlanov'),
    ]);
  });

  it('should name the articles and sentences behind an event, a role and a country', async () => {
    const [meetingRow] = await whoMetWhom(driver, personId('Aidar Nurlanov'));
    const behindEvent = await articlesBehind(driver, meetingRow?.eventId ?? '');
    expect(behindEvent).toEqual([
      expect.objectContaining({ articleId: 'article:astana', evidence: ASTANA, via: 'REPORTED_IN' }),
    ]);
    const [firstRole] = await rolesOf(driver, personId('Salim Al-Harthy'));
    const behindRole = await articlesBehind(driver, firstRole?.roleId ?? '');
    expect(behindRole).toEqual([
      expect.objectContaining({ articleId: 'article:muscat', evidence: MUSCAT, via: 'HOLDS' }),
    ]);
    const behindCountry = await articlesBehind(driver, 'KZ');
    expect(behindCountry.map((a) => a.articleId)).toEqual(['article:astana']);
  });

  it('should page a neighbourhood with skip, and keep defaults for options left undefined', async () => {
    const id = personId('Khalid Al-Thani');
    const all = await neighbourhood(driver, id, { skip: undefined, limit: undefined });
    const second = await neighbourhood(driver, id, { skip: 1, limit: 1 });
    expect(second).toMatchObject({ shown: 1, skip: 1, total: all?.total });
    const secondId = second?.nodes.find((n) => n.id !== id)?.id;
    expect(all?.nodes.map((n) => n.id).indexOf(secondId ?? '')).toBe(2);
  });

  it('should restrict search to one label when asked', async () => {
    const all = await search(driver, 'Oman', { label: undefined, limit: undefined });
    expect(all.map((h) => h.label)).toContain('Country');
    const persons = await search(driver, 'Oman', { label: 'Person' });
    expect(persons.every((h) => h.label === 'Person')).toBe(true);
    expect(persons.map((h) => h.label)).not.toContain('Country');
  });

  it('should find entities by prefix and by a misspelling, and people by surname', async () => {
    expect((await search(driver, 'Nurla')).map((h) => h.name)).toContain('Aidar Nurlanov');
    expect((await search(driver, 'Nurlanow')).map((h) => h.name)).toContain('Aidar Nurlanov');
    const found = await findPersons(driver, 'al-harthy');
    expect(found[0]).toMatchObject({ id: personId('Salim Al-Harthy'), exact: true });
  });

  it('should warm every canned query without changing the graph', async () => {
    const count = async (): Promise<number[]> => {
      const query = 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r';
      const record = (await driver.executeQuery(query)).records[0];
      return [Number(record?.get('n')), Number(record?.get('r'))];
    };
    const before = await count();
    await warmQueries(driver);
    expect(await count()).toEqual(before);
    expect(before[0]).toBeGreaterThan(0);
  });
});
