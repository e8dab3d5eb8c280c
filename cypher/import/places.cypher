// Upserts Place nodes (id, name, kind), Place-IN_COUNTRY->Country, and Article-MENTIONS->Place.
// Params: $rows [{article, id, name, kind, country, countryName, count, evidence}]. Returns: created, touched.
UNWIND $rows AS row
OPTIONAL MATCH (old:Place {id: row.id})
WITH row, old IS NULL AS isNew
MERGE (n:Place {id: row.id})
  ON CREATE SET n.name = row.name, n.kind = row.kind
FOREACH (_ IN CASE WHEN row.country IS NULL THEN [] ELSE [1] END |
  MERGE (c:Country {id: row.country}) ON CREATE SET c.name = row.countryName
  MERGE (n)-[:IN_COUNTRY]->(c))
WITH row, n, isNew
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count, m.evidence = row.evidence
RETURN collect(DISTINCT CASE WHEN isNew THEN row.id END) AS created, collect(DISTINCT row.id) AS touched
