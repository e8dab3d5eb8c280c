/**
 * POST /api/import: article files (as text) or URLs from the page, through the real pipeline
 * (extract -> resolve against the graph -> idempotent write). The extraction model is loaded
 * on the first import only, so a read-only session never pays for it.
 */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { HttpError } from '../../errors.ts';
import { validated } from '../../validate.ts';
import { importInput } from './schema.ts';
import type { Extractor } from '../../../graph/import-types.ts';
import { importSources, importTextsInMemory } from '../../../graph/import.ts';
import { createExtractor } from '../../../graph/extractor.ts';
import { loadModel } from '../../../extract/model/index.ts';

let extractor: Extractor | undefined;

/** Import routes. */
export function importRoutes({ driver, logger }: AppDeps): Router {
  const router = Router();
  router.post(
    '/import',
    validated(importInput, 'body', async ({ files, urls }, res) => {
      extractor ??= createExtractor(loadModel());
      try {
        const fromFiles =
          files.length > 0
            ? await importTextsInMemory(
                { driver, extractor },
                files.map((f) => ({ file: f.name, text: f.text })),
              )
            : null;
        const fromUrls = urls.length > 0 ? await importSources({ driver, extractor }, urls) : null;
        res.json({ summary: fromFiles ?? fromUrls, ...(fromFiles && fromUrls ? { urls: fromUrls } : {}) });
      } catch (error) {
        logger.error('import failed', error);
        throw new HttpError(
          500,
          'import_failed',
          'The import failed; the server log has the details. Already imported articles are kept.',
        );
      }
    }),
  );
  return router;
}
