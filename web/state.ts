/**
 * The view's state in the URL hash (#v=<base64url JSON>), so a reload or a shared link reopens
 * the same nodes at the same positions with the same filters, tab and console query.
 */
import type { Positions } from './graph/renderer.ts';

/** Everything a link restores. */
export interface ViewState {
  /** Node ids shown. */
  nodes: string[];
  positions: Positions;
  hiddenLabels: string[];
  years: [number, number] | null;
  selected: string | null;
  tab: string;
  /** Last search text and console query. */
  search: string;
  cypher: string;
  /** Person ids of the who-met-whom panel. */
  meetings: [string | null, string | null];
}

/** The state of an empty page. */
export const EMPTY_STATE: ViewState = {
  nodes: [],
  positions: {},
  hiddenLabels: [],
  years: null,
  selected: null,
  tab: 'details',
  search: '',
  cypher: 'MATCH (p:Person)-[m:MET]->(q:Person)\nRETURN p, m, q LIMIT 50',
  meetings: [null, null],
};

/** State -> URL hash. */
export function encodeState(state: ViewState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#v=${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

/** URL hash -> state; a broken or missing hash gives the empty state. */
export function decodeState(hash: string): ViewState {
  const match = /^#v=([\w-]+)$/.exec(hash);
  if (!match?.[1]) return { ...EMPTY_STATE };
  try {
    const binary = atob(match[1].replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return {
      ...EMPTY_STATE,
      ...(typeof parsed === 'object' && parsed !== null ? (parsed as Partial<ViewState>) : {}),
    };
  } catch {
    return { ...EMPTY_STATE };
  }
}
