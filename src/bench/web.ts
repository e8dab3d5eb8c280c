/**
 * `npm run bench -- web [--people 4000] [--nodes 2000] [--renders 5] [--clients 50] [--requests 200] [--warmup 100] [--pool N]`:
 * on its own Neo4j instance (never the user's graph), builds a synthetic graph, serves the
 * explorer, then measures (1) in Chromium the time from asking for a 2,000-node subgraph to its
 * first painted frame, and to the end of the force layout, once on the fresh server and `renders`
 * times after the API load; (2) API latency with 50 concurrent
 * clients on loopback, each making a bounded number of requests (median, p95 per route); the clients
 * run in a worker thread (src/bench/web-load.ts), so the server's event loop serves requests only.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { cypher } from '../graph/cypher.ts';
import { DEFAULT_DRIVER_OPTIONS } from '../graph/driver.ts';
import { warmQueries } from '../graph/queries/warm-up.ts';
import { createApp, warmUp } from '../server/app.ts';
import { withBenchInstance } from './instance.ts';
import { quantile } from './latency.ts';
import { loadResultSchema, type LoadResult } from './web-load.ts';
import { launchChromium } from './web-browser.ts';
import { runTsWorker } from './worker.ts';

const argsSchema = z.object({
  people: z.coerce.number().int().min(100).default(4000),
  nodes: z.coerce.number().int().min(10).default(2000),
  renders: z.coerce.number().int().min(1).max(50).default(5),
  clients: z.coerce.number().int().min(1).max(500).default(50),
  // 10,000 measured requests: a p95 from enough samples, and the JVM past its warm-up (docs/benchmarks.md).
  requests: z.coerce.number().int().min(1).max(1000).default(200),
  // Per client, reported apart: 5,000 requests in all, about what a fresh Neo4j JVM needs before its hot
  // paths are compiled (with 1,000 the measured phase still ran 30-40% slower; docs/benchmarks.md).
  warmup: z.coerce.number().int().min(0).max(1000).default(100),
  // The server's Bolt pool; the app's own default unless measuring another size.
  pool: z.coerce.number().int().min(1).max(500).default(DEFAULT_DRIVER_OPTIONS.maxPoolSize),
  keep: z.boolean().default(false),
});
type Args = z.infer<typeof argsSchema>;

async function buildGraph(driver: Driver, args: Args): Promise<void> {
  await driver.executeQuery(cypher('bench/web-graph'), {
    people: args.people,
    countries: 20,
    meetings: args.people * 2,
  });
}

/** Timings of one render, in ms, measured inside the page. */
interface RenderTiming {
  fetchMs: number;
  firstPaintMs: number;
  layoutDoneMs: number;
  nodes: number;
  edges: number;
}

/** One page in Chromium, ready to time renders of the bench's subgraph. */
interface RenderPage {
  time(runs: number): Promise<RenderTiming[]>;
  close(): Promise<void>;
}

async function openRenderPage(url: string, args: Args): Promise<RenderPage> {
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
  const ids = Array.from({ length: args.nodes }, (_, i) => `bench-person-${i}`);
  const time = async (runs: number): Promise<RenderTiming[]> => {
    const timings: RenderTiming[] = [];
    for (let run = 0; run < runs; run += 1) timings.push(await page.evaluate(renderOnce, ids));
    return timings;
  };
  return { time, close: () => browser.close() };
}

