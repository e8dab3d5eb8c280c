// A person's roles over time: one row per post and reporting article, ordered by the article's date.
// Params: $person (Person id). Columns: roleId, role, title, ofId, of, ofLabel, rank, asOf, articleId, articleTitle, evidence.
MATCH (:Person {id: $person})-[h:HOLDS]->(r:Role)
OPTIONAL MATCH (r)-[:OF]->(o)
OPTIONAL MATCH (a:Article {id: h.article})
RETURN r.id AS roleId, r.name AS role, r.title AS title, o.id AS ofId, o.name AS of, labels(o)[0] AS ofLabel,
  h.rank AS rank, h.asOf AS asOf, h.article AS articleId, a.title AS articleTitle, h.evidence AS evidence
ORDER BY asOf, role
