// Renames a Person (or any entity with aliases): the new name is shown, the old one stays an alias so
// search still finds it. Imports never overwrite a name. Params: $id, $name. Returns: old, name.
MATCH (n:Person {id: $id})
WITH n, n.name AS old
SET n.name = $name,
  n.aliases = [a IN coalesce(n.aliases, []) WHERE a <> $name] + CASE WHEN old IN coalesce(n.aliases, []) OR old = $name THEN [] ELSE [old] END
RETURN old, n.name AS name
