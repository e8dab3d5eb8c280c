// Which of the given content hashes are already imported (an unchanged article is skipped).
// Params: $hashes (list of sha-256 hex strings). Returns: hash, id.
UNWIND $hashes AS h
MATCH (a:Article {hash: h})
RETURN a.hash AS hash, a.id AS id
