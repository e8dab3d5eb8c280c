// Database status for the page's header: Neo4j version and edition, and the labels in use.
// Params: none. Columns: version, edition, labels (list of strings).
CALL dbms.components() YIELD versions, edition
CALL { CALL db.labels() YIELD label RETURN collect(label) AS labels }
RETURN versions[0] AS version, edition, labels
LIMIT 1
