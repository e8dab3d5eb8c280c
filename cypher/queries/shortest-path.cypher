// Shortest connection between two entities (any relationships, either direction), at most MAX_HOPS long;
// MAX_HOPS is replaced with the constant from src/shared/limits.ts (path bounds cannot be parameters).
// Params: $from, $to (entity ids). Columns: path.
CALL {
  MATCH (n:Person {id: $from}) RETURN n
  UNION MATCH (n:Country {id: $from}) RETURN n
  UNION MATCH (n:Place {id: $from}) RETURN n
  UNION MATCH (n:Organization {id: $from}) RETURN n
  UNION MATCH (n:Event {id: $from}) RETURN n
  UNION MATCH (n:Role {id: $from}) RETURN n
  UNION MATCH (n:Topic {id: $from}) RETURN n
  UNION MATCH (n:Article {id: $from}) RETURN n
}
WITH n AS a LIMIT 1
CALL {
  MATCH (n:Person {id: $to}) RETURN n
  UNION MATCH (n:Country {id: $to}) RETURN n
  UNION MATCH (n:Place {id: $to}) RETURN n
  UNION MATCH (n:Organization {id: $to}) RETURN n
  UNION MATCH (n:Event {id: $to}) RETURN n
  UNION MATCH (n:Role {id: $to}) RETURN n
  UNION MATCH (n:Topic {id: $to}) RETURN n
  UNION MATCH (n:Article {id: $to}) RETURN n
}
WITH a, n AS b LIMIT 1
MATCH path = shortestPath((a)-[*..MAX_HOPS]-(b))
RETURN path
