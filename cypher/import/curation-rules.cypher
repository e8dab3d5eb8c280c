// Manual curation an import must respect: merges (Redirect from -> into) and splits (an alias moved to another person).
// Params: none. Returns: kind ('merge' | 'split'), from, into, alias (null for merges).
MATCH (r:Redirect)
RETURN 'merge' AS kind, r.id AS from, r.into AS into, null AS alias
UNION ALL
MATCH (s:SplitRule)
RETURN 'split' AS kind, s.from AS from, s.into AS into, s.alias AS alias
