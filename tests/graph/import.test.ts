import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { loadModel } from '../../src/extract/model/index.ts';
import { createExtractor } from '../../src/graph/extractor.ts';
import { importFacts, importSources, runImport } from '../../src/graph/import.ts';
import { factsToRows } from '../../src/graph/mappers.ts';
import { resolvePersons } from '../../src/resolve/persons.ts';
import { articleFacts, factsExtractor, meeting, person, personId, role } from '../helpers/facts.ts';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';
import { graphCounts, rows } from '../helpers/graph-counts.ts';

const ANKARA =
  'Turkish Defense Minister Kemal Demir met his Pakistani counterpart Tariq Qureshi in Ankara on March 3, 2021.';
const KARACHI = 'Demir held talks with Qureshi and Omani envoy Salim Al-Harthy in Karachi on June 14, 2022.';

function ankaraArticle() {
  return articleFacts({
    id: 'article:ankara',
    published: '2021-03-04',
    persons: [
      person('Kemal Demir', {
        roles: [role({ title: 'Minister of Defense', country: 'Turkey', evidence: ANKARA })],
      }),
      person('Tariq Qureshi', {
        roles: [role({ title: 'Minister of Defense', country: 'Pakistan', rank: 'Lieutenant General' })],
      }),
    ],
    countries: [
      { id: 'TR', name: 'Turkey' },
      { id: 'PK', name: 'Pakistan' },
    ],
    places: [{ id: 'x', name: 'Ankara', kind: 'city', country: 'Turkey' }],
    topics: [{ id: 't', name: 'defense cooperation' }],
    events: [
      {
        ...meeting(['Kemal Demir', 'Tariq Qureshi'], '2021-03-03', 'Ankara', ANKARA),
        topics: ['defense cooperation'],
      },
    ],
  });
}

function karachiArticle(text = KARACHI) {
  return articleFacts({
    id: 'article:karachi',
    published: '2022-06-15',
    text,
    persons: [person('Kemal Demir'), person('Tariq Qureshi'), person('Salim Al-Harthy')],
    countries: [{ id: 'OM', name: 'Oman' }],
    places: [{ id: 'x', name: 'Karachi', kind: 'city', country: 'Pakistan' }],
    events: [meeting(['Kemal Demir', 'Tariq Qureshi', 'Salim Al-Harthy'], '2022-06-14', 'Karachi', KARACHI)],
  });
}

