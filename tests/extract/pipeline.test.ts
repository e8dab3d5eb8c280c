import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EventFact } from '../../src/shared/types.ts';
import { loadModel } from '../../src/extract/model/index.ts';
import { articleId, extractArticle } from '../../src/extract/pipeline.ts';
import { resolvePersons } from '../../src/resolve/persons.ts';
import { SEEDS_DIR, loadSeeds } from './seed-helpers.ts';

const model = loadModel();

// Our own article in the genre: a dateline, a title chain, a counterpart, a surname, chrome with a name.
const ARTICLE = [
  'Turkey, Oman vow closer naval cooperation',
  '',
  'ANKARA, March 3, 2021 (Reuters) - Turkish Defence Minister General Kemal Arslan met his Omani counterpart Sayyid Badr Al-Busaidi in Ankara on Monday, the ministry said.',
  '',
  'Arslan said the two navies would hold joint drills in the Arabian Sea next year.',
  '',
  'The Omani minister invited his host to visit Muscat.',
  '',
  'Most read',
  'Film star Julia Brightwater opens a bakery in Paris.',
].join('\n');

const GoldPersons = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      persons: z.array(z.object({ name: z.string(), mentions: z.array(z.string()) })),
      boilerplate_people: z.array(z.string()),
    }),
  ),
  distinct_people: z.array(z.string()),
});

describe('pipeline', () => {
  const facts = extractArticle({ file: 'ankara.txt', text: ARTICLE }, model);

  it('should find the story people with their roles and leave chrome people out', () => {
    expect(facts.persons.map((p) => p.name)).toEqual(['Kemal Arslan', 'Badr Al-Busaidi']);
    expect(facts.persons[0]).toMatchObject({ id: 'person:kemal-arslan', aliases: ['Arslan'] });
    expect(facts.persons[1]?.roles).toMatchObject([{ title: 'Minister of Defense', country: 'Oman' }]);
  });

  it('should give events person ids and a stable article id', () => {
    const ids = new Set(facts.persons.map((p) => p.id));
    for (const event of facts.events) for (const id of event.participants) expect(ids.has(id)).toBe(true);
    expect(facts.events.some((e) => e.type === 'meeting' && e.participants.length === 2)).toBe(true);
    expect(facts.id).toBe(articleId('ankara.txt'));
    expect(facts.text?.includes('Julia Brightwater')).toBe(false);
  });

  it('should use the override date only when the text has none', () => {
    const undated = 'Kazakh Foreign Minister Daulet Serikbayev met Uzbek officials in Tashkent.';
    expect(
      extractArticle({ file: 'x.txt', text: undated }, model, { published: '2021-06-14' }).published,
    ).toBe('2021-06-14');
    expect(
      extractArticle({ file: 'y.txt', text: ARTICLE }, model, { published: '1999-01-01' }).published,
    ).toBe('2021-03-03');
  });

  const seeds = loadSeeds();
  it.runIf(seeds.length > 0)(
    'should find every seed person, no boilerplate person, and the reference number of distinct people',
    () => {
      const gold = GoldPersons.parse(JSON.parse(readFileSync(join(SEEDS_DIR, 'gold.json'), 'utf8')));
      const articles = resolvePersons(seeds.map((s) => extractArticle({ file: s.file, text: s.raw }, model)));
      for (const a of articles) {
        const g = gold.articles.find((x) => x.file === a.file);
        const found = a.persons.flatMap((p) => [p.name, ...p.aliases]);
        for (const p of g?.persons ?? [])
          expect(
            found.some((n) => n === p.name || p.mentions.includes(n)),
            `${a.file}: ${p.name}`,
          ).toBe(true);
        for (const b of g?.boilerplate_people ?? []) expect(found).not.toContain(b);
      }
      expect(new Set(articles.flatMap((a) => a.persons.map((p) => p.id))).size).toBe(
        gold.distinct_people.length,
      );
    },
  );
});

// Our own paragraph in the genre, repeated to article size: every copy states the same four events.
const PARAGRAPH = [
  'BAKU, May 14 (Reuters) - Azerbaijani Defence Minister Ilgar Mammadli met his Georgian counterpart Levan Kavtaradze in Baku on Monday.',
  'Later in the day, Mammadli also met Turkish Deputy Foreign Minister Selim Aydemir.',
  'Kavtaradze and Aydemir signed a memorandum on border security.',
  'Mammadli is expected to visit Tbilisi next month, the ministry said.',
].join(' ');

describe('pipeline on a huge article', () => {
  it('should extract a 300 KB article of repeated sentences and merge the repeats into the events of one copy', () => {
    const once = extractArticle(
      { file: 'once.txt', text: `Ministers meet\nMay 14, 2024\n\n${PARAGRAPH}\n` },
      model,
    );
    const copies = Math.ceil(300_000 / (PARAGRAPH.length + 2));
    const text = `Ministers meet\nMay 14, 2024\n\n${Array.from({ length: copies }, () => PARAGRAPH).join('\n\n')}\n`;
    expect(text.length).toBeGreaterThan(300_000);
    const huge = extractArticle({ file: 'huge.txt', text }, model);
    const brief = (e: EventFact): string =>
      `${e.type} ${[...e.participants].sort().join('+')} ${e.date ?? '-'} ${e.place ?? '-'} ${e.planned}`;
    expect(once.events.length).toBeGreaterThanOrEqual(3);
    expect(huge.events.map(brief).sort()).toEqual(once.events.map(brief).sort());
  });
});
