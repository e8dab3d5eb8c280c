/**
 * Converts API subgraphs to the element definitions the renderer adds, and back to JSON for
 * export. Pure functions over plain data (no cytoscape import here).
 */
import type { Subgraph } from '../api.ts';

/** Data carried by a node element. */
export interface NodeData {
  id: string;
  label: string;
  labels: string[];
  caption: string;
  properties: Record<string, unknown>;
  /** Date shown on the timeline (events), when the node has one. */
  date?: string;
}

/** Data carried by an edge element. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
  date?: string;
}

/** An element definition. */
export type ElementDef = { group: 'nodes'; data: NodeData } | { group: 'edges'; data: EdgeData };

/** Subgraph -> element definitions (nodes first, so edges find their ends). */
export function toElements(graph: Subgraph): ElementDef[] {
  const nodes: ElementDef[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: n.labels[0] ?? 'Node',
      labels: n.labels,
      caption: n.caption,
      properties: n.properties,
      ...dateOf(n.properties),
    },
  }));
  const edges: ElementDef[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      properties: e.properties,
      ...dateOf(e.properties),
    },
  }));
  return [...nodes, ...edges];
}

function dateOf(properties: Record<string, unknown>): { date?: string } {
  const date = properties['date'] ?? properties['asOf'];
  return typeof date === 'string' && /^\d{4}/.test(date) ? { date } : {};
}

/** True when a partial date ("2017-04") falls in [from, to] (years, inclusive); undated passes. */
export function inYearRange(date: string | undefined, from: number, to: number): boolean {
  if (!date) return true;
  const year = Number(date.slice(0, 4));
  return year >= from && year <= to;
}

/** Rows of a table as CSV (RFC 4180 quoting). */
export function toCsv(columns: string[], rows: Array<Record<string, unknown>>): string {
  const cell = (value: unknown): string => {
    const text =
      value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join(
    '\r\n',
  );
}