describe('import', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
  });
  afterAll(() => driver.close());

  it('should write people, roles, events and one MET edge per meeting and pair', async () => {
    const articles = [ankaraArticle(), karachiArticle()].map((facts) => ({ facts, text: facts.text ?? '' }));
    const summary = await importFacts(driver, articles, factsExtractor);
    expect(summary).toMatchObject({ imported: 2, unchanged: 0, replaced: 0, personsCreated: 3, events: 2 });
    const met = await rows(
      driver,
      `MATCH (a:Person {id: $id})-[m:MET]-(b:Person) RETURN b.name AS name, m.date AS date, m.place AS place,
         m.evidence AS evidence, m.article AS article ORDER BY date, name`,
      { id: personId('Kemal Demir') },
    );
    expect(met).toEqual([
      {
        name: 'Tariq Qureshi',
        date: '2021-03-03',
        place: 'Ankara',
        evidence: ANKARA,
        article: 'article:ankara',
      },
      {
        name: 'Salim Al-Harthy',
        date: '2022-06-14',
        place: 'Karachi',
        evidence: KARACHI,
        article: 'article:karachi',
      },
      {
        name: 'Tariq Qureshi',
        date: '2022-06-14',
        place: 'Karachi',
        evidence: KARACHI,
        article: 'article:karachi',
      },
    ]);
  });

  it('should record a role as HOLDS {asOf, rank, article} to a Role OF its country', async () => {
    const held = await rows(
      driver,
      `MATCH (p:Person {id: $id})-[h:HOLDS]->(r:Role)-[:OF]->(c:Country)
       RETURN r.name AS role, c.id AS country, h.rank AS rank, h.asOf AS asOf, h.article AS article`,
      { id: personId('Tariq Qureshi') },
    );
    expect(held).toEqual([
      {
        role: 'Minister of Defense of Pakistan',
        country: 'PK',
        rank: 'Lieutenant General',
        asOf: '2021-03-04',
        article: 'article:ankara',
      },
    ]);
  });

  it('should trace an event to its article sentence and its place to a country', async () => {
    const traced = await rows(
      driver,
      `MATCH (e:Event {date: '2021-03-03'})-[r:REPORTED_IN]->(a:Article), (e)-[:IN]->(p:Place)-[:IN_COUNTRY]->(c:Country),
             (e)-[:ABOUT]->(t:Topic)
       RETURN a.id AS article, r.evidence AS evidence, p.name AS place, c.id AS country, t.name AS topic`,
    );
    expect(traced).toEqual([
      {
        article: 'article:ankara',
        evidence: ANKARA,
        place: 'Ankara',
        country: 'TR',
        topic: 'defense cooperation',
      },
    ]);
    const mentions = await rows(
      driver,
      `MATCH (:Article {id: 'article:karachi'})-[m:MENTIONS]->(p:Person {name: 'Tariq Qureshi'}) RETURN m.count AS count`,
    );
    expect(mentions).toEqual([{ count: 1 }]);
  });

  it('should leave every count unchanged when the same articles are imported again', async () => {
    const before = await graphCounts(driver);
    const articles = [ankaraArticle(), karachiArticle()].map((facts) => ({ facts, text: facts.text ?? '' }));
    const summary = await importFacts(driver, articles, factsExtractor);
    expect(summary).toMatchObject({ imported: 0, unchanged: 2, created: 0 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('should replace only the changed article facts, keeping what other articles support', async () => {
    const changed = karachiArticle('Demir and Qureshi spoke in Karachi on June 14, 2022 about the border.');
    changed.persons = [person('Kemal Demir'), person('Tariq Qureshi')];
    changed.events = [];
    changed.countries = [];
    const summary = await importFacts(driver, [{ facts: changed, text: changed.text ?? '' }], factsExtractor);
    expect(summary).toMatchObject({ replaced: 1, imported: 0 });
    const people = await rows(driver, 'MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(people.map((p) => p['name'])).toEqual(['Kemal Demir', 'Tariq Qureshi']);
    const met = await rows(driver, 'MATCH (:Person)-[m:MET]->(:Person) RETURN m.article AS article');
    expect(met).toEqual([{ article: 'article:ankara' }]);
    const oman = await rows(driver, "MATCH (c:Country {id: 'OM'}) RETURN c.id AS id");
    expect(oman).toEqual([]);
  });

  it('should keep a meeting two articles report until the last of them drops it', async () => {
    const second = articleFacts({
      id: 'article:ankara-2',
      text: `Update: ${ANKARA}`,
      persons: [person('Kemal Demir'), person('Tariq Qureshi')],
      events: [meeting(['Kemal Demir', 'Tariq Qureshi'], '2021-03-03', 'Ankara', ANKARA)],
    });
    await importFacts(driver, [{ facts: second, text: second.text ?? '' }], factsExtractor);
    const shared = await rows(
      driver,
      "MATCH (e:Event {date: '2021-03-03'})-[:REPORTED_IN]->(a) RETURN count(a) AS n",
    );
    expect(shared).toEqual([{ n: 2 }]);
    const original = ankaraArticle();
    original.text = 'The Ankara talks were postponed.';
    original.events = [];
    await importFacts(driver, [{ facts: original, text: original.text }], factsExtractor);
    const met = await rows(
      driver,
      "MATCH (:Person)-[m:MET {date: '2021-03-03'}]->() RETURN m.article AS article",
    );
    expect(met).toEqual([{ article: 'article:ankara-2' }]);
  });

  it('should skip facts that fail validation, naming the field, and write the rest', async () => {
    const bad = articleFacts({
      id: 'article:bad',
      text: 'A bad one.',
      events: [meeting(['Nobody Known'], '2021', null, 'x')],
    });
    const good = articleFacts({
      id: 'article:good',
      text: 'Aidar Nurlanov spoke.',
      persons: [person('Aidar Nurlanov')],
    });
    const summary = await importFacts(
      driver,
      [bad, good].map((facts) => ({ facts, text: facts.text ?? '' })),
      factsExtractor,
    );
    expect(summary.imported).toBe(1);
    expect(summary.skipped).toEqual([
      expect.objectContaining({
        file: 'article:bad.txt',
        code: 'invalid',
        reason: expect.stringContaining('events.0.participants.0'),
      }),
    ]);
    expect(await rows(driver, "MATCH (a:Article {id: 'article:bad'}) RETURN a.id AS id")).toEqual([]);
  });
});

describe('an event reported by day in one article and by month in another', () => {
  let driver: Driver;
  const DAY =
    'Kazakh Foreign Minister Aibek Nurlanov met his Uzbek counterpart Bakhtiyor Saidov in Tashkent on 12 April 2023.';
  const MONTH = 'Nurlanov and Saidov, who met in Tashkent in April, agreed to open two new border crossings.';
  const OTHER_DAY = 'Nurlanov and Saidov met again in Tashkent on 27 April 2023 to sign the border protocol.';
  const report = (id: string, date: string, evidence: string, place: string | null = 'Tashkent') =>
    articleFacts({
      id,
      text: evidence,
      persons: [person('Aibek Nurlanov'), person('Bakhtiyor Saidov')],
      events: [meeting(['Aibek Nurlanov', 'Bakhtiyor Saidov'], date, place, evidence)],
    });
  const write = (facts: ReturnType<typeof report>) =>
    importFacts(driver, [{ facts, text: facts.text ?? '' }], factsExtractor);
  const meetings = () =>
    rows(
      driver,
      `MATCH (e:Event)-[:REPORTED_IN]->(a:Article) WITH e, a ORDER BY a.id WITH e, collect(a.id) AS articles
       OPTIONAL MATCH (:Person)-[m:MET {event: e.id}]->(:Person)
       RETURN e.date AS date, articles, count(m) AS met ORDER BY date`,
    );
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => cleanDatabase(driver));
  afterAll(() => driver.close());

  it('should be one Event with both reports whichever article comes first', async () => {
    await write(report('article:day', '2023-04-12', DAY));
    await write(report('article:month', '2023-04', MONTH));
    const dayFirst = await meetings();
    expect(dayFirst).toEqual([{ date: '2023-04-12', articles: ['article:day', 'article:month'], met: 1 }]);
    await cleanDatabase(driver);
    await write(report('article:month', '2023-04', MONTH));
    await write(report('article:day', '2023-04-12', DAY));
    const monthFirst = (await meetings()).map((m) => ({
      ...m,
      articles: [...(m['articles'] as string[])].sort(),
    }));
    expect(monthFirst).toEqual(dayFirst);
  });

  it('should leave a month-only report apart when two meetings that month could be the one', async () => {
    await write(report('article:day', '2023-04-12', DAY));
    await write(report('article:other-day', '2023-04-27', OTHER_DAY));
    await write(report('article:month', '2023-04', MONTH));
    expect((await meetings()).map((m) => m['date'])).toEqual(['2023-04', '2023-04-12', '2023-04-27']);
  });

  it('should keep the meeting when the day-precise article drops it, as the month-only one still reports it', async () => {
    await write(report('article:day', '2023-04-12', DAY));
    await write(report('article:month', '2023-04', MONTH));
    const dropped = report('article:day', '2023-04-12', 'The Tashkent talks were postponed.');
    dropped.events = [];
    await write(dropped);
    expect(await meetings()).toEqual([{ date: '2023-04-12', articles: ['article:month'], met: 1 }]);
  });
});

describe('import of the seed articles', () => {
  let driver: Driver;
  const deps = () => ({ config: loadConfig(), driver, model: loadModel() });
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
  });
  afterAll(() => driver.close());

  it('should import the five seeds as twelve people', async () => {
    const summary = await runImport(deps(), [loadConfig().seeds]);
    expect(summary).toMatchObject({ files: 5, imported: 5, skipped: [] });
    expect(await rows(driver, 'MATCH (p:Person) RETURN count(p) AS n')).toEqual([{ n: 12 }]);
  });

  it('should show Dehqan meeting Hasanov twice, in Baku and in Tehran, with evidence', async () => {
    const met = await rows(
      driver,
      `MATCH (d:Person)-[m:MET]-(h:Person), (a:Article {id: m.article})
       WHERE d.name = 'Hossein Dehqan' AND h.name = 'Zakir Hasanov'
       RETURN m.date AS date, m.place AS place, m.evidence AS evidence, a.text CONTAINS m.evidence AS traced
       ORDER BY date`,
    );
    expect(met.map((m) => [String(m['date']).slice(0, 7), m['place'], m['traced']])).toEqual([
      ['2015-04', 'Baku', true],
      ['2017-04', 'Tehran', true],
    ]);
    expect(met[0]?.['date']).toBe('2015-04-20');
  });

  it('should keep Ilham Aliyev one person with his spellings, apart from Farid Aliyef', async () => {
    const aliyevs = await rows(
      driver,
      "MATCH (p:Person) WHERE p.name CONTAINS 'Aliye' RETURN p.name AS name, p.aliases AS aliases ORDER BY name",
    );
    expect(aliyevs.map((p) => p['name'])).toEqual(['Farid Aliyef', 'Ilham Aliyev']);
    expect(aliyevs[1]?.['aliases']).toEqual(expect.arrayContaining(['Ilham Aliyef', 'Elham Aliyev']));
    expect(aliyevs[0]?.['aliases']).not.toContain('Ilham Aliyef');
  });

  it('should leave every node and relationship count unchanged when the seeds are imported again', async () => {
    const before = await graphCounts(driver);
    const summary = await runImport(deps(), [loadConfig().seeds]);
    expect(summary).toMatchObject({ unchanged: 5, imported: 0, replaced: 0 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('should re-read every seed once after the extractor changed, then find them unchanged again', async () => {
    const before = await graphCounts(driver);
    const extractor = createExtractor(loadModel());
    const older = { ...extractor, version: 'an-older-extractor' };
    // As if the graph had been built by an older release: its articles now carry that version's hash.
    await importSources({ driver, extractor: older }, [loadConfig().seeds]);
    const upgraded = await importSources({ driver, extractor }, [loadConfig().seeds]);
    expect(upgraded).toMatchObject({ replaced: 5, unchanged: 0, imported: 0 });
    expect(await graphCounts(driver)).toEqual(before);
    const again = await importSources({ driver, extractor }, [loadConfig().seeds]);
    expect(again).toMatchObject({ unchanged: 5, replaced: 0 });
  });
});

describe('import against people already in the graph', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
  });
  afterAll(() => driver.close());

  it('should join a later spelling of a known person onto that node as an alias', async () => {
    const extractor = { resolve: resolvePersons, countryCode: factsExtractor.countryCode };
    const first = articleFacts({
      id: 'r:1',
      text: 'Rustam Kaliyev spoke in Almaty.',
      persons: [person('Rustam Kaliyev')],
    });
    await importFacts(driver, [{ facts: first, text: first.text ?? '' }], extractor);
    const later = articleFacts({
      id: 'r:2',
      text: 'Rustam Kaliyef and Ruslan Kaliyev met in Astana.',
      persons: [person('Rustam Kaliyef'), person('Ruslan Kaliyev')],
    });
    const summary = await importFacts(driver, [{ facts: later, text: later.text ?? '' }], extractor);
    expect(summary).toMatchObject({ imported: 1, personsCreated: 1 });
    const people = await rows(driver, 'MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases ORDER BY id');
    expect(people).toEqual([
      { id: 'person:ruslan-kaliyev', aliases: ['Ruslan Kaliyev'] },
      { id: 'person:rustam-kaliyev', aliases: ['Rustam Kaliyev', 'Rustam Kaliyef'] },
    ]);
  });
});

describe('an import that stops half-way', () => {
  let driver: Driver;
  let dir: string;
  // Six short articles of our own, one official pair each.
  const pairs = [
    ['Kemal Demir', 'Tariq Qureshi', 'Ankara'],
    ['Aidar Nurlanov', 'Jasur Karimov', 'Tashkent'],
    ['Salim Al-Harthy', 'Khalid Al-Thani', 'Muscat'],
    ['Nabil Saade', 'Karim Haddad', 'Beirut'],
    ['Omar Farouk', 'Sergei Volkov', 'Moscow'],
    ['Ayesha Siddiqui', 'Murat Yilmaz', 'Islamabad'],
  ];
  beforeAll(async () => {
    driver = testDriver();
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-interrupted-'));
    await Promise.all(
      pairs.map(([a, b, city], i) =>
        writeFile(
          join(dir, `article-${i}.txt`),
          `Ministers meet in ${city}\n\nForeign Minister ${a} met his counterpart ${b} in ${city} on May ${i + 3}, 2022, to discuss trade.\n${a} said the talks were useful.\n`,
        ),
      ),
    );
  });
  afterAll(() => driver.close());

  it('should leave only whole articles behind, and a second run should complete the graph', async () => {
    await cleanDatabase(driver);
    const complete = { driver, extractor: createExtractor(loadModel()) };
    await importSources(complete, [dir], { batchSize: 2 });
    const expected = await graphCounts(driver);

    await cleanDatabase(driver);
    let calls = 0;
    const failing = {
      driver,
      extractor: {
        ...complete.extractor,
        // The third batch fails before it is written, as a crash would.
        resolve: (...args: Parameters<typeof complete.extractor.resolve>) => {
          calls += 1;
          if (calls === 3) throw new Error('simulated crash');
          return complete.extractor.resolve(...args);
        },
      },
    };
    await expect(importSources(failing, [dir], { batchSize: 2 })).rejects.toThrow('simulated crash');
    const written = await rows(
      driver,
      'MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:MENTIONS]->(:Person) } AS people, COUNT { (a)<-[:REPORTED_IN]-() } AS events',
    );
    expect(written).toHaveLength(4);
    for (const article of written) expect(article).toMatchObject({ people: 2, events: 1 });

    const rerun = await importSources(complete, [dir], { batchSize: 2 });
    expect(rerun).toMatchObject({ unchanged: 4, imported: 2 });
    expect(await graphCounts(driver)).toEqual(expected);
  });
});

describe('mapping facts to rows', () => {
  const ctx = (text: string) => ({ text, countryCode: factsExtractor.countryCode });

  it.each([
    ['2021-03-03', false, 2, true],
    ['2021-03', false, 2, false],
    ['2021-03-03', true, 2, false],
    ['2021-03-03', false, 0, false],
  ])(
    'should share an event id across articles only for a held, dated, named event (%s, planned %s, %i people)',
    (date, planned, people, shared) => {
      const names = ['Kemal Demir', 'Tariq Qureshi'].slice(0, people);
      const event = { ...meeting(names, date, 'Ankara', ANKARA), planned };
      const persons = names.map((n) => person(n));
      const one = factsToRows(articleFacts({ id: 'a:1', persons, events: [event] }), ctx(ANKARA));
      const two = factsToRows(articleFacts({ id: 'a:2', persons, events: [event] }), ctx(ANKARA));
      expect(one.events[0]?.id === two.events[0]?.id).toBe(shared);
    },
  );

  it('should count mentions longest spelling first and keep the first sentence as evidence', () => {
    const text = 'Zakir Hasanov arrived. Later, Hasanov spoke. Hasanova is someone else.';
    const p = person('Zakir Hasanov', { aliases: ['Zakir Hasanov', 'Hasanov'] });
    const rows = factsToRows(articleFacts({ id: 'a:3', text, persons: [p] }), ctx(text));
    expect(rows.persons[0]).toMatchObject({ count: 2, evidence: 'Zakir Hasanov arrived.' });
  });

  it('should make one MET row per pair of a held meeting and none for a planned one', () => {
    const names = ['Kemal Demir', 'Tariq Qureshi', 'Salim Al-Harthy'];
    const held = meeting(names, '2022-06-14', 'Karachi', KARACHI);
    const planned = {
      ...meeting(names.slice(0, 2), '2022-07', null, 'They will meet in July.'),
      planned: true,
    };
    const rows = factsToRows(
      articleFacts({ id: 'a:4', persons: names.map((n) => person(n)), events: [held, planned] }),
      ctx(KARACHI),
    );
    expect(rows.met.map((m) => [m.a, m.b])).toEqual([
      [personId('Kemal Demir'), personId('Salim Al-Harthy')],
      [personId('Kemal Demir'), personId('Tariq Qureshi')],
      [personId('Salim Al-Harthy'), personId('Tariq Qureshi')],
    ]);
  });

  it('should give a rank-only post a role and put an event in a country node when the place is a country', () => {
    const general = person('Aidar Nurlanov', {
      roles: [role({ rank: 'Major General', country: 'Kazakhstan' })],
    });
    const visit = {
      ...meeting(['Aidar Nurlanov'], '2023', 'Oman', 'He visited Oman.'),
      type: 'visit' as const,
    };
    const rows = factsToRows(
      articleFacts({ id: 'a:5', persons: [general], events: [visit] }),
      ctx('He visited Oman.'),
    );
    expect(rows.holds[0]).toMatchObject({
      role: 'role:major-general@kz',
      name: 'Major General of Kazakhstan',
      country: 'KZ',
    });
    expect(rows.events[0]).toMatchObject({ place: 'OM', placeLabel: 'Country' });
  });
});
