// Merge step 1: the articles that mention $drop now mention $keep (counts added up).
// Params: $keep, $drop (Person ids). Returns: moved (count).
MATCH (keep:Person {id: $keep})
MATCH (a:Article)-[m:MENTIONS]->(:Person {id: $drop})
MERGE (a)-[k:MENTIONS]->(keep)
  ON CREATE SET k.count = 0
SET k.count = k.count + coalesce(m.count, 1), k.evidence = coalesce(k.evidence, m.evidence)
DELETE m
RETURN count(m) AS moved
