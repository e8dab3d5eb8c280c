/**
 * `npm run bench -- extract [--mb 5] [--workers N] [--dir <folder>] [--passes 1]`: extraction throughput
 * on a synthetic corpus (fictional names, see corpus.ts), or on the articles of a folder repeated to
 * the same size: articles/s, MB/s per core and overall, peak RSS. With `--passes N` (one thread) the
 * same files are extracted N times and each pass is printed: the first pass includes V8's warm-up
 * (about the first 3,000 articles run slower), later passes show the steady state of a long import.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { listSources } from '../sources/read.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { extractFiles, type WorkerReport } from './extract-worker.ts';
import { runTsWorker } from './worker.ts';

const argsSchema = z.object({
  dir: z.string().min(1).optional(),
  mb: z.coerce.number().positive(),
  workers: z.coerce.number().int().min(1).max(64),
  passes: z.coerce.number().int().min(1).max(20),
});

const reportSchema = z.object({
  articles: z.number(),
  bytes: z.number(),
  persons: z.number(),
  ms: z.number(),
});

/** Runs one worker thread over a share of the files. */
function runWorker(files: string[]): Promise<WorkerReport> {
  return runTsWorker(new URL('./extract-worker.ts', import.meta.url), files, reportSchema);
}

/** Splits files round-robin into n shares. */
function shares(files: string[], n: number): string[][] {
  const out: string[][] = Array.from({ length: n }, () => []);
  files.forEach((file, i) => out[i % n]?.push(file));
  return out;
}

function sum(reports: WorkerReport[]): WorkerReport {
  return reports.reduce(
    (a, r) => ({
      articles: a.articles + r.articles,
      bytes: a.bytes + r.bytes,
      persons: a.persons + r.persons,
      ms: a.ms + r.ms,
    }),
    { articles: 0, bytes: 0, persons: 0, ms: 0 },
  );
}

/** Prints the figures of one run. */
function print(total: WorkerReport, wallMs: number, workers: number, cpuMs: number | null): void {
  const mb = total.bytes / 1024 / 1024;
  const perCoreSeconds = total.ms / 1000;
  // CPU time is the fairer per-core figure when other processes share the cores (wall time then counts waiting).
  const cpu =
    cpuMs === null
      ? []
      : [
          `per CPU-second: ${(mb / (cpuMs / 1000)).toFixed(2)} MB/s (CPU time ${(cpuMs / 1000).toFixed(2)} s)`,
        ];
  const lines = [
    `corpus: ${total.articles} articles, ${mb.toFixed(2)} MB, ${total.persons} persons extracted`,
    `workers: ${workers}, wall time ${(wallMs / 1000).toFixed(2)} s`,
    `per core: ${(total.articles / perCoreSeconds).toFixed(0)} articles/s, ${(mb / perCoreSeconds).toFixed(2)} MB/s`,
    `overall: ${(total.articles / (wallMs / 1000)).toFixed(0)} articles/s, ${(mb / (wallMs / 1000)).toFixed(2)} MB/s`,
    ...cpu,
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    `load average (1 min) at the end: ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Copies the article files of a folder (real text of the genre) into `folder`, repeating them under
 * new names until the copy holds `targetBytes`, so that real articles can be timed at corpus size.
 */
async function replicateFolder(source: string, folder: string, targetBytes: number): Promise<string[]> {
  const { sources } = await listSources([source]);
  const originals = await Promise.all(
    sources.map(async (ref) => ({ name: basename(ref.file), bytes: await readFile(ref.file) })),
  );
  const total = originals.reduce((n, o) => n + o.bytes.length, 0);
  if (total === 0) throw new Error(`${source} holds no .txt/.html/.htm articles to bench`);
  const rounds = Math.max(1, Math.ceil(targetBytes / total));
  const paths: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const original of originals) {
      const path = join(folder, `${String(round).padStart(4, '0')}-${original.name}`);
      await writeFile(path, original.bytes);
      paths.push(path);
    }
  }
  return paths;
}

/** Extracts every file once (on this thread or on workers) and prints the figures. */
async function timePass(files: string[], workers: number): Promise<void> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const reports =
    workers === 1 ? [extractFiles(files)] : await Promise.all(shares(files, workers).map(runWorker));
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = workers === 1 ? (cpu.user + cpu.system) / 1000 : null;
  print(sum(reports), performance.now() - started, workers, cpuMs);
}

/** Entry point called by `npm run bench -- extract`. */
export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: 'string', default: '5' },
      workers: { type: 'string', default: '1' },
      dir: { type: 'string' },
      passes: { type: 'string', default: '1' },
    },
  });
  const args = argsSchema.parse(values);
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-extract-'));
  try {
    const targetBytes = args.mb * 1024 * 1024;
    const files = args.dir
      ? await replicateFolder(args.dir, folder, targetBytes)
      : await writeCorpus(folder, generateCorpus({ targetBytes }));
    process.stdout.write(`source: ${args.dir ? `${args.dir} (repeated)` : 'synthetic corpus (seed 42)'}\n`);
    const loadStart = performance.now();
    loadModel();
    process.stdout.write(`model load: ${(performance.now() - loadStart).toFixed(0)} ms\n`);
    const passes = args.workers === 1 ? args.passes : 1;
    for (let pass = 1; pass <= passes; pass++) {
      if (passes > 1) process.stdout.write(`-- pass ${pass} of ${passes}\n`);
      await timePass(files, args.workers);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
