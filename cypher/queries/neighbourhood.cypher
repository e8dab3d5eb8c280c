// Neighbourhood of one node: up to $limit neighbours (people and events first) with the relationships to
// them, and the total number of neighbours so a caller can say "25 of 140". Params: $id, $limit.
// Columns: center (node), total, nodes (list), relationships (list).
CALL {
  MATCH (n:Person {id: $id}) RETURN n
  UNION MATCH (n:Country {id: $id}) RETURN n
  UNION MATCH (n:Place {id: $id}) RETURN n
  UNION MATCH (n:Organization {id: $id}) RETURN n
  UNION MATCH (n:Event {id: $id}) RETURN n
  UNION MATCH (n:Role {id: $id}) RETURN n
  UNION MATCH (n:Topic {id: $id}) RETURN n
  UNION MATCH (n:Article {id: $id}) RETURN n
}
WITH n LIMIT 1
CALL { WITH n MATCH (n)--(m) RETURN count(DISTINCT m) AS total }
CALL {
  WITH n
  MATCH (n)--(m)
  WITH DISTINCT m
  WITH m, CASE labels(m)[0] WHEN 'Person' THEN 0 WHEN 'Event' THEN 1 WHEN 'Role' THEN 2 WHEN 'Country' THEN 3
    WHEN 'Place' THEN 4 WHEN 'Organization' THEN 5 WHEN 'Topic' THEN 6 ELSE 7 END AS rank
  ORDER BY rank, m.name
  LIMIT $limit
  RETURN collect(m) AS nodes
}
CALL { WITH n, nodes UNWIND nodes AS m MATCH (n)-[r]-(m) RETURN collect(r) AS relationships }
RETURN n AS center, total, nodes, relationships
