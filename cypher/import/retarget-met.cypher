// Points MET edges of events still reported elsewhere away from the given (rewritten) articles.
// Params: $events (event ids), $ids (article ids). Returns: met (count of edges retargeted).
UNWIND $events AS eid
MATCH (:Event {id: eid})-[r:REPORTED_IN]->(a:Article)
WHERE NOT a.id IN $ids
WITH eid, head(collect({article: a.id, evidence: r.evidence})) AS keep
MATCH (:Person)-[m:MET {event: eid}]->(:Person)
WHERE m.article IN $ids
SET m.article = keep.article, m.evidence = keep.evidence
RETURN count(m) AS met
