// Explorer: one node by its domain id, through each label's uniqueness index (no label scan).
// Params: $id. Columns: n.
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
RETURN n LIMIT 1
