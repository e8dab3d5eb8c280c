/**
 * Running a TypeScript module of src/bench in a worker thread. Workers do not inherit tsx's loader,
 * so a small bootstrap registers it before importing the module.
 */
import { Worker } from 'node:worker_threads';
import type { z } from 'zod';

/** Runs `module` in a worker with `data` as its workerData; resolves to its one message, parsed by `schema`. */
export function runTsWorker<S extends z.ZodTypeAny>(
  module: URL,
  data: unknown,
  schema: S,
): Promise<z.infer<S>> {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: data });
    worker.once('message', (message: unknown) => {
      const parsed = schema.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error(`${module.pathname} reported an unexpected message: ${parsed.error.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${module.pathname} exited (${code}) before reporting`)));
  });
}
