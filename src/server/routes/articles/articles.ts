/** GET /api/articles/:id: an article's text and its evidence sentences (the page renders them as text). */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { validated } from '../../validate.ts';
import { articleInput } from './schema.ts';
import { articleById } from '../../../graph/queries/articles.ts';

/** Article routes. */
export function articleRoutes({ driver }: AppDeps): Router {
  const router = Router();
  router.get(
    '/articles/:id',
    validated(articleInput, 'query', async ({ id }, res) => {
      const article = await articleById(driver, id);
      if (!article) throw notFound(`Article "${id}"`);
      res.json(article);
    }),
  );
  return router;
}
