/** GET /api/search: suggestions for the search box (names and aliases, prefix and fuzzy). */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { validated } from '../../validate.ts';
import { searchInput } from './schema.ts';
import { search } from '../../../graph/queries/search.ts';

/** Search routes. */
export function searchRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get(
    '/search',
    validated(searchInput, 'query', async (input, res) => {
      const hits = await search(driver, input.q, { label: input.label ?? null, limit: input.limit });
      res.json({ query: input.q, hits });
    }),
  );
  return router;
}
