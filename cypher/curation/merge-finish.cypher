// Merge step 5: $keep gains $drop's name and aliases; $drop is deleted and leaves a Redirect that later
// imports follow (earlier redirects and split rules into $drop now point at $keep). Params: $keep, $drop.
// Returns: name (of $keep), aliases.
MATCH (keep:Person {id: $keep}), (drop:Person {id: $drop})
WITH keep, drop, [drop.name] + coalesce(drop.aliases, []) AS raw
WITH keep, drop, [i IN range(0, size(raw) - 1) WHERE NOT raw[i] IN raw[0..i] | raw[i]] AS spellings
SET keep.aliases = coalesce(keep.aliases, []) + [s IN spellings WHERE NOT s IN coalesce(keep.aliases, []) AND s <> keep.name]
MERGE (r:Redirect {id: $drop})
SET r.into = $keep, r.name = drop.name, r.at = toString(datetime())
WITH keep, drop
CALL { MATCH (old:Redirect {into: $drop}) SET old.into = $keep }
CALL { MATCH (s:SplitRule {into: $drop}) SET s.into = $keep }
DETACH DELETE drop
RETURN keep.name AS name, keep.aliases AS aliases
