// Neighbourhood of a node: the node, one page of its neighbours (people and events first), the relationships
// to them, and the total neighbour count so the page can say "25 of 140 shown". Params: $id, $skip, $limit.
// Columns: n, total, page (nodes), rels.
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
  ORDER BY rank, m.name, m.id
  SKIP $skip LIMIT $limit
  RETURN collect(m) AS page
}
CALL { WITH n, page UNWIND page AS m MATCH (n)-[r]-(m) RETURN collect(DISTINCT r) AS rels }
RETURN n, total, page, rels
