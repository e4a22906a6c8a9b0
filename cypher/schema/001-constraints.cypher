// Name:     constraints
// Purpose:  Stable ids are unique per node label, so imports can MERGE on them safely.
//           (Community edition allows uniqueness constraints only; the importer also checks that an
//           id is not reused across labels.)
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_platform_id IF NOT EXISTS FOR (n:TechnologyPlatform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT stock_exchange_id IF NOT EXISTS FOR (n:StockExchange) REQUIRE n.id IS UNIQUE;
