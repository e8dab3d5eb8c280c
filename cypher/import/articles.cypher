// Upserts Article nodes: id, name, title, outlet, published, text, content hash, file.
// Params: $rows [{id, name, title, outlet, published, text, hash, file}]. Returns nothing.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row
