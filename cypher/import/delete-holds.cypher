// Removes the HOLDS facts the given articles support, before those articles are rewritten.
// Params: $ids (article ids). Returns: roles (ids of roles that lost a HOLDS; orphan candidates).
UNWIND $ids AS id
MATCH (:Person)-[h:HOLDS {article: id}]->(r:Role)
DELETE h
RETURN collect(DISTINCT r.id) AS roles
