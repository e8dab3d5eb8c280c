/**
 * Latency statistics for benches: run a call many times and report median and 95th percentile.
 */

/** Median and p95 of a set of timings, in milliseconds. */
export interface Latency {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** The q-quantile (0..1) of sorted numbers, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Calls `call(i)` for i = 0..runs-1 one after another (after `warmup` untimed calls) and times each. */
export async function measure(
  runs: number,
  warmup: number,
  call: (i: number) => Promise<unknown>,
): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await call(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await call(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { runs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
}
