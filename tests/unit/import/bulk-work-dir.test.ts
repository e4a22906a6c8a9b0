import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseBulkWorkDir, releaseBulkWorkDir } from "../../../src/import/bulk-work-dir.js";

const root = mkdtempSync(join(tmpdir(), "bulk-work-dir-test-"));
const dataset = join(root, "dataset");
mkdirSync(dataset);
writeFileSync(join(dataset, "organizations.csv"), "id,kind,name\n");

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("--bulk's work folder", () => {
  it("goes under BULK_WORK_DIR when set, marked as owned by this process", () => {
    const parent = join(root, "configured");
    const work = chooseBulkWorkDir("run-a", dataset, parent);
    expect(work.dir).toBe(join(parent, "run-a"));
    expect(work.why).toBe("BULK_WORK_DIR");
    expect(readFileSync(join(work.dir, "owner.pid"), "utf8")).toBe(String(process.pid));
    releaseBulkWorkDir(work.dir, false);
    expect(existsSync(work.dir)).toBe(false);
  });

  it("keeps kept files and forgets their owner, so no later run removes them", () => {
    const parent = join(root, "kept");
    const work = chooseBulkWorkDir("run-b", dataset, parent);
    writeFileSync(join(work.dir, "nodes-0.csv"), "x\n");
    releaseBulkWorkDir(work.dir, true);
    expect(existsSync(join(work.dir, "nodes-0.csv"))).toBe(true);
    expect(existsSync(join(work.dir, "owner.pid"))).toBe(false);
    chooseBulkWorkDir("run-c", dataset, parent);
    expect(existsSync(join(work.dir, "nodes-0.csv"))).toBe(true);
  });

  it("removes the folder of a run whose process died before cleaning up, and only that one", () => {
    const parent = join(root, "sweep");
    const abandoned = join(parent, "run-killed");
    const alive = join(parent, "run-alive");
    for (const dir of [abandoned, alive]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(abandoned, "owner.pid"), String(deadPid()));
    writeFileSync(join(alive, "owner.pid"), String(process.ppid));
    chooseBulkWorkDir("run-d", dataset, parent);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });

  it("without BULK_WORK_DIR, picks shared memory or the data folder and says which", () => {
    const work = chooseBulkWorkDir(`run-e-${process.pid}`, dataset, undefined);
    try {
      expect(work.why).toMatch(/^(shared memory|the data folder)/);
      expect(work.dir.startsWith("/dev/shm/") === work.why.startsWith("shared memory")).toBe(true);
    } finally {
      releaseBulkWorkDir(work.dir, false);
    }
    expect(existsSync(work.dir)).toBe(false);
  });
});
