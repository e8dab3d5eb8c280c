// Details panel: a node's roles over time, the events it takes part in (with place, participants,
// evidence and article) and the articles that mention it. Params: $id. Columns: n, roles, events, articles.
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
  OPTIONAL MATCH (n)-[h:HOLDS]->(r:Role)
  OPTIONAL MATCH (r)-[:OF]->(o)
  WITH h, r, o ORDER BY h.asOf
  RETURN [x IN collect(CASE WHEN r IS NULL THEN null ELSE
    {role: r.name, of: o.name, asOf: h.asOf, rank: h.rank, article: h.article, evidence: h.evidence} END) WHERE x IS NOT NULL] AS roles
}
CALL {
  WITH n
  // The node's own events by expansion from it (an Event node lists itself); never a scan of all events.
  OPTIONAL MATCH (n)--(linked:Event)
  WITH n, collect(DISTINCT linked) + CASE WHEN n:Event THEN [n] ELSE [] END AS found
  UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS e
  OPTIONAL MATCH (e)-[rep:REPORTED_IN]->(a:Article)
  OPTIONAL MATCH (e)-[:IN]->(pl)
  OPTIONAL MATCH (who:Person)-[:PARTICIPATED_IN]->(e)
  WITH e, rep, a, pl, collect(DISTINCT who.name) AS participants ORDER BY e.date
  RETURN [x IN collect(CASE WHEN e IS NULL THEN null ELSE
    {id: e.id, type: e.type, date: e.date, place: pl.name, participants: participants,
     evidence: rep.evidence, article: a.id, articleTitle: a.title} END) WHERE x IS NOT NULL] AS events
}
CALL {
  WITH n
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a ORDER BY a.published
  RETURN [x IN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, published: a.published} END)
    WHERE x IS NOT NULL] AS articles
}
RETURN n, roles, events, articles
