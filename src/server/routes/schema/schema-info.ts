/** GET /api/schema: labels, relationship types and property keys (console completion, schema panel). */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { validated } from '../../validate.ts';
import { schemaInput } from './schema.ts';
import { schemaInfo } from '../../../graph/queries/schema-info.ts';

/** Schema routes. */
export function schemaRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get(
    '/schema',
    validated(schemaInput, 'query', async (_input, res) => {
      res.json(await schemaInfo(driver));
    }),
  );
  return router;
}
