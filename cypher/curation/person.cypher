// One person's name and aliases, to check a curation command's arguments. Params: $id. Returns: id, name, aliases.
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
