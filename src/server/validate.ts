/**
 * The zod boundary for every route: the request's input is parsed by the route's schema, and a
 * failure becomes a 400 `validation_failed` naming the first bad field.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { validationFailed } from './errors.ts';

/** Where a route's input comes from. */
export type InputSource = 'query' | 'body';

/** Parses `value` or throws a 400 naming the field ("q: Required"). */
export function parseOr400<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw validationFailed(`Field "${field}": ${issue?.message ?? 'invalid'}.`, field);
}

/**
 * A handler given validated input: path params merged with the query string (GET) or the JSON
 * body (POST). Thrown errors go to the error middleware.
 */
export function validated<S extends z.ZodTypeAny>(
  schema: S,
  source: InputSource,
  handle: (input: z.infer<S>, res: Response) => Promise<void>,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const raw: unknown =
        source === 'query' ? { ...req.query, ...req.params } : { ...req.body, ...req.params };
      await handle(parseOr400(schema, raw), res);
    } catch (error) {
      next(error);
    }
  };
}
