// Reads the shared seed articles and their reference facts for per-seed stage tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../../src/config.ts';

/** The seeds folder: NEWSGRAPH_SEEDS (read by src/config.ts), else ../shared/seeds beside the repo. */
export const SEEDS_DIR = loadConfig().seeds;

const GoldArticle = z.object({
  file: z.string(),
  published: z.string().nullable(),
  countries: z.array(z.string()),
  places: z.array(z.string()),
  organizations: z.array(z.string()),
  topics: z.array(z.string()).optional(),
});

/** One seed: its raw text and its reference facts. */
export type Seed = z.infer<typeof GoldArticle> & { raw: string };

/** Every seed with its gold facts, or an empty list when the folder is missing. */
export function loadSeeds(): Seed[] {
  const goldPath = join(SEEDS_DIR, 'gold.json');
  if (!existsSync(goldPath)) return [];
  const gold = z.object({ articles: z.array(GoldArticle) }).parse(JSON.parse(readFileSync(goldPath, 'utf8')));
  return gold.articles.map((a) => ({ ...a, raw: readFileSync(join(SEEDS_DIR, a.file), 'utf8') }));
}
