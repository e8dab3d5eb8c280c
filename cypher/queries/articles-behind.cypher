// The articles behind a fact: for an event (or a MET edge's event id), the articles that report it; for a
// role, the articles stating who held it; for any other entity, the articles that mention it. Params: $id,
// $limit. Columns: articleId, title, outlet, published, file, evidence (the sentence), via (relationship type).
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
CALL {
  WITH n
  WITH n WHERE n:Event
  MATCH (n)-[r:REPORTED_IN]->(a:Article)
  RETURN a, r.evidence AS evidence, 'REPORTED_IN' AS via
  UNION ALL
  WITH n
  WITH n WHERE n:Role
  MATCH (:Person)-[h:HOLDS]->(n)
  MATCH (a:Article {id: h.article})
  RETURN a, h.evidence AS evidence, 'HOLDS' AS via
  UNION ALL
  WITH n
  MATCH (a:Article)-[m:MENTIONS]->(n)
  RETURN a, m.evidence AS evidence, 'MENTIONS' AS via
}
RETURN a.id AS articleId, a.title AS title, a.outlet AS outlet, a.published AS published, a.file AS file,
  evidence, via
ORDER BY published, articleId
LIMIT $limit
