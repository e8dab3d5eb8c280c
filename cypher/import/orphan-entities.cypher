// Deletes the given people, countries, organizations and topics that nothing supports any more.
// Params: $ids (candidate ids). Returns: deleted (count).
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (c:Country {id: id})
OPTIONAL MATCH (o:Organization {id: id})
OPTIONAL MATCH (t:Topic {id: id})
WITH [x IN [p, c, o, t] WHERE x IS NOT NULL AND NOT (x)--()] AS gone
UNWIND gone AS n
DELETE n
RETURN count(n) AS deleted
