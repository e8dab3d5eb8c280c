/**
 * GET /api/status: database reachable, Neo4j version, node counts by label.
 */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { readStatus } from '../../../graph/queries/status.ts';

/** Routes for the database status. */
export function statusRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get('/status', async (_req, res) => {
    const status = await readStatus(driver);
    res.status(status.reachable ? 200 : 503).json(status);
  });
  return router;
}
