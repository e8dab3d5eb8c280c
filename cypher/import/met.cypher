// Derived Person-MET {event, date, place, article, evidence}->Person, one per held meeting and pair (a < b).
// Params: $rows [{a, b, event, date, place, article, evidence}]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
MERGE (a)-[m:MET {event: row.event}]->(b)
  ON CREATE SET m.date = row.date, m.place = row.place, m.article = row.article, m.evidence = row.evidence
