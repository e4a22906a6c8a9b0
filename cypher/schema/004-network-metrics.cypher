// Name:     network metrics
// Purpose:  One stored result of `npm run analytics -- --write` per scope (region and year), found
//           by its key; see cypher/analytics/write-network-metrics.cypher.
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE CONSTRAINT network_metrics_key IF NOT EXISTS FOR (n:NetworkMetrics) REQUIRE n.key IS UNIQUE;
