/**
 * Reading record values as plain types: Integers become numbers, missing values null. Used by
 * the canned queries so callers never see a driver type.
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
