/**
 * The web bench's HTTP clients, run in a worker thread so that making requests and reading answers
 * does not share the server's event loop (one process doing both measured the bench as much as the
 * server). Warm-up, then one client alone, then N concurrent clients over four routes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';

/** What the load run is told. */
export const loadPlanSchema = z.object({
  base: z.string().url(),
  people: z.number().int().min(1),
  clients: z.number().int().min(1),
  requests: z.number().int().min(1),
});

/** What the load run is told. */
export type LoadPlan = z.infer<typeof loadPlanSchema>;

/** Latencies in ms per route, under load and of one client alone, and the wall time of the loaded phase. */
export const loadResultSchema = z.object({
  routes: z.record(z.array(z.number())),
  single: z.record(z.array(z.number())),
  wallMs: z.number(),
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

async function timed(plan: LoadPlan, [route, path]: Request, into: Record<string, number[]>): Promise<void> {
  const started = performance.now();
  const response = await fetch(`${plan.base}${path}`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  (into[route] ??= []).push(performance.now() - started);
}

/** Runs the plan: untimed warm-up, 40 requests of one client, then the concurrent clients. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  // Warm-up, untimed: the first call of each query pays Cypher planning, which 50 clients would all wait on.
  for (let i = 0; i < 32; i += 1) await timed(plan, request(plan, i), {});
  const single: Record<string, number[]> = {};
  for (let i = 0; i < 40; i += 1) await timed(plan, request(plan, i + 5000), single);
  const routes: Record<string, number[]> = {};
  const client = async (c: number): Promise<void> => {
    for (let k = 0; k < plan.requests; k += 1)
      await timed(plan, request(plan, c * plan.requests + k), routes);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: plan.clients }, (_, c) => client(c)));
  return { routes, single, wallMs: performance.now() - started };
}

if (parentPort) parentPort.postMessage(await runLoad(loadPlanSchema.parse(workerData)));
