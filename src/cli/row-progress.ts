import cliProgress from "cli-progress";

/** Progress of long work counted in rows (import, generate, bulk load). */
export interface RowProgress {
  /**
   * Starts (or restarts) a phase with its own label and total. `unit` is "rows" unless the work
   * has no rows to count: "%" for a phase measured in percent done (index population).
   */
  phase(label: string, total?: number, unit?: ProgressUnit): void;
  increment(rows: number): void;
  stop(): void;
}

export interface RowProgressOptions {
  /** Where lines go; progress is diagnostics, so stderr keeps stdout clean for reports. */
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when there is no bar. */
  intervalSeconds?: number;
  /** Forces plain lines (tests; CI=true does it too). */
  plain?: boolean;
  /** No output at all (programmatic callers). */
  silent?: boolean;
}

export type ProgressUnit = "rows" | "%";

const format = (n: number) => Math.round(n).toLocaleString("en-US");

function eta(done: number, total: number | undefined, rate: number): string {
  if (!total || rate <= 0 || done >= total) return "";
  return `, ETA ${Math.ceil((total - done) / rate)} s`;
}

/**
 * A bar on a terminal (cli-progress: rows done, rows/s, ETA); off a terminal or under CI=true a plain
 * line every few seconds, so logs of long runs stay readable and still show that work goes on.
 */
export function createRowProgress(options: RowProgressOptions = {}): RowProgress {
  if (options.silent) return { phase() {}, increment() {}, stop() {} };
  const stream = options.stream ?? process.stderr;
  const plain = options.plain || process.env.CI === "true" || !stream.isTTY;
  return plain ? plainProgress(stream, (options.intervalSeconds ?? 5) * 1000) : barProgress(stream);
}

function plainProgress(stream: NodeJS.WriteStream, intervalMs: number): RowProgress {
  let label = "";
  let total: number | undefined;
  let unit: ProgressUnit = "rows";
  let done = 0;
  let started = 0;
  let lastLine = 0;
  const line = (final: boolean) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const of = total ? `/${format(total)}` : "";
    const pct = total ? ` (${Math.floor((100 * done) / total)}%)` : "";
    const tail = final ? `, ${seconds.toFixed(1)} s` : eta(done, total, rate);
    if (unit === "%") stream.write(`${label}: ${format(done)}%${tail}\n`);
    else stream.write(`${label}: ${format(done)}${of} rows${pct}, ${format(rate)} rows/s${tail}\n`);
    lastLine = Date.now();
  };
  const finish = () => {
    if (label && done > 0) line(true);
    label = "";
  };
  return {
    phase(nextLabel, nextTotal, nextUnit = "rows") {
      finish();
      label = nextLabel;
      total = nextTotal;
      unit = nextUnit;
      done = 0;
      started = Date.now();
      lastLine = started;
    },
    increment(rows) {
      done += rows;
      if (Date.now() - lastLine >= intervalMs) line(false);
    },
    stop: finish,
  };
}

function barProgress(stream: NodeJS.WriteStream): RowProgress {
  let bar: cliProgress.SingleBar | undefined;
  let known = false;
  let done = 0;
  let started = 0;
  const finish = () => {
    if (!bar) return;
    // Without a total the bar cannot finish itself: show the final count as the total.
    if (!known) bar.setTotal(done);
    bar.stop();
    bar = undefined;
  };
  return {
    phase(label, total, unit = "rows") {
      finish();
      done = 0;
      known = total !== undefined;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format:
            unit === "%"
              ? `${label} [{bar}] {percentage}% | ETA {eta_formatted}`
              : `${label} [{bar}] {value}/{total} rows | {speed} rows/s | ETA {eta_formatted}`,
          etaBuffer: 50,
          fps: 5,
          formatValue: (value, _options, type) =>
            type === "value" || type === "total" ? format(value) : `${value}`,
        },
        cliProgress.Presets.shades_classic,
      );
      started = Date.now();
      bar.start(total ?? 0, 0, { speed: "0" });
    },
    increment(rows) {
      if (!bar) return;
      done += rows;
      const seconds = (Date.now() - started) / 1000;
      if (!known) bar.setTotal(done);
      bar.update(done, { speed: format(seconds > 0 ? done / seconds : 0) });
    },
    stop: finish,
  };
}
