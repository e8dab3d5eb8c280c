/**
 * The last middleware: typed errors become their status and body, everything else a generic
 * 500 (logged with its stack here, never sent to the client).
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError, errorBody } from '../errors.ts';
import type { Logger } from '../deps.ts';

/** Express error handler that never leaks stack traces. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof HttpError) {
      res.status(error.status).json(errorBody(error));
      return;
    }
    if (isBodyParserError(error)) {
      const http = new HttpError(
        error.status,
        'validation_failed',
        'The request body is not valid JSON or is too large.',
      );
      res.status(http.status).json(errorBody(http));
      return;
    }
    logger.error('unhandled error in request', error);
    const http = new HttpError(
      500,
      'internal',
      'Something went wrong on the server; the log has the details.',
    );
    res.status(500).json(errorBody(http));
  };
}

/** 404 for unknown /api routes (the page's own paths fall through to index.html). */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No API route ${req.method} ${req.path}; see docs/api.md.`));
};

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    typeof error.type === 'string' &&
    'status' in error &&
    typeof error.status === 'number' &&
    error.status >= 400 &&
    error.status < 500
  );
}