// Runs inside the page. No named inner functions here: tsx would wrap them in a __name helper the page lacks.
async function renderOnce(nodeIds: string[]): Promise<RenderTiming> {
  const explorer = window.newsgraph.explorer;
  explorer.renderer.clear();
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const t0 = performance.now();
  const response = await fetch('/api/subgraph', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids: nodeIds }),
  });
  const graph = await response.json();
  const t1 = performance.now();
  explorer.addGraph(graph);
  // Two frames: the one that draws the elements, and proof it was presented.
  // The next frame's callbacks run once the frame that drew the elements was presented.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const t2 = performance.now();
  while (explorer.renderer.busy) await new Promise((resolve) => setTimeout(resolve, 20));
  const t3 = performance.now();
  const cy = explorer.renderer.cy;
  return {
    fetchMs: t1 - t0,
    firstPaintMs: t2 - t0,
    layoutDoneMs: t3 - t0,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
  };
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms (n=${sorted.length})`;
}

function perRequest(seconds: number, requests: number): string {
  return `${((seconds * 1000) / requests).toFixed(2)} ms`;
}

function report(args: Args, cold: RenderTiming | undefined, renders: RenderTiming[], load: LoadResult): string {
  const all = Object.values(load.routes).flat();
  const first = renders[0];
  return [
    `graph: ${args.people} people; rendered subgraph: ${first?.nodes ?? 0} nodes, ${first?.edges ?? 0} edges, ${renders.length} runs`,
    `on the fresh server, before any other request: fetch ${cold?.fetchMs.toFixed(1)} ms, first render ${cold?.firstPaintMs.toFixed(1)} ms, settled ${cold?.layoutDoneMs.toFixed(1)} ms`,
    `after the API load (server warm):`,
    `subgraph fetch (API + JSON): ${stats(renders.map((r) => r.fetchMs))}`,
    `time to first render (request -> painted frame): ${stats(renders.map((r) => r.firstPaintMs))}`,
    `time to settled force layout: ${stats(renders.map((r) => r.layoutDoneMs))}`,
    `API warm-up (before measuring; ${args.clients} clients x ${args.warmup} requests, fresh Neo4j JVM): ${stats(load.warmup)}`,
    `API under ${args.clients} concurrent clients x ${args.requests} requests, Bolt pool ${args.pool}: ${stats(all)}; ${(all.length / (load.wallMs / 1000)).toFixed(0)} req/s`,
    ...Object.entries(load.routes).map(([route, times]) => `  ${route}: ${stats(times)}`),
    `  CPU per request: ${perRequest(load.cpu.appS, all.length)} in this process (server and clients), ${load.cpu.neo4jS === null ? '?' : perRequest(load.cpu.neo4jS, all.length)} in Neo4j`,
    `API with one client (no concurrency): ${stats(Object.values(load.single).flat())}`,
    `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  ].join('\n');
}

function listen(driver: Driver): Promise<Server> {
  const quiet = {
    info: () => undefined,
    warn: () => undefined,
    error: (m: string, ...d: unknown[]) => console.error(m, ...d),
  };
  const app = createApp({ config: {}, driver, logger: quiet });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Entry point called by `npm run bench -- web`. */
export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      people: { type: 'string' },
      nodes: { type: 'string' },
      renders: { type: 'string' },
      clients: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      pool: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const args = argsSchema.parse(values);
  // Its own instance and ports, so the bench never touches the user's graph or the import bench's.
  const instance = {
    folder: 'bench-web-neo4j',
    boltPort: 7694,
    httpPort: 7484,
    driver: { maxPoolSize: args.pool },
    keep: args.keep,
  };
  await withBenchInstance(instance, async ({ driver, pid }) => {
    await buildGraph(driver, args);
    // What `npm start` does before the first visitor: bundle the page, plan the canned queries.
    await Promise.all([warmUp(), warmQueries(driver)]);
    const http = await listen(driver);
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const page = await openRenderPage(base, args);
    try {
      // The first render meets a Neo4j that has only built the graph: what the first analyst sees.
      const [cold] = await page.time(1);
      const plan = {
        base,
        people: args.people,
        clients: args.clients,
        requests: args.requests,
        warmup: args.warmup,
        neo4jPid: pid,
      };
      const load = await runTsWorker(new URL('./web-load.ts', import.meta.url), plan, loadResultSchema);
      const renders = await page.time(args.renders);
      process.stdout.write(`${report(args, cold, renders, load)}\n`);
    } finally {
      await page.close();
      await new Promise((resolve) => http.close(() => resolve(null)));
    }
  });
}
