/**
 * Conversions from neo4j-driver values (Integer, temporal types, Node, Relationship) to plain
 * JSON-ready objects, so nothing above src/graph sees a driver type.
 */
import neo4j from 'neo4j-driver';

/** A neo4j Integer, a JS number or anything else to a number (0 when not numeric). */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  return 0;
}

/** The `code` of a Neo4j (or Node) error, or null; errors are classified by code, never by message text. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}
