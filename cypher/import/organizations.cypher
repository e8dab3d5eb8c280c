// Upserts Organization nodes (id, name) and Article-MENTIONS->Organization with count and first sentence.
// Params: $rows [{article, id, name, count, evidence}]. Returns: created, touched (id lists).
UNWIND $rows AS row
OPTIONAL MATCH (old:Organization {id: row.id})
WITH row, old IS NULL AS isNew
MERGE (n:Organization {id: row.id})
  ON CREATE SET n.name = row.name
WITH row, n, isNew
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count, m.evidence = row.evidence
RETURN collect(DISTINCT CASE WHEN isNew THEN row.id END) AS created, collect(DISTINCT row.id) AS touched
