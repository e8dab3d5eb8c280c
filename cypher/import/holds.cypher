// Upserts Role nodes and Role-OF->Country|Organization; creates Person-HOLDS {article, asOf, rank, evidence}->Role.
// Params: $rows [{article, person, role, title, name, country, countryName, organization, organizationName, rank, asOf, evidence}].
UNWIND $rows AS row
MERGE (r:Role {id: row.role})
  ON CREATE SET r.name = row.name, r.title = row.title
FOREACH (_ IN CASE WHEN row.organization IS NULL AND row.country IS NOT NULL THEN [1] ELSE [] END |
  MERGE (c:Country {id: row.country}) ON CREATE SET c.name = row.countryName
  MERGE (r)-[:OF]->(c))
FOREACH (_ IN CASE WHEN row.organization IS NULL THEN [] ELSE [1] END |
  MERGE (o:Organization {id: row.organization}) ON CREATE SET o.name = row.organizationName
  MERGE (r)-[:OF]->(o))
WITH row, r
MATCH (p:Person {id: row.person})
CREATE (p)-[:HOLDS {article: row.article, asOf: row.asOf, rank: row.rank, evidence: row.evidence}]->(r)
