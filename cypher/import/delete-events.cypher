// Deletes the given events that no article reports any more, with the MET edges derived from them.
// Params: $events (event ids). Returns: touched (ids of places, countries, topics and people they linked).
UNWIND $events AS eid
MATCH (e:Event {id: eid})
WHERE NOT (e)-[:REPORTED_IN]->()
OPTIONAL MATCH (e)-[link:IN|ABOUT|PARTICIPATED_IN]-(n)
WITH e, eid, collect(DISTINCT n.id) AS linked
CALL {
  WITH eid
  MATCH (:Person)-[m:MET {event: eid}]->(:Person)
  DELETE m
}
DETACH DELETE e
WITH linked
UNWIND linked AS id
RETURN collect(DISTINCT id) AS touched
