import type { Request, Response } from "express";
import type { Database } from "../db/database.js";
import type { DatabaseProbe } from "../db/probe.js";
import { unfinishedRuns } from "../import/ledger.js";

/** /health answers within this long in every case (the probe's own timeout is shorter). */
export const HEALTH_DEADLINE_MS = 1_800;

/**
 * GET /health: 200 with versions while the database answers, 503 with the reason while it does not
 * (down, refusing, or stalled). It asks the server every time so a load balancer sees an outage,
 * but never waits longer than HEALTH_DEADLINE_MS.
 */
export function healthHandler(db: Database, probe: DatabaseProbe) {
  return async (_req: Request, res: Response): Promise<void> => {
    res.set("cache-control", "no-store");
    const unavailable = (reason: string) => res.status(503).json({ status: "unavailable", reason });
    if (!(await probe.check())) {
      unavailable(probe.reason ?? "the database is not answering");
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), HEALTH_DEADLINE_MS / 2);
    });
    try {
      // An import that stopped half-way leaves part of a dataset in the graph: say so until it is
      // resumed (npm run import -- DIR) or rolled back (npm run import -- --rollback RUN).
      const answer = await Promise.race([Promise.all([db.verifyServer(), unfinishedRuns(db)]), deadline]);
      if (answer === "timeout") {
        unavailable("the database did not answer the version check in time (stalled or overloaded)");
        return;
      }
      const [info, unfinished] = answer;
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
      unavailable(error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  };
}
