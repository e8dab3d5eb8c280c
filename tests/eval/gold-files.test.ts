import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, type GoldArticle } from '../../src/eval/gold.ts';
import { scoreExtraction } from '../../src/eval/score.ts';
import type { ArticleFacts, ExtractionOutput } from '../../src/shared/types.ts';

const REPO = join(import.meta.dirname, '..', '..');
const SEEDS = resolve(REPO, process.env.NEWSGRAPH_SEEDS ?? '../shared/seeds');
const GOLD_FILES = [
  join(SEEDS, 'gold.json'),
  join(REPO, 'tests/fixtures/devset/gold.json'),
  join(REPO, 'tests/fixtures/holdout/gold.json'),
  join(REPO, 'tests/fixtures/regional/gold.json'),
  join(REPO, 'tests/fixtures/regional/unseen/gold.json'),
  join(REPO, 'tests/fixtures/blind/gold.json'),
];

const idOf = (name: string): string => `person:${name.toLowerCase().replace(/\W+/g, '-')}`;

/** The reference restated as an extraction, the way a perfect extractor would print it. */
function oracleArticle(gold: GoldArticle): ArticleFacts {
  const byMention = new Map<string, string>();
  for (const p of gold.persons) for (const form of [p.name, ...p.mentions]) byMention.set(form, p.name);
  const named = (list: string[]): { id: string; name: string }[] => list.map((name) => ({ id: name, name }));
  return {
    file: gold.file,
    id: gold.file,
    title: null,
    published: gold.published,
    persons: gold.persons.map((p) => ({
      id: idOf(p.name),
      name: p.name,
      aliases: p.mentions,
      roles: p.roles.map((r) => ({ ...r, organization: null })),
    })),
    countries: named(gold.countries),
    places: gold.places.map((name) => ({ id: name, name, kind: 'other' })),
    organizations: named(gold.organizations),
    topics: named(gold.topics),
    events: gold.events.map((e, i) => ({
      id: `${gold.file}#${i}`,
      type: e.type,
      participants: e.participants.map((name) => idOf(byMention.get(name) ?? name)),
      unnamed: [],
      date: e.date,
      place: e.place,
      planned: e.planned ?? false,
      evidence: e.evidence ?? '',
    })),
  };
}

describe.each(GOLD_FILES)('gold file %s', (file) => {
  it('should be valid and consistent: the reference itself scores perfectly', async () => {
    const gold = await loadGold(file);
    const output: ExtractionOutput = { articles: gold.articles.map(oracleArticle) };
    const report = scoreExtraction(gold, output);
    for (const [category, scores] of Object.entries(report.totals))
      expect([category, scores.f1]).toEqual([category, 1]);
    expect(report.events.meetings.dateAccuracy).toBe(1);
    expect(report.distinctPeople).toMatchObject({
      predicted: gold.distinct_people.length,
      split: [],
      merged: [],
    });
    const named = new Set(gold.articles.flatMap((a) => a.persons.map((p) => p.name)));
    expect([...named].sort()).toEqual([...gold.distinct_people].sort());
  });
});
