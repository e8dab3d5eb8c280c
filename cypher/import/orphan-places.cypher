// Deletes the given places that no article mentions and no event happened in.
// Params: $ids (candidate ids; non-places are ignored). Returns: touched (ids of their countries).
UNWIND $ids AS id
MATCH (p:Place {id: id})
WHERE NOT ()-[:MENTIONS]->(p) AND NOT ()-[:IN]->(p)
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c)
WITH p, collect(c.id) AS countries
DETACH DELETE p
WITH countries
UNWIND countries AS id
RETURN collect(DISTINCT id) AS touched
