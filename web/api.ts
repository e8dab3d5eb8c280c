/**
 * The page's typed client for the explorer API (docs/api.md). Errors come back as ApiError with
 * the server's stable id and its message, which the page shows as-is.
 */
import type { ArticleView } from '../src/graph/queries/articles.ts';
import type { NodeDetails } from '../src/graph/queries/details.ts';
import type { MeetingRow as Meeting } from '../src/graph/queries/meetings.ts';
import type { Neighbourhood } from '../src/graph/queries/neighbourhood.ts';
import type { SchemaInfo } from '../src/graph/queries/schema-info.ts';
import type { SearchHit } from '../src/graph/queries/search.ts';
import type { GraphStatus } from '../src/graph/queries/status.ts';
import type { ReadOnlyResult } from '../src/graph/read-only.ts';
import type { Subgraph } from '../src/graph/subgraph.ts';

export type {
  ArticleView,
  GraphStatus,
  Meeting,
  Neighbourhood,
  NodeDetails,
  ReadOnlyResult,
  SchemaInfo,
  SearchHit,
  Subgraph,
};

/** A failed API call: the server's error id and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

/** Shortest path answer. */
export interface PathAnswer {
  found: boolean;
  maxHops: number;
  path: (Subgraph & { order: string[] }) | null;
}

/** Import progress event from the server. */
export interface ImportAnswer {
  summary: Record<string, unknown>;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (body as { error?: { id?: string; message?: string } }).error;
    throw new ApiError(
      response.status,
      error?.id ?? 'internal',
      error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return body as T;
}

const q = encodeURIComponent;

/** The explorer API. */
export const api = {
  status: () => request<GraphStatus>('/api/status'),
  search: (text: string, label?: string) =>
    request<{ hits: SearchHit[] }>(`/api/search?q=${q(text)}${label ? `&label=${q(label)}` : ''}`).then(
      (r) => r.hits,
    ),
  details: (id: string) => request<NodeDetails>(`/api/nodes/${q(id)}`),
  neighbours: (id: string, skip: number, limit?: number) =>
    request<Neighbourhood>(`/api/nodes/${q(id)}/neighbours?skip=${skip}${limit ? `&limit=${limit}` : ''}`),
  meetings: (person: string, other?: string) =>
    request<{ meetings: Meeting[] }>(
      `/api/meetings?person=${q(person)}${other ? `&other=${q(other)}` : ''}`,
    ).then((r) => r.meetings),
  path: (from: string, to: string) => request<PathAnswer>(`/api/path?from=${q(from)}&to=${q(to)}`),
  subgraph: (ids: string[]) =>
    request<Subgraph>('/api/subgraph', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
    }),
  article: (id: string) => request<ArticleView>(`/api/articles/${q(id)}`),
  schema: () => request<SchemaInfo>('/api/schema'),
  cypher: (query: string) =>
    request<ReadOnlyResult>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  importTexts: (files: Array<{ name: string; text: string }>) =>
    request<ImportAnswer>('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files }),
    }),
  importUrls: (urls: string[]) =>
    request<ImportAnswer>('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls }),
    }),
};
