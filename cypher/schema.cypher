// Schema: uniqueness of every node label's `id`, the `entityNames` full-text index, lookup indexes.
// Idempotent (IF NOT EXISTS), applied at every start by src/graph/schema.ts. No parameters, no rows.
// Other modules may append statements; end each with `;` at the end of a line.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;

// Search box: names and aliases (lists of strings are indexed element by element).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Person|Country|Place|Organization|Topic|Role|Event) ON EACH [n.name, n.aliases];

CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);

// Import (src/graph/import.ts): unchanged articles are found by content hash; an article's HOLDS
// and MET facts are found by the article id they carry when it is replaced.
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.hash);
CREATE INDEX holds_article IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.article);
CREATE INDEX met_event IF NOT EXISTS FOR ()-[r:MET]-() ON (r.event);
CREATE INDEX met_article IF NOT EXISTS FOR ()-[r:MET]-() ON (r.article);

// Curation (src/graph/curation.ts): a merged-away person id redirects to the survivor; a split
// alias goes to another person. Later imports read both.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT split_rule_id IF NOT EXISTS FOR (n:SplitRule) REQUIRE n.id IS UNIQUE;
