/** POST /api/cypher: the read-only console (see src/graph/read-only.ts for what is refused and why). */
import { Router } from 'express';
import type { AppDeps } from '../../deps.ts';
import { HttpError } from '../../errors.ts';
import { validated } from '../../validate.ts';
import { cypherInput } from './schema.ts';
import {
  DEFAULT_READ_ONLY_OPTIONS,
  ReadOnlyCypherError,
  runReadOnly,
  type ReadOnlyFailure,
} from '../../../graph/read-only.ts';

const STATUS: Record<
  ReadOnlyFailure,
  { status: number; id: 'cypher_refused' | 'cypher_syntax' | 'cypher_timeout' | 'cypher_failed' }
> = {
  refused: { status: 403, id: 'cypher_refused' },
  syntax: { status: 400, id: 'cypher_syntax' },
  timeout: { status: 408, id: 'cypher_timeout' },
  failed: { status: 400, id: 'cypher_failed' },
};

/** Cypher console routes. */
export function cypherRoutes({ driver, config }: AppDeps): Router {
  const router = Router();
  const options = {
    ...DEFAULT_READ_ONLY_OPTIONS,
    timeoutMs: config.cypherTimeoutMs ?? DEFAULT_READ_ONLY_OPTIONS.timeoutMs,
  };
  router.post(
    '/cypher',
    validated(cypherInput, 'body', async ({ query, params }, res) => {
      try {
        res.json(await runReadOnly(driver, query, params, options));
      } catch (error) {
        if (!(error instanceof ReadOnlyCypherError)) throw error;
        const { status, id } = STATUS[error.kind];
        throw new HttpError(status, id, error.message);
      }
    }),
  );
  return router;
}
