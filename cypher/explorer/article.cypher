// Explorer: one article with its text and the evidence sentences of the facts it supports.
// Params: $id. Columns: a, evidence (list of strings).
MATCH (a:Article {id: $id})
OPTIONAL MATCH (:Event)-[rep:REPORTED_IN]->(a)
RETURN a, [x IN collect(DISTINCT rep.evidence) WHERE x IS NOT NULL] AS evidence
