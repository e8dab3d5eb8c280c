// Merge step 4: MET edges of $drop move to $keep; a meeting between the two becomes no edge at all.
// Params: $keep, $drop (Person ids). Returns: moved (count).
MATCH (keep:Person {id: $keep})
MATCH (:Person {id: $drop})-[m:MET]-(other:Person)
CALL {
  WITH keep, m, other
  WITH keep, m, other WHERE other <> keep
  MERGE (keep)-[n:MET {event: m.event}]-(other)
    ON CREATE SET n.date = m.date, n.place = m.place, n.article = m.article, n.evidence = m.evidence
}
DELETE m
RETURN count(m) AS moved
