/**
 * Worker thread of the extraction bench: reads and extracts its share of the files, reports counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { readLocalSourceSync } from '../sources/read.ts';

/** What the worker reports back: articles and bytes extracted, persons found, busy time. */
export interface WorkerReport {
  articles: number;
  bytes: number;
  persons: number;
  ms: number;
}

/** Reads (synchronously: see readLocalSourceSync) and extracts the files one by one on this thread. */
export function extractFiles(files: readonly string[]): WorkerReport {
  const model = loadModel();
  const started = performance.now();
  const report: WorkerReport = { articles: 0, bytes: 0, persons: 0, ms: 0 };
  for (const file of files) {
    const source = readLocalSourceSync(file);
    if (!source.ok) continue;
    const facts = extractArticle(source, model, { published: null });
    report.articles += 1;
    report.bytes += Buffer.byteLength(source.text);
    report.persons += facts.persons.length;
  }
  report.ms = performance.now() - started;
  return report;
}

if (parentPort) {
  const files = z.array(z.string()).parse(workerData);
  parentPort.postMessage(extractFiles(files));
}
