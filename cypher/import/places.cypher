// Upserts Place nodes (id, name, kind) with Place-IN_COUNTRY->Country, and creates Article-MENTIONS->Place.
// Params: $rows [{article, id, name, kind, country, countryName, count, evidence}].
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
  ON CREATE SET n.name = row.name, n.kind = row.kind
FOREACH (_ IN CASE WHEN row.country IS NULL THEN [] ELSE [1] END |
  MERGE (c:Country {id: row.country}) ON CREATE SET c.name = row.countryName
  MERGE (n)-[:IN_COUNTRY]->(c))
WITH row, n
MATCH (a:Article {id: row.article})
CREATE (a)-[:MENTIONS {count: row.count, evidence: row.evidence}]->(n)
