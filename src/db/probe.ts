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

  /**
   * Whether the database answers within `timeoutMs`. A success is remembered for a moment; a
   * failure is not, so one impatient caller (such as /health) never fails a more patient one.
   */
  async check(timeoutMs: number = this.timeoutMs): Promise<boolean> {
    if (this.last?.ok && Date.now() - this.last.at < this.cacheMs) return true;
    if (!this.inFlight) {
      // An auto-commit query: the driver does not retry it, so a refused connection fails at once.
      const session = this.driver.session({ database: this.database });
      this.inFlight = session
        .run("RETURN 1")
        .then(
          () => true,
          () => {
            this.remember(false, "the database refused the connection or closed it");
            return false;
          },
        )
        .finally(() => {
          this.inFlight = null;
          void session.close().catch(() => {});
        });
    }
    const pending = this.inFlight;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
      timer.unref();
    });
    const outcome = await Promise.race([pending, timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      this.remember(false, `the database did not answer within ${timeoutMs} ms (stalled or overloaded)`);
      return false;
    }
    if (outcome) this.remember(true);
    return outcome;
  }

  private remember(ok: boolean, reason?: string) {
    this.last = { at: Date.now(), ok, ...(reason ? { reason } : {}) };
  }
}
