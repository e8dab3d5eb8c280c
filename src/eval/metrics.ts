/**
 * Counting true/false positives and misses, and turning counts into precision, recall and F1.
 */

/** Raw counts for one category; summed over articles for micro-averages. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 with the counts they come from. */
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Zero counts. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds b into a (micro-averaging). */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision/recall/F1; an empty side counts as perfect so that "nothing expected, nothing found" scores 1. */
export function toScores(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** The outcome of matching two lists: matched index pairs and what is left on each side. */
export interface Matching<G, P> {
  pairs: [G, P][];
  missed: G[];
  extra: P[];
}

/**
 * One-to-one greedy matching: for each gold item (in order) the first unused prediction that
 * `matches` accepts. Passes run in order so that strong matches are taken before weak ones.
 */
export function matchGreedy<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  passes: ((g: G, p: P) => boolean)[],
): Matching<G, P> {
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [G, P][] = [];
  for (const matches of passes) {
    gold.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      const pi = predicted.findIndex((p, i) => !usedPred.has(i) && matches(g, p));
      const p = predicted[pi];
      if (pi < 0 || p === undefined) return;
      usedGold.add(gi);
      usedPred.add(pi);
      pairs.push([g, p]);
    });
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    extra: predicted.filter((_, i) => !usedPred.has(i)),
  };
}

/** Counts of a matching. */
export function countMatching<G, P>(matching: Matching<G, P>): Counts {
  return { tp: matching.pairs.length, fp: matching.extra.length, fn: matching.missed.length };
}

/** Builds a record with one entry per key; the one place a partial object is widened to the full record. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}
