// Explorer: the nodes with the given ids (domain id or element id) and the relationships among them,
// used to restore a shared view. Params: $ids (list of strings). Columns: nodes, rels.
CALL {
  UNWIND $ids AS id
  CALL {
    WITH id MATCH (n:Person {id: id}) RETURN n
    UNION WITH id MATCH (n:Country {id: id}) RETURN n
    UNION WITH id MATCH (n:Place {id: id}) RETURN n
    UNION WITH id MATCH (n:Organization {id: id}) RETURN n
    UNION WITH id MATCH (n:Event {id: id}) RETURN n
    UNION WITH id MATCH (n:Role {id: id}) RETURN n
    UNION WITH id MATCH (n:Topic {id: id}) RETURN n
    UNION WITH id MATCH (n:Article {id: id}) RETURN n
    UNION WITH id MATCH (n) WHERE elementId(n) = id RETURN n
  }
  RETURN collect(DISTINCT n) AS nodes
}
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(r) AS rels
}
RETURN nodes, rels
