/**
 * `npm run bench -- <extract|import|web> [options]`: dispatches to src/bench/<name>.ts, whose
 * `runBench(args)` does the work. Benches are loaded on demand so a missing one fails alone.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The benches this command knows about. */
export const BENCHES = ['extract', 'import', 'web'] as const;

const USAGE = `usage: npm run bench -- <${BENCHES.join('|')}> [options]`;

const benchModuleSchema = z.object({ runBench: z.function() });

async function main(argv: string[]): Promise<number> {
  const parsed = z.enum(BENCHES).safeParse(argv[0]);
  if (!parsed.success) {
    process.stderr.write(`unknown or missing bench ${JSON.stringify(argv[0] ?? '')}\n${USAGE}\n`);
    return 1;
  }
  const url = new URL(`../bench/${parsed.data}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    process.stderr.write(
      `the ${parsed.data} bench is not written yet (expected src/bench/${parsed.data}.ts)\n`,
    );
    return 1;
  }
  const module = benchModuleSchema.safeParse(await import(url.href));
  if (!module.success) {
    process.stderr.write(`src/bench/${parsed.data}.ts does not export runBench(args)\n`);
    return 1;
  }
  await module.data.runBench(argv.slice(1));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
