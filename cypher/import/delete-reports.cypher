// Removes the REPORTED_IN relationships from events to the given articles.
// Params: $ids (article ids). Returns: events (ids of events that lost a report).
UNWIND $ids AS id
MATCH (e:Event)-[r:REPORTED_IN]->(:Article {id: id})
DELETE r
RETURN collect(DISTINCT e.id) AS events
