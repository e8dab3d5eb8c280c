// Upserts Country nodes (id, name) and creates Article-MENTIONS {count, evidence}->Country (the batch's
// articles are new, or their old facts were deleted first). Params: $rows [{article, id, name, count, evidence}].
UNWIND $rows AS row
MERGE (n:Country {id: row.id})
  ON CREATE SET n.name = row.name
WITH row, n
MATCH (a:Article {id: row.article})
CREATE (a)-[:MENTIONS {count: row.count, evidence: row.evidence}]->(n)
