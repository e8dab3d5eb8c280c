// One article with its text and the evidence sentences of the facts it supports.
// Params: $id. Columns: title, outlet, published, text, evidence (list of strings).
MATCH (a:Article {id: $id})
OPTIONAL MATCH (:Event)-[rep:REPORTED_IN]->(a)
RETURN a.title AS title, a.outlet AS outlet, a.published AS published, a.text AS text,
  [x IN collect(DISTINCT rep.evidence) WHERE x IS NOT NULL] AS evidence
