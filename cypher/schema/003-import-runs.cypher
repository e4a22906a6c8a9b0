// Name:     import-runs
// Purpose:  The import ledger: one (:ImportRun) node per run of `npm run import` (id, status,
//           counts, checkpoint). Runs are looked up by id.
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
