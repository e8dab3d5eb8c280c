/**
 * The subgraph shape every explorer endpoint returns and the page draws: plain JSON nodes and
 * edges keyed by the domain `id` (Person id, ISO code ...) when the node has one, else by the
 * Neo4j element id, so the same entity reached by two queries is one node on screen.
 */

/** A JSON value as it leaves src/graph (no driver types). */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** A node on screen. */
export interface GraphNode {
  id: string;
  /** Neo4j labels, the first being the one styled (Person, Country ...). */
  labels: string[];
  /** Display caption (name, title or id). */
  caption: string;
  properties: Record<string, Plain>;
}

/** An edge on screen. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, Plain>;
}

/** Nodes and edges, plus how many neighbours exist beyond those shown. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
