// Find people by a name as users write it ("Hasanov", "Ilham Aliyef"): exact name or alias first
// (case-insensitive), then close full-text matches. Params: $name, $query (Lucene), $limit. Columns: id, name, aliases, exact, score.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WITH node, score WHERE node:Person
WITH node, score, toLower($name) AS wanted
WITH node, score,
  toLower(node.name) = wanted OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = wanted) AS exact,
  any(w IN split(toLower(node.name), ' ') WHERE w = wanted) AS word
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, exact OR word AS exact, score
ORDER BY exact DESC, score DESC, name
LIMIT $limit
