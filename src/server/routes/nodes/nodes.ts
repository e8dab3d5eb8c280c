/**
 * GET /api/nodes/:id (details panel), GET /api/nodes/:id/neighbours (capped expansion with
 * shown/total), GET /api/roles/:id (a person's roles over time), POST /api/subgraph (restore a view).
 */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { validated } from '../../validate.ts';
import { neighboursInput, nodeInput } from './schema.ts';
import { nodeDetails } from '../../../graph/queries/details.ts';
import { neighbourhood } from '../../../graph/queries/neighbourhood.ts';
import { rolesOf } from '../../../graph/queries/roles.ts';
import { subgraphOf } from '../../../graph/queries/subgraph.ts';
import { subgraphInput } from './subgraph-schema.ts';

/** Node routes. */
export function nodeRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get(
    '/nodes/:id',
    validated(nodeInput, 'query', async ({ id }, res) => {
      const details = await nodeDetails(driver, id);
      if (!details) throw notFound(`Node "${id}"`);
      res.json(details);
    }),
  );
  router.get(
    '/nodes/:id/neighbours',
    validated(neighboursInput, 'query', async ({ id, skip, limit }, res) => {
      const page = await neighbourhood(driver, id, { skip, limit });
      if (!page) throw notFound(`Node "${id}"`);
      res.json(page);
    }),
  );
  router.get(
    '/roles/:id',
    validated(nodeInput, 'query', async ({ id }, res) => {
      const [details, roles] = await Promise.all([nodeDetails(driver, id), rolesOf(driver, id)]);
      if (!details) throw notFound(`Person "${id}"`);
      res.json({ person: details.node, roles });
    }),
  );
  router.post(
    '/subgraph',
    validated(subgraphInput, 'body', async ({ ids }, res) => {
      res.json(await subgraphOf(driver, ids));
    }),
  );
  return router;
}
