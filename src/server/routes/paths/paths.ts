/** GET /api/path: the shortest path between two entities (at most MAX_HOPS). */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { validated } from '../../validate.ts';
import { pathInput } from './schema.ts';
import { shortestPath } from '../../../graph/queries/paths.ts';
import { MAX_HOPS } from '../../../shared/limits.ts';

/** Path routes. */
export function pathRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get(
    '/path',
    validated(pathInput, 'query', async ({ from, to }, res) => {
      const path = await shortestPath(driver, from, to);
      res.json({ from, to, maxHops: MAX_HOPS, found: path !== null, path });
    }),
  );
  return router;
}
