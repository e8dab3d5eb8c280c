import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/corpus.ts';

describe('generateCorpus', () => {
  it('should give the same corpus for the same options and a different one for another seed', () => {
    const a = generateCorpus({ articles: 20, seed: 7 });
    expect(generateCorpus({ articles: 20, seed: 7 })).toEqual(a);
    expect(generateCorpus({ articles: 20, seed: 8 })).not.toEqual(a);
  });

  it('should stop at the byte target when one is given', () => {
    const corpus = generateCorpus({ targetBytes: 200_000 });
    const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    expect(bytes).toBeGreaterThanOrEqual(200_000);
    expect(bytes - Buffer.byteLength(corpus.at(-1)?.text ?? '')).toBeLessThan(200_000);
  });

  it('should name every listed participant in the article text, with a dateline and a title line', () => {
    for (const article of generateCorpus({ articles: 50 })) {
      for (const name of article.people) expect(article.text).toContain(name);
      expect(article.text.split('\n')[1]).toMatch(/^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(/);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('should respell some names when asked, keeping the canonical names beside them', () => {
    const plain = generateCorpus({ articles: 100 });
    expect(plain.every((a) => a.written.join() === a.people.join())).toBe(true);
    const varied = generateCorpus({ articles: 100, variantRate: 0.5 });
    const respelled = varied.flatMap((a) => a.written.filter((name, i) => name !== a.people[i]));
    expect(respelled.length).toBeGreaterThan(20);
    for (const article of varied) for (const name of article.written) expect(article.text).toContain(name);
  });

  it('should make people recur across articles more as overlap grows', () => {
    const distinct = (overlap: number): number =>
      new Set(generateCorpus({ articles: 300, peoplePool: 400, overlap }).flatMap((a) => a.people)).size;
    expect(distinct(0.9)).toBeLessThan(distinct(0));
  });
});
