// Who met whom: every meeting of one person, one row per meeting and counterpart, oldest first.
// Params: $person (Person id), $limit. Columns: counterpartId, counterpart, date, place, evidence, articleId, articleTitle, eventId.
MATCH (p:Person {id: $person})-[m:MET]-(q:Person)
OPTIONAL MATCH (a:Article {id: m.article})
RETURN q.id AS counterpartId, q.name AS counterpart, m.date AS date, m.place AS place, m.evidence AS evidence,
  m.article AS articleId, a.title AS articleTitle, m.event AS eventId
ORDER BY date, counterpart
LIMIT $limit
