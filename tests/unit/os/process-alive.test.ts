import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { isProcessAlive } from "../../../src/os/process-alive.js";

describe("isProcessAlive", () => {
  it("is true for a running process and false for one that has exited", async () => {
    const child = spawn("sleep", ["30"]);
    const pid = child.pid as number;
    expect(isProcessAlive(pid)).toBe(true);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(isProcessAlive(pid)).toBe(false);
  });

  // The CI failure this guards: a Neo4j killed with kill -9 whose parent never reaped it was
  // taken for a running server, so `db start` connected to nothing instead of starting one.
  it.runIf(process.platform === "linux")(
    "is false for a zombie (killed, never reaped by its parent)",
    async () => {
      // `exec sleep` becomes the parent of the short sleep and never waits for it.
      const parent = spawn("sh", ["-c", "sleep 0.1 & echo $!; exec sleep 30"]);
      const zombie = await new Promise<number>((resolve) =>
        parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
      );
      try {
        await sleep(600);
        expect(zombie).toBeGreaterThan(0);
        let sawZombie = false;
        try {
          process.kill(zombie, 0);
          sawZombie = true; // kill(pid, 0) alone would call it alive
        } catch {}
        expect(sawZombie).toBe(true);
        expect(isProcessAlive(zombie)).toBe(false);
      } finally {
        parent.kill("SIGKILL");
      }
    },
  );
});
