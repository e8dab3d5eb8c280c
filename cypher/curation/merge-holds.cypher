// Merge step 2: the posts $drop held (per article) are now held by $keep.
// Params: $keep, $drop (Person ids). Returns: moved (count).
MATCH (keep:Person {id: $keep})
MATCH (:Person {id: $drop})-[h:HOLDS]->(r:Role)
MERGE (keep)-[k:HOLDS {article: h.article}]->(r)
SET k.asOf = h.asOf, k.rank = coalesce(k.rank, h.rank), k.evidence = coalesce(k.evidence, h.evidence)
DELETE h
RETURN count(h) AS moved
