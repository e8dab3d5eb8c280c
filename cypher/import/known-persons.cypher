// The people already in the graph, for the resolver to join new spellings onto.
// Params: none. Returns: id, name, aliases.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
