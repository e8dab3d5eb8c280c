// Search entities by name or alias through the `entityNames` full-text index (prefix and fuzzy terms).
// Params: $query (a Lucene query built by src/graph/queries.ts), $limit. Columns: id, name, label, aliases, score.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC
LIMIT $limit
