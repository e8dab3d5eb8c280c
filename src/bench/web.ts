/**
 * `npm run bench -- web [--people 4000] [--nodes 2000] [--renders 5] [--clients 50] [--requests 40]`:
 * on its own Neo4j instance (never the user's graph), builds a synthetic graph, serves the
 * explorer, then measures (1) in Chromium the time from asking for a 2,000-node subgraph to its
 * first painted frame, and to the end of the force layout; (2) API latency with 50 concurrent
 * clients on loopback, each making a bounded number of requests (median, p95 per route).
 */
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { localServerOptions } from '../db-server/local.ts';
import { startLocalServer, stopLocalServer, type LocalServerOptions } from '../db-server/server.ts';
import { cypher } from '../graph/cypher.ts';
import { connect } from '../graph/driver.ts';
import { applySchema } from '../graph/schema.ts';
import { createApp, warmUp } from '../server/app.ts';
import { quantile } from './latency.ts';
import { launchChromium } from './web-browser.ts';

const argsSchema = z.object({
  people: z.coerce.number().int().min(100).default(4000),
  nodes: z.coerce.number().int().min(10).default(2000),
  renders: z.coerce.number().int().min(1).max(50).default(5),
  clients: z.coerce.number().int().min(1).max(500).default(50),
  requests: z.coerce.number().int().min(1).max(1000).default(40),
  keep: z.boolean().default(false),
});
type Args = z.infer<typeof argsSchema>;

function benchServer(): LocalServerOptions {
  const base = localServerOptions(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  // Its own instance and ports, so the bench never touches the user's graph or the import bench's.
  return {
    ...base,
    instanceHome: join(base.newsgraphHome, 'bench-web-neo4j'),
    boltPort: 7694,
    httpPort: 7484,
    password: undefined,
  };
}

async function buildGraph(driver: Driver, args: Args): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver);
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

async function timeRenders(url: string, args: Args): Promise<RenderTiming[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
    const ids = Array.from({ length: args.nodes }, (_, i) => `bench-person-${i}`);
    const timings: RenderTiming[] = [];
    for (let run = 0; run < args.renders; run += 1) {
      timings.push(
        await page.evaluate(async (nodeIds) => {
          // No named inner functions here: tsx would wrap them in a __name helper the page lacks.
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
        }, ids),
      );
    }
    return timings;
  } finally {
    await browser.close();
  }
}

type RouteTimes = Map<string, number[]>;

/** Latencies under load, and of one client alone for comparison. */
interface LoadResult {
  routes: RouteTimes;
  wallMs: number;
  single: RouteTimes;
}

async function loadTest(base: string, args: Args): Promise<LoadResult> {
  const routes: RouteTimes = new Map();
  const paths = (i: number): Array<[string, string]> => [
    ['search', `/api/search?q=${encodeURIComponent(`bench person ${i % 997}`)}`],
    ['neighbours', `/api/nodes/bench-person-${i % args.people}/neighbours`],
    ['meetings', `/api/meetings?person=bench-person-${i % args.people}`],
    ['details', `/api/nodes/bench-person-${(i * 31) % args.people}`],
  ];
  const client = async (c: number) => {
    for (let k = 0; k < args.requests; k += 1) {
      const i = c * args.requests + k;
      const [route, path] = paths(i)[k % 4] ?? ['search', '/api/search?q=bench'];
      const started = performance.now();
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      const list = routes.get(route) ?? [];
      list.push(performance.now() - started);
      routes.set(route, list);
    }
  };
  // Warm-up, untimed: the first call of each query pays Cypher planning, which 50 clients would all wait on.
  for (let i = 0; i < 8; i += 1)
    for (const [, path] of paths(i)) await (await fetch(`${base}${path}`)).arrayBuffer();
  const single = new Map<string, number[]>();
  for (let i = 0; i < 40; i += 1) {
    const [route, path] = paths(i + 5000)[i % 4] ?? ['search', '/api/search?q=bench'];
    const started = performance.now();
    await (await fetch(`${base}${path}`)).arrayBuffer();
    single.set(route, [...(single.get(route) ?? []), performance.now() - started]);
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: args.clients }, (_, c) => client(c)));
  return { routes, wallMs: performance.now() - started, single };
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms (n=${sorted.length})`;
}

function report(args: Args, renders: RenderTiming[], load: LoadResult): string {
  const all = [...load.routes.values()].flat();
  const first = renders[0];
  return [
    `graph: ${args.people} people; rendered subgraph: ${first?.nodes ?? 0} nodes, ${first?.edges ?? 0} edges, ${renders.length} runs`,
    `subgraph fetch (API + JSON): ${stats(renders.map((r) => r.fetchMs))}`,
    `time to first render (request -> painted frame): ${stats(renders.map((r) => r.firstPaintMs))}`,
    `time to settled force layout: ${stats(renders.map((r) => r.layoutDoneMs))}`,
    `API under ${args.clients} concurrent clients x ${args.requests} requests: ${stats(all)}; ${(all.length / (load.wallMs / 1000)).toFixed(0)} req/s`,
    ...[...load.routes.entries()].map(([route, times]) => `  ${route}: ${stats(times)}`),
    `API with one client (no concurrency): ${stats([...load.single.values()].flat())}`,
    `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  ].join('\n');
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
      keep: { type: 'boolean' },
    },
  });
  const args = argsSchema.parse(values);
  const server = benchServer();
  const started = await startLocalServer(server);
  const driver = await connect(started.connection, { maxPoolSize: 100 });
  const quiet = {
    info: () => undefined,
    warn: () => undefined,
    error: (m: string, ...d: unknown[]) => console.error(m, ...d),
  };
  try {
    await buildGraph(driver, args);
    await warmUp();
    const app = createApp({ config: {}, driver, logger: quiet });
    const http = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const renders = await timeRenders(base, args);
      const load = await loadTest(base, args);
      process.stdout.write(`${report(args, renders, load)}\n`);
    } finally {
      await new Promise((resolve) => http.close(() => resolve(null)));
    }
  } finally {
    await driver.close();
    if (!args.keep) await stopLocalServer(server);
  }
}
