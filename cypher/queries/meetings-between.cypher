// Meetings between two people, oldest first, each with the sentence and article that report it.
// Params: $a, $b (Person ids), $limit. Columns: counterpartId, counterpart (= b), date, place, evidence,
// articleId, articleTitle, eventId.
MATCH (:Person {id: $a})-[m:MET]-(q:Person {id: $b})
OPTIONAL MATCH (a:Article {id: m.article})
RETURN q.id AS counterpartId, q.name AS counterpart, m.date AS date, m.place AS place, m.evidence AS evidence,
  m.article AS articleId, a.title AS articleTitle, m.event AS eventId
ORDER BY date
LIMIT $limit
