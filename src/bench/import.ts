/**
 * `npm run bench -- import [--articles 10000] [--people 2000] [--batch 100] [--runs 300] [--keep]`:
 * imports a synthetic corpus (src/bench/corpus.ts, fictional people recurring across articles) end
 * to end — files read, extracted, resolved, written — into a Neo4j instance of its own
 * (`<NEWSGRAPH_HOME>/bench-neo4j`, bolt 7693), then times the canned queries on the resulting graph.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { createExtractor } from '../graph/extractor.ts';
import { DEFAULT_IMPORT_OPTIONS, importSources, type ImportSummary } from '../graph/import.ts';
import { whoMetWhom } from '../graph/queries/meetings.ts';
import { neighbourhood } from '../graph/queries/neighbourhood.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { withCpu, type CpuUse } from './cpu.ts';
import { withBenchInstance } from './instance.ts';
import { measure, type Latency } from './latency.ts';

const argsSchema = z.object({
  articles: z.coerce.number().int().min(1).default(10_000),
  people: z.coerce.number().int().min(2).default(2_000),
  batch: z.coerce.number().int().min(1).default(DEFAULT_IMPORT_OPTIONS.batchSize),
  runs: z.coerce.number().int().min(10).default(300),
  keep: z.boolean().default(false),
});
type Args = z.infer<typeof argsSchema>;

async function count(driver: Driver, query: string): Promise<number> {
  const value: unknown = (await driver.executeQuery(query)).records[0]?.get(0);
  return typeof value === 'number' ? value : Number(value ?? 0);
}

function diskMb(path: string): number {
  const out = execFileSync('du', ['-sk', path], { encoding: 'utf8' });
  return Number(out.split('\t')[0]) / 1024;
}

/** Store files and transaction logs of the bench database, in MB (logs are preallocated in 256 MB files). */
function storeMb(instanceHome: string): { store: number; logs: number } {
  const data = join(instanceHome, 'data');
  return {
    store: diskMb(join(data, 'databases', 'neo4j')),
    logs: diskMb(join(data, 'transactions', 'neo4j')),
  };
}

async function timeQueries(
  driver: Driver,
  runs: number,
): Promise<{ whoMet: Latency; hood: Latency; people: number }> {
  const ids = (await driver.executeQuery('MATCH (p:Person) RETURN p.id AS id ORDER BY p.id')).records.map(
    (r) => String(r.get('id')),
  );
  // Every k-th person: a spread from the busiest to the quietest, the same each run.
  const step = Math.max(1, Math.floor(ids.length / runs));
  const sample = ids.filter((_, i) => i % step === 0);
  const pick = (i: number): string => sample[i % sample.length] ?? '';
  const whoMet = await measure(runs, 20, (i) => whoMetWhom(driver, pick(i)));
  const hood = await measure(runs, 20, (i) => neighbourhood(driver, pick(i)));
  return { whoMet, hood, people: sample.length };
}

function report(
  args: Args,
  cpu: CpuUse,
  first: ImportSummary,
  again: ImportSummary,
  facts: number,
  nodes: number,
  mb: { store: number; logs: number },
  q: Awaited<ReturnType<typeof timeQueries>>,
): string {
  const seconds = first.durationMs / 1000;
  const ms = (l: Latency): string =>
    `median ${l.medianMs.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms (${l.runs} runs)`;
  return [
    `corpus: ${args.articles} articles, pool of ${args.people} people, batch ${args.batch}`,
    `import: ${first.imported} imported, ${first.skipped.length} skipped in ${seconds.toFixed(1)} s = ${(first.imported / seconds).toFixed(0)} articles/s`,
    `facts: ${facts} relationships, ${nodes} nodes (${first.personsCreated} people, ${first.events} events, ${first.meetings} MET) = ${(facts / seconds).toFixed(0)} facts/s`,
    `CPU: importer ${cpu.appS.toFixed(1)} s, Neo4j ${cpu.neo4jS?.toFixed(1) ?? '?'} s = ${(first.imported / (cpu.appS + (cpu.neo4jS ?? 0))).toFixed(0)} articles per CPU-second (both together)`,
    `re-import (all unchanged): ${(again.durationMs / 1000).toFixed(1)} s, ${again.unchanged} unchanged`,
    `database size on disk: store ${mb.store.toFixed(0)} MB, transaction logs ${mb.logs.toFixed(0)} MB`,
    `who-met-whom: ${ms(q.whoMet)} over ${q.people} people`,
    `neighbourhood (25 of N): ${ms(q.hood)}`,
    `peak RSS (bench process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  ].join('\n');
}

/** Entry point called by `npm run bench -- import`. */
export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      people: { type: 'string' },
      batch: { type: 'string' },
      runs: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const args = argsSchema.parse(values);
  // Its own instance, so the bench never wipes the user's graph; a larger heap for 10k articles.
  const instance = {
    folder: 'bench-neo4j',
    boltPort: 7693,
    httpPort: 7483,
    memory: { heap: '1g', pageCache: '512m' },
    keep: args.keep,
  };
  await withBenchInstance(instance, async ({ driver, pid, home }) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-import-'));
    try {
      await writeCorpus(folder, generateCorpus({ articles: args.articles, peoplePool: args.people }));
      const extractor = createExtractor(loadModel());
      const { result: first, cpu } = await withCpu(pid, () =>
        importSources({ driver, extractor }, [folder], { batchSize: args.batch }),
      );
      const again = await importSources({ driver, extractor }, [folder], { batchSize: args.batch });
      const facts = await count(driver, 'MATCH ()-[r]->() RETURN count(r)');
      const nodes = await count(driver, 'MATCH (n) RETURN count(n)');
      const queries = await timeQueries(driver, args.runs);
      process.stdout.write(`${report(args, cpu, first, again, facts, nodes, storeMb(home), queries)}\n`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}
