// Split: the spelling $alias of person $from becomes its own person $into (name $alias), and a SplitRule
// sends that spelling there in later imports. Params: $from, $into, $alias, $ruleId.
// Returns: files (of the articles whose text has the spelling: re-importing them moves their facts).
MATCH (p:Person {id: $from})
SET p.aliases = [a IN coalesce(p.aliases, []) WHERE toLower(a) <> toLower($alias)]
MERGE (q:Person {id: $into})
  ON CREATE SET q.name = $alias, q.aliases = [$alias]
MERGE (rule:SplitRule {id: $ruleId})
SET rule.from = $from, rule.into = $into, rule.alias = $alias, rule.at = toString(datetime())
WITH p
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
WHERE a.text CONTAINS $alias
SET a.hash = null
RETURN [f IN collect(a.file) WHERE f IS NOT NULL] AS files
