// Upserts Person nodes (a known name is kept; new spellings join `aliases`) and creates Article-MENTIONS->Person
// (the batch's articles are new, or their old facts were deleted first). Params: $rows [{article, id, name, aliases, count, evidence}].
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.aliases = row.aliases
  ON MATCH SET p.aliases = coalesce(p.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(p.aliases, [])]
WITH row, p
MATCH (a:Article {id: row.article})
CREATE (a)-[:MENTIONS {count: row.count, evidence: row.evidence}]->(p)
