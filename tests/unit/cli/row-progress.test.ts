import { describe, expect, it } from "vitest";
import { createRowProgress } from "../../../src/cli/row-progress.js";

function capture() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
  return { lines, stream };
}

describe("progress of long work", () => {
  it("prints plain lines with rows, rows/s and percentage off a terminal, and a final line per phase", () => {
    const { lines, stream } = capture();
    const progress = createRowProgress({ stream, intervalSeconds: 0 });
    progress.phase("write", 200);
    progress.increment(50);
    progress.increment(150);
    progress.phase("next");
    progress.increment(7);
    progress.stop();
    expect(lines[0]).toMatch(/^write: 50\/200 rows \(25%\), [\d,]+ rows\/s/);
    expect(lines.some((l) => /^write: 200\/200 rows \(100%\), [\d,]+ rows\/s, [\d.]+ s\n$/.test(l))).toBe(
      true,
    );
    expect(lines.at(-1)).toMatch(/^next: 7 rows, [\d,]+ rows\/s, [\d.]+ s\n$/);
  });

  it("shows a phase measured in percent (index population) as a percentage, not as rows", () => {
    const { lines, stream } = capture();
    const progress = createRowProgress({ stream, intervalSeconds: 0 });
    progress.phase("build indexes", 100, "%");
    progress.increment(40);
    progress.increment(60);
    progress.stop();
    expect(lines[0]).toMatch(/^build indexes: 40%(, ETA \d+ s)?\n$/);
    expect(lines.at(-1)).toMatch(/^build indexes: 100%, [\d.]+ s\n$/);
    expect(lines.some((l) => l.includes("rows"))).toBe(false);
  });

  it("stays plain under CI=true even on a terminal, and is silent when asked", () => {
    const { lines, stream } = capture();
    (stream as { isTTY: boolean }).isTTY = true;
    const previous = process.env.CI;
    process.env.CI = "true";
    try {
      const progress = createRowProgress({ stream, intervalSeconds: 0 });
      progress.phase("generate", 10);
      progress.increment(10);
      progress.stop();
    } finally {
      if (previous === undefined) delete process.env.CI;
      else process.env.CI = previous;
    }
    expect(lines.every((l) => l.startsWith("generate: "))).toBe(true);
    const quiet = capture();
    const silent = createRowProgress({ stream: quiet.stream, silent: true });
    silent.phase("x", 1);
    silent.increment(1);
    silent.stop();
    expect(quiet.lines).toEqual([]);
  });
});
