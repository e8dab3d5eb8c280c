/**
 * The web bench's HTTP clients, run in a worker thread so that making requests and reading answers
 * does not share the server's event loop (one process doing both measured the bench as much as the
 * server). Warm-up, then one client alone, then N concurrent clients over four routes.
 */
import { Agent, get as httpGet } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { withCpu } from './cpu.ts';

/** What the load run is told. */
export const loadPlanSchema = z.object({
  base: z.string().url(),
  people: z.number().int().min(1),
  clients: z.number().int().min(1),
  requests: z.number().int().min(1),
  /** Warm-up requests per client before measuring (reported apart). */
  warmup: z.number().int().min(0),
  /** The Neo4j process, whose CPU time the measured phase reports. */
  neo4jPid: z.number().int(),
});

/** What the load run is told. */
export type LoadPlan = z.infer<typeof loadPlanSchema>;

/** Latencies in ms per route, under load and of one client alone, and the wall time of the loaded phase. */
export const loadResultSchema = z.object({
  routes: z.record(z.array(z.number())),
  /** Every warm-up latency, all routes together (what the first users of a fresh server see). */
  warmup: z.array(z.number()),
  single: z.record(z.array(z.number())),
  wallMs: z.number(),
  /** CPU seconds of the measured phase: this process (server and clients) and Neo4j. */
  cpu: z.object({ appS: z.number(), neo4jS: z.number().nullable() }),
});

/** Latencies in ms per route, under load and of one client alone. */
export type LoadResult = z.infer<typeof loadResultSchema>;

type Request = [route: string, path: string];

function request(plan: LoadPlan, i: number): Request {
  const routes: Request[] = [
    ['search', `/api/search?q=${encodeURIComponent(`bench person ${i % 997}`)}`],
    ['neighbours', `/api/nodes/bench-person-${i % plan.people}/neighbours`],
    ['meetings', `/api/meetings?person=bench-person-${i % plan.people}`],
    ['details', `/api/nodes/bench-person-${(i * 31) % plan.people}`],
  ];
  return routes[i % routes.length] ?? routes[0] ?? ['search', '/api/search?q=bench'];
}

// node:http with keep-alive, not fetch: fetch cost the clients about 0.15 ms of CPU per request
// against 0.04 ms, CPU the server under test shares on a small machine.
const agent = new Agent({ keepAlive: true, maxSockets: 500 });

/** GETs `url` and reads the whole answer; rejects unless it is a 2xx. */
function get(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { agent }, (res) => {
      res.resume();
      res.once('error', reject);
      res.once('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else reject(new Error(`${url} answered ${status}`));
      });
    });
    req.once('error', reject);
  });
}

async function timed(plan: LoadPlan, [route, path]: Request, into: Record<string, number[]>): Promise<void> {
  const started = performance.now();
  await get(`${plan.base}${path}`);
  (into[route] ??= []).push(performance.now() - started);
}

/** `clients` concurrent clients making `requests` requests each, from request number `first` on. */
async function concurrently(
  plan: LoadPlan,
  requests: number,
  first: number,
  into: Record<string, number[]>,
): Promise<void> {
  const client = async (c: number): Promise<void> => {
    for (let k = 0; k < requests; k += 1) await timed(plan, request(plan, first + c * requests + k), into);
  };
  await Promise.all(Array.from({ length: plan.clients }, (_, c) => client(c)));
}

/** Runs the plan: concurrent warm-up (reported apart), 40 requests of one client, then the concurrent clients. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  // Not counted in the result: the first calls pay Cypher planning, and a fresh Neo4j JVM compiles its hot paths over
  // the first few hundred queries; measuring that would time the JIT, not a server in use.
  const warmup: Record<string, number[]> = {};
  await concurrently(plan, plan.warmup, 100_000, warmup);
  const single: Record<string, number[]> = {};
  for (let i = 0; i < 40; i += 1) await timed(plan, request(plan, i + 5000), single);
  const routes: Record<string, number[]> = {};
  const started = performance.now();
  const { cpu } = await withCpu(plan.neo4jPid, () => concurrently(plan, plan.requests, 0, routes));
  return { routes, warmup: Object.values(warmup).flat(), single, wallMs: performance.now() - started, cpu };
}

if (parentPort) parentPort.postMessage(await runLoad(loadPlanSchema.parse(workerData)));
