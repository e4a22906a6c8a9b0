import type { Driver } from "neo4j-driver";

/**
 * A cheap "is the database answering?" check, shared by everyone who asks at the same moment:
 * at most one probe query is in flight, and a frozen server (which accepts the query and never
 * answers) counts as down once `timeoutMs` has passed, without piling up more probes behind it.
 */
export class DatabaseProbe {
  private inFlight: Promise<boolean> | null = null;
  private last: { at: number; ok: boolean; reason?: string } | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs = 1_500,
    private readonly cacheMs = 500,
  ) {}

  /** Why the last probe failed, for /health. */
  get reason(): string | undefined {
    return this.last?.ok ? undefined : this.last?.reason;
  }

  async check(): Promise<boolean> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return this.last.ok;
    if (!this.inFlight) {
      this.inFlight = this.driver
        .executeQuery("RETURN 1", {}, { database: this.database })
        .then(
          () => true,
          (error: unknown) => {
            this.remember(false, "the database refused the connection or closed it");
            void error;
            return false;
          },
        )
        .finally(() => {
          this.inFlight = null;
        });
    }
    const pending = this.inFlight;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.timeoutMs);
      timer.unref();
    });
    const outcome = await Promise.race([pending, timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      this.remember(false, `the database did not answer within ${this.timeoutMs} ms (stalled or overloaded)`);
      return false;
    }
    if (outcome) this.remember(true);
    return outcome;
  }

  private remember(ok: boolean, reason?: string) {
    this.last = { at: Date.now(), ok, ...(reason ? { reason } : {}) };
  }
}
