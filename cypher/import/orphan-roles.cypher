// Deletes the given roles that nobody HOLDS any more.
// Params: $ids (role ids). Returns: touched (ids of the countries/organizations they were OF).
UNWIND $ids AS id
MATCH (r:Role {id: id})
WHERE NOT ()-[:HOLDS]->(r)
OPTIONAL MATCH (r)-[:OF]->(x)
WITH r, collect(x.id) AS of
DETACH DELETE r
WITH of
UNWIND of AS id
RETURN collect(DISTINCT id) AS touched
