/**
 * Mapper from neo4j-driver values to plain JSON: Integers to numbers, temporal values to ISO
 * strings, nodes/relationships/paths to the explorer's node and edge shapes.
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode, Plain } from './subgraph.ts';

const CAPTION_KEYS = ['name', 'title', 'id'] as const;

/** A driver value (any nesting) as plain JSON. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) return nodeToGraph(value) as unknown as Plain;
  if (neo4j.isRelationship(value)) return relationshipToGraph(value, new Map()) as unknown as Plain;
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: s.start.elementId,
      type: s.relationship.type,
      end: s.end.elementId,
    }));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlain(item);
    return out;
  }
  return String(value);
}

/** Screen id of a node: its domain `id` when it has one, else the element id. */
export function screenId(node: Node): string {
  const id: unknown = node.properties['id'];
  return typeof id === 'string' && id !== '' ? id : node.elementId;
}

/** A driver node as a screen node. */
export function nodeToGraph(node: Node): GraphNode {
  const properties = plainProperties(node.properties);
  const key = CAPTION_KEYS.find((k) => typeof properties[k] === 'string' && properties[k] !== '');
  return {
    id: screenId(node),
    labels: [...node.labels],
    caption: key ? String(properties[key]) : (node.labels[0] ?? node.elementId),
    properties,
  };
}

/**
 * A driver relationship as a screen edge; `ids` maps element ids to screen ids of the nodes
 * known so far (unknown endpoints keep their element id and are fetched by the caller).
 */
export function relationshipToGraph(rel: Relationship, ids: Map<string, string>): GraphEdge {
  return {
    id: rel.elementId,
    type: rel.type,
    source: ids.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    target: ids.get(rel.endNodeElementId) ?? rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

function plainProperties(properties: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value);
  return out;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}
