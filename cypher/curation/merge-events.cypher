// Merge step 3: $keep took part in the events $drop took part in.
// Params: $keep, $drop (Person ids). Returns: moved (count).
MATCH (keep:Person {id: $keep})
MATCH (:Person {id: $drop})-[p:PARTICIPATED_IN]->(e:Event)
MERGE (keep)-[:PARTICIPATED_IN]->(e)
DELETE p
RETURN count(p) AS moved
