/**
 * Gathers the nodes and relationships found in query results into one de-duplicated subgraph,
 * fetching relationship endpoints that the results did not include so every edge can be drawn.
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { nodeToGraph, relationshipToGraph, screenId } from './present.ts';
import type { GraphNode, Subgraph } from './subgraph.ts';

/** Looks up nodes by element id (inside the caller's transaction). */
export type NodeFetcher = (elementIds: string[]) => Promise<Node[]>;

/** Builds the drawable subgraph from the elements found in rows (canned queries return every endpoint: no fetch). */
export async function collectElements(
  found: Array<Node | Relationship>,
  fetch: NodeFetcher = async () => [],
): Promise<Subgraph> {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  for (const element of found) {
    if (neo4j.isNode(element)) nodes.set(element.elementId, element);
    else rels.set(element.elementId, element);
  }
  const missing = new Set<string>();
  for (const rel of rels.values()) {
    for (const end of [rel.startNodeElementId, rel.endNodeElementId]) if (!nodes.has(end)) missing.add(end);
  }
  if (missing.size > 0) for (const node of await fetch([...missing])) nodes.set(node.elementId, node);
  const ids = new Map<string, string>();
  const screen = new Map<string, GraphNode>();
  for (const node of nodes.values()) {
    ids.set(node.elementId, screenId(node));
    screen.set(screenId(node), nodeToGraph(node));
  }
  const edges = [...rels.values()].map((rel) => relationshipToGraph(rel, ids));
  return {
    nodes: [...screen.values()],
    edges: edges.filter((e) => screen.has(e.source) && screen.has(e.target)),
  };
}

/** The nodes of a list value; [] for anything else. */
export function nodesOf(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => neo4j.isNode(v)) : [];
}

/** The relationships of a list value; [] for anything else. */
export function relationshipsOf(value: unknown): Relationship[] {
  return Array.isArray(value) ? value.filter((v): v is Relationship => neo4j.isRelationship(v)) : [];
}
