/**
 * The explorer's HTTP application: JSON API under /api and the bundled page from web/.
 * Built from injected dependencies so tests and the CLI share it.
 */
import express, { type Express } from 'express';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AppDeps } from './deps.ts';
import { apiNotFound, errorHandler } from './middleware/errors.ts';
import { bundleOnce } from './bundle.ts';
import { statusRoutes } from './routes/status/status.ts';
import { searchRoutes } from './routes/search/search.ts';
import { nodeRoutes } from './routes/nodes/nodes.ts';
import { meetingRoutes } from './routes/meetings/meetings.ts';
import { pathRoutes } from './routes/paths/paths.ts';
import { articleRoutes } from './routes/articles/articles.ts';
import { schemaRoutes } from './routes/schema/schema-info.ts';
import { cypherRoutes } from './routes/cypher/cypher.ts';
import { importRoutes } from './routes/import/import.ts';

export type { AppDeps, Logger, ServerConfig } from './deps.ts';

/** Folder with index.html, styles and the bundled script. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

/** Creates the express app (does not listen). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // API answers are fresh reads: hashing each body for an ETag costs CPU per request and saves nothing.
  app.set('etag', false);
  app.use(express.json({ limit: '4mb' }));
  const api = express.Router();
  for (const routes of [
    statusRoutes,
    searchRoutes,
    nodeRoutes,
    meetingRoutes,
    pathRoutes,
    articleRoutes,
    schemaRoutes,
    cypherRoutes,
    importRoutes,
  ]) {
    api.use(routes(deps));
  }
  api.use(apiNotFound);
  app.use('/api', api);
  // The page's script is bundled on the first request for it (or by warmUp at start-up).
  app.use('/dist', async (_req, _res, next) => {
    try {
      await bundleOnce({ webRoot: WEB_ROOT, minify: true });
      next();
    } catch (error) {
      next(error);
    }
  });
  app.use(express.static(WEB_ROOT, { index: 'index.html' }));
  app.use(errorHandler(deps.logger));
  return app;
}

/** Builds the page bundle now, so the first visitor does not wait for it; start.ts may call it. */
export function warmUp(): Promise<string> {
  return bundleOnce({ webRoot: WEB_ROOT, minify: true });
}
