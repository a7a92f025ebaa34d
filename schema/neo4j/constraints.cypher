// Constraints and indexes, applied idempotently at start-up (src/db/schema.ts).
// Every start point of a hot query is one of these (docs/ARCHITECTURE.md, performance principles).
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT paper_doi IF NOT EXISTS FOR (p:Paper) REQUIRE p.doi IS UNIQUE;
// Ids of papers merged into another (identity merging): (:PaperAlias {id})-[:ALIAS_OF]->(:Paper).
CREATE CONSTRAINT paper_alias_id IF NOT EXISTS FOR (a:PaperAlias) REQUIRE a.id IS UNIQUE;
CREATE INDEX paper_pmid IF NOT EXISTS FOR (p:Paper) ON (p.pmid);
CREATE INDEX paper_pmcid IF NOT EXISTS FOR (p:Paper) ON (p.pmcid);
CREATE INDEX paper_openalex IF NOT EXISTS FOR (p:Paper) ON (p.openalexId);
CREATE INDEX paper_s2 IF NOT EXISTS FOR (p:Paper) ON (p.s2Id);
CREATE INDEX paper_year IF NOT EXISTS FOR (p:Paper) ON (p.year);
CREATE INDEX paper_citing_count IF NOT EXISTS FOR (p:Paper) ON (p.citingPaperCount);
CREATE CONSTRAINT author_id IF NOT EXISTS FOR (a:Author) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT venue_id IF NOT EXISTS FOR (v:Venue) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT intervention_id IF NOT EXISTS FOR (c:InterventionType) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (c:Outcome) REQUIRE c.id IS UNIQUE;
CREATE INDEX outcome_domain IF NOT EXISTS FOR (c:Outcome) ON (c.domain);
CREATE CONSTRAINT population_id IF NOT EXISTS FOR (c:Population) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT setting_id IF NOT EXISTS FOR (c:Setting) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (f:Finding) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE INDEX statement_polarity IF NOT EXISTS FOR (s:Statement) ON (s.polarity);
CREATE CONSTRAINT tally_id IF NOT EXISTS FOR (t:ExternalTally) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT collection_id IF NOT EXISTS FOR (c:Collection) REQUIRE c.id IS UNIQUE;
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (s:Statement) ON EACH [s.text];
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.target);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
