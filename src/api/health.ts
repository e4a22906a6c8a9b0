import type { Request, Response } from "express";
import type { Database, ServerInfo } from "../db/database.js";
import type { DatabaseProbe } from "../db/probe.js";
import { unfinishedRuns } from "../import/ledger.js";

/** /health answers within this long in every case. */
export const HEALTH_DEADLINE_MS = 1_800;
/** The versions are re-read at most this often (they change only when the server is replaced). */
const VERSIONS_MAX_AGE_MS = 60_000;

/**
 * GET /health: 200 with versions while the database answers, 503 with the reason while it does not
 * (down, refusing, or stalled). It asks the server every time (one `RETURN 1` through the shared
 * probe) so a load balancer sees an outage, but never waits longer than HEALTH_DEADLINE_MS; the
 * versions come from the last full check, refreshed in the background.
 */
export function healthHandler(db: Database, probe: DatabaseProbe) {
  let versions: { info: ServerInfo; at: number } | undefined;
  let refreshing: Promise<ServerInfo> | undefined;
  const refresh = () => {
    refreshing ??= db
      .verifyServer()
      .then((info) => {
        versions = { info, at: Date.now() };
        return info;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };
  return async (_req: Request, res: Response): Promise<void> => {
    res.set("cache-control", "no-store");
    const started = Date.now();
    const unavailable = (reason: string) => res.status(503).json({ status: "unavailable", reason });
    if (!(await probe.check(HEALTH_DEADLINE_MS * 0.8))) {
      unavailable(probe.reason ?? "the database is not answering");
      return;
    }
    let info = versions?.info;
    if (!versions || Date.now() - versions.at > VERSIONS_MAX_AGE_MS) {
      const pending = refresh();
      pending.catch(() => {});
      if (!info) {
        let timer: NodeJS.Timeout | undefined;
        const left = Math.max(100, HEALTH_DEADLINE_MS - (Date.now() - started));
        const deadline = new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), left);
        });
        try {
          const first = await Promise.race([pending, deadline]);
          if (first === "timeout") {
            unavailable("the database did not answer the version check in time (stalled or overloaded)");
            return;
          }
          info = first;
        } catch (error) {
          unavailable(error instanceof Error ? error.message : String(error));
          return;
        } finally {
          clearTimeout(timer);
        }
      }
    }
    if (!info) {
      unavailable("the database did not report its version");
      return;
    }
    // An import that stopped half-way leaves part of a dataset in the graph: say so until it is
    // resumed (npm run import -- DIR) or rolled back (npm run import -- --rollback RUN).
    let timer: NodeJS.Timeout | undefined;
    const left = Math.max(100, HEALTH_DEADLINE_MS - (Date.now() - started));
    const deadline = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), left);
    });
    let unfinished: Awaited<ReturnType<typeof unfinishedRuns>>;
    try {
      const answer = await Promise.race([unfinishedRuns(db), deadline]);
      if (answer === "timeout") {
        unavailable("the database did not answer in time (stalled or overloaded)");
        return;
      }
      unfinished = answer;
    } catch (error) {
      unavailable(error instanceof Error ? error.message : String(error));
      return;
    } finally {
      clearTimeout(timer);
    }
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
  };
}
