/**
 * Reading driver values as plain types: Integers become numbers, missing values null, errors
 * their Neo4j code. Used by every query so callers above src/graph never see a driver type.
 */
import neo4j from 'neo4j-driver';

/** A string, or null for anything else (null, missing, non-string). */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A string, or '' for anything else. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A number from a neo4j Integer or a JS number; 0 otherwise. */
export function num(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : 0;
}

/** The strings of a list value; [] for anything else. */
export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The `code` of a Neo4j (or Node) error, or null; errors are classified by code, never by message text. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}
