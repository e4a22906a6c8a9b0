// Name:     import-runs
// Purpose:  The import ledger: one (:ImportRun) node per run of `npm run import` (id, status,
//           counts, checkpoint, the importer's host and pid). Runs are looked up by id. One
//           (:ImportLock {id: 'import'}) node serializes importers claiming the database: the
//           constraint makes its MERGE safe when two start at once.
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
