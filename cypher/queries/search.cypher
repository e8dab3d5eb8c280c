// Search entities whose name or aliases match a Lucene query over the entityNames index.
// Params: $query (escaped Lucene: exact/prefix terms, or also fuzzy ones in the fallback), $label (null = any), $limit.
// Columns: id, name, label, aliases, score.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, name
LIMIT $limit
