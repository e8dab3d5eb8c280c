// A restored view: the nodes with the given ids (domain id or element id) and the relationships among them
// (`IN $ids` on a parameter list is a hashed look-up in Neo4j, unlike IN over a collected list).
// Params: $ids (list of strings). Columns: nodes, rels.
CALL {
  MATCH (n:Person) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Country) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Place) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Organization) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Event) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Role) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Topic) WHERE n.id IN $ids RETURN n
  UNION MATCH (n:Article) WHERE n.id IN $ids RETURN n
  UNION MATCH (n) WHERE elementId(n) IN $ids RETURN n
}
WITH collect(n) AS nodes
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b.id IN $ids OR elementId(b) IN $ids
  RETURN collect(r) AS rels
}
RETURN nodes, rels
