/**
 * Caps that keep every answer bounded: the page never receives an unbounded hairball, ad hoc
 * Cypher never runs forever, paths never search the whole graph. Shared by graph, server and web.
 */

/** Longest path, in relationships, that shortest-path searches consider. */
export const MAX_HOPS = 6;

/** Neighbours returned per expansion before the page offers "show more". */
export const NEIGHBOUR_PAGE = 25;

/** Most neighbours one expansion request may ask for. */
export const MAX_NEIGHBOURS = 500;

/** Rows an ad hoc Cypher query may return; more are cut and flagged `truncated`. */
export const MAX_ROWS = 1000;

/** Default transaction timeout for ad hoc Cypher, in milliseconds. */
export const CYPHER_TIMEOUT_MS = 5000;

/** Longest ad hoc Cypher text accepted, in characters (a 1 MB query is refused before parsing). */
export const MAX_QUERY_CHARS = 20_000;

/** Suggestions returned by the search box. */
export const SEARCH_LIMIT = 10;

/** Most rows in a meetings table. */
export const MAX_MEETINGS = 500;

/** Most node ids a shared view may restore at once. */
export const MAX_SUBGRAPH_IDS = 5000;
