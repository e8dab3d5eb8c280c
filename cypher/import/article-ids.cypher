// Which of the given article ids already exist (their facts are replaced, not added to).
// Params: $ids (article ids). Returns: id.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
