// Upserts Event nodes with Event-REPORTED_IN {evidence}->Article, Person-PARTICIPATED_IN->Event, Event-IN->Place|Country, Event-ABOUT->Topic.
// Params: $rows [{article, id, name, type, date, precision, summary, planned, evidence, unnamed, participants, place, placeName, placeLabel, topics [{id, name}]}].
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.date = row.date, e.datePrecision = row.precision,
    e.summary = row.summary, e.planned = row.planned, e.unnamed = row.unnamed
WITH row, e
MATCH (a:Article {id: row.article})
CREATE (e)-[:REPORTED_IN {evidence: row.evidence}]->(a)
FOREACH (_ IN CASE WHEN row.placeLabel = 'Place' THEN [1] ELSE [] END |
  MERGE (pl:Place {id: row.place}) ON CREATE SET pl.name = row.placeName, pl.kind = 'other'
  MERGE (e)-[:IN]->(pl))
FOREACH (_ IN CASE WHEN row.placeLabel = 'Country' THEN [1] ELSE [] END |
  MERGE (c:Country {id: row.place}) ON CREATE SET c.name = row.placeName
  MERGE (e)-[:IN]->(c))
FOREACH (t IN row.topics |
  MERGE (tp:Topic {id: t.id}) ON CREATE SET tp.name = t.name
  MERGE (e)-[:ABOUT]->(tp))
WITH row, e
CALL {
  WITH row, e
  UNWIND row.participants AS pid
  MATCH (p:Person {id: pid})
  MERGE (p)-[:PARTICIPATED_IN]->(e)
}
