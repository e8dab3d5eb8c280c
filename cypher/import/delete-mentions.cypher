// Removes the MENTIONS relationships of the given articles.
// Params: $ids (article ids). Returns: touched (ids of entities that lost a mention; orphan candidates).
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(n)
DELETE m
RETURN collect(DISTINCT n.id) AS touched
