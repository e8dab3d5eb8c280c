/**
 * The one error type of local Neo4j provisioning: a stable id for tests and a message that
 * says what the user should do.
 */

/** What went wrong while provisioning. */
export type ProvisionProblem =
  | 'java_missing'
  | 'java_too_old'
  | 'maven_missing'
  | 'download_failed'
  | 'port_taken'
  | 'start_failed'
  | 'start_timeout'
  | 'password_mismatch'
  | 'stop_failed';

/** A provisioning failure; the message tells the user the next step. */
export class ProvisionError extends Error {
  constructor(
    readonly id: ProvisionProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ProvisionError';
  }
}

/** Turns a start-up failure into the lines a CLI prints: known errors by message, others with their stack. */
export function describeFailure(error: unknown): string {
  if (
    error instanceof Error &&
    ['ProvisionError', 'Neo4jConnectionError', 'ConfigError'].includes(error.name)
  ) {
    return error.message;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
