// One occurrence reported by day in one article and by month in another ("met on April 12" / "met in April")
// becomes one Event: for each event the batch wrote, a held month-precise Event and a held day-precise Event of
// the same type, the same participants and that month are paired, in either direction; when the vague one has
// exactly one such partner, its reports (and a place the precise one lacks) move over and it is deleted with
// its MET edges. Two day-precise meetings of the same people in that month leave the vague report alone.
// Params: $events (ids of events the batch wrote). Returns: folded (ids of the deleted vague events).
UNWIND $events AS eid
MATCH (x:Event {id: eid})<-[:PARTICIPATED_IN]-(p:Person)
WHERE NOT coalesce(x.planned, false) AND x.datePrecision IN ['day', 'month']
WITH x, collect(p.id) AS people
MATCH (:Person {id: people[0]})-[:PARTICIPATED_IN]->(y:Event {type: x.type})
WHERE y <> x AND NOT coalesce(y.planned, false)
  AND ((x.datePrecision = 'month' AND y.datePrecision = 'day' AND y.date STARTS WITH x.date)
    OR (x.datePrecision = 'day' AND y.datePrecision = 'month' AND x.date STARTS WITH y.date))
MATCH (y)<-[:PARTICIPATED_IN]-(q:Person)
WITH x, people, y, collect(q.id) AS others
WHERE size(others) = size(people) AND all(id IN others WHERE id IN people)
WITH CASE x.datePrecision WHEN 'month' THEN x ELSE y END AS vague,
     CASE x.datePrecision WHEN 'month' THEN y ELSE x END AS precise
WITH vague, collect(DISTINCT precise) AS partners
WHERE size(partners) = 1
WITH vague, partners[0] AS precise
CALL {
  WITH vague, precise
  MATCH (vague)-[r:REPORTED_IN]->(a:Article)
  MERGE (precise)-[moved:REPORTED_IN]->(a)
    ON CREATE SET moved.evidence = r.evidence
}
CALL {
  WITH vague, precise
  MATCH (vague)-[:IN]->(place)
  WHERE NOT (precise)-[:IN]->()
  MERGE (precise)-[:IN]->(place)
}
CALL {
  WITH vague
  MATCH (:Person)-[m:MET {event: vague.id}]->(:Person)
  DELETE m
}
WITH vague, vague.id AS folded
DETACH DELETE vague
RETURN collect(folded) AS folded
