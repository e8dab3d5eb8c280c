/**
 * The server's typed errors: each has an HTTP status and a stable id that clients and tests
 * rely on; the message says what to do next. Anything else becomes a 500 with no details.
 */

/** Stable error ids, as the client sees them in `error.id`. */
export const ERROR_IDS = [
  'validation_failed',
  'not_found',
  'cypher_refused',
  'cypher_syntax',
  'cypher_timeout',
  'cypher_failed',
  'import_failed',
  'database_unavailable',
  'internal',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];

/** An error the server reports to the client as-is. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly id: ErrorId,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 400: a request field is missing or malformed. */
export function validationFailed(message: string, field: string): HttpError {
  return new HttpError(400, 'validation_failed', message, { field });
}

/** 404: the named thing does not exist in the graph. */
export function notFound(what: string): HttpError {
  return new HttpError(404, 'not_found', `${what} was not found; search for it first.`);
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { id: ErrorId; message: string; details?: Record<string, unknown> };
}

/** Turns an HttpError into the response body (never a stack trace). */
export function errorBody(error: HttpError): ErrorBody {
  return {
    error: { id: error.id, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
}
