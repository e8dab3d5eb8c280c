// Upserts Person nodes (a known name is kept; new spellings join `aliases`) and Article-MENTIONS->Person.
// Params: $rows [{article, id, name, aliases, count, evidence}]. Returns: created, touched (id lists).
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.id})
WITH row, old IS NULL AS isNew
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.aliases = row.aliases
  ON MATCH SET p.aliases = coalesce(p.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(p.aliases, [])]
WITH row, p, isNew
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(p)
SET m.count = row.count, m.evidence = row.evidence
RETURN collect(DISTINCT CASE WHEN isNew THEN row.id END) AS created, collect(DISTINCT row.id) AS touched
