import type { Database } from "../../src/db/database.js";

const CONNECTOR_SOURCES = ["ctgov:", "cordis:", "eurostat:", "iso3166:"];

/**
 * Removes what the connector tests added (every node a TEST DATA run created carries testData, every
 * fact it wrote cites a connector source), leaving the seed as it was.
 */
export async function removeConnectorData(db: Database): Promise<void> {
  await db.write(`MATCH ()-[r]->() WHERE any(p IN $prefixes WHERE r.source STARTS WITH p) DELETE r`, {
    prefixes: CONNECTOR_SOURCES,
  });
  await db.write(
    `MATCH (n) WHERE n.testData = true OR (n:Source AND any(p IN $prefixes WHERE n.key STARTS WITH p))
     DETACH DELETE n`,
    { prefixes: CONNECTOR_SOURCES },
  );
}
