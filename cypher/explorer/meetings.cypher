// Explorer who-met-whom: meetings of a person, or of a pair when $other is given, one row per meeting
// and counterpart. Params: $id, $other (null = anyone), $limit. Columns: counterpartId, counterpart, date,
// place, evidence, articleId, articleTitle, eventId.
MATCH (p:Person {id: $id})-[m:MET]-(q:Person)
WHERE $other IS NULL OR q.id = $other
WITH DISTINCT q, m.event AS eventId, m.date AS date, m.place AS place, m.article AS articleId
OPTIONAL MATCH (a:Article {id: articleId})
OPTIONAL MATCH (e:Event {id: eventId})-[rep:REPORTED_IN]->(a)
RETURN q.id AS counterpartId, q.name AS counterpart, date, place, rep.evidence AS evidence,
  articleId, a.title AS articleTitle, eventId
ORDER BY date, counterpart
LIMIT $limit
