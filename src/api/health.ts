import type { Request, Response } from "express";
import type { Database } from "../db/database.js";
import { unfinishedRuns } from "../import/ledger.js";

/**
 * GET /health: 200 with versions while the database answers, 503 with the reason while it does not.
 * It asks the server every time (a cheap call) so a load balancer sees a database outage.
 */
export function healthHandler(db: Database) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      const info = await db.verifyServer();
      // An import that stopped half-way leaves part of a dataset in the graph: say so until it is
      // resumed (npm run import -- DIR) or rolled back (npm run import -- --rollback RUN).
      const unfinished = await unfinishedRuns(db);
      res.status(200).json({
        status: "ok",
        neo4jVersion: info.neo4jVersion,
        neo4jEdition: info.edition,
        apocVersion: info.apocVersion,
        database: db.name,
        provider: db.target.kind,
        ...(unfinished.length > 0
          ? {
              unfinishedImports: unfinished.map((run) => ({
                id: run.id,
                status: run.status,
                method: run.method,
                startedAt: run.startedAt,
                updatedAt: run.updatedAt,
                rowsWritten: run.rowsWritten,
              })),
            }
          : {}),
      });
    } catch (error) {
      res.status(503).json({
        status: "unavailable",
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
