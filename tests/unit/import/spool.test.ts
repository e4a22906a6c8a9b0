import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_FILES, RELATIONSHIP_FILES, SOURCES_FILE } from "../../../src/import/dataset-spec.js";
import { RowSpool, type SpoolFrame } from "../../../src/import/spool.js";
import { FrameEncoder } from "../../../src/import/spool-codec.js";
import {
  type NodeRecord,
  PART_OF_SPOOL,
  type RelationshipRecord,
  scanDataset,
  validateDataset,
} from "../../../src/import/validate.js";
import { seedDir } from "../../../src/paths.js";

async function readAll<T>(spool: RowSpool, name: string): Promise<SpoolFrame<T>[]> {
  const frames: SpoolFrame<T>[] = [];
  for await (const frame of spool.read<T>(name)) frames.push(frame);
  return frames;
}

describe("RowSpool", () => {
  it("gives back each stream's rows in order, values as they were, in bounded frames", async () => {
    const spool = new RowSpool();
    try {
      const expected: { line: number; record: unknown }[] = [];
      for (let chunk = 0; chunk < 10; chunk++) {
        for (let i = 0; i < 700; i++) {
          const line = chunk * 700 + i + 2;
          const record = {
            id: `n-${line}`,
            labels: ["Organization", "Firm"],
            properties: { foundedYear: 1990 + (i % 30), note: i % 3 ? undefined : "x", aliases: ["a", "b"] },
          };
          expected.push({ line, record });
          spool.add("organizations.csv", line, record);
          if (i % 100 === 0) spool.add("other.csv", line, { line });
        }
        await spool.drain();
      }
      await expect(async () => {
        for await (const _ of spool.read("organizations.csv")) break;
      }).rejects.toThrow(/still being written/);
      await spool.close();
      const frames = await readAll<unknown>(spool, "organizations.csv");
      expect(frames.length).toBeGreaterThan(1);
      for (const frame of frames) expect(frame.lines.length).toBeLessThanOrEqual(2100);
      const rows = frames.flatMap((f) => f.lines.map((line, i) => ({ line, record: f.records[i] })));
      expect(rows).toEqual(expected);
      // undefined and arrays survive the round trip as they are.
      const first = rows[0]?.record as { properties: object } | undefined;
      expect(Object.hasOwn(first?.properties ?? {}, "note")).toBe(true);
      const other = (await readAll<{ line: number }>(spool, "other.csv")).flatMap((f) => f.records);
      expect(other).toHaveLength(70);
      expect(await readAll(spool, "never-added.csv")).toEqual([]);
    } finally {
      spool.remove();
    }
    expect(existsSync(spool.dir)).toBe(false);
  });

  it("holds exactly the records the in-memory validation gives, for the seed", async () => {
    const spool = new RowSpool();
    try {
      const scan = await scanDataset(seedDir, () => {}, undefined, spool);
      await spool.close();
      expect(scan.issueCount).toBe(0);
      const { dataset } = validateDataset(seedDir);
      const nodes: NodeRecord[] = [];
      for (const spec of NODE_FILES)
        for (const frame of await readAll<NodeRecord>(spool, spec.file)) nodes.push(...frame.records);
      const relationships: RelationshipRecord[] = [];
      for (const name of [PART_OF_SPOOL, ...new Set(RELATIONSHIP_FILES.map((s) => s.file))])
        for (const frame of await readAll<RelationshipRecord>(spool, name))
          relationships.push(...frame.records);
      expect(nodes).toEqual(dataset?.nodes);
      expect(relationships).toEqual(dataset?.relationships);
      const sources = (await readAll<{ key: string }>(spool, SOURCES_FILE)).flatMap((f) => f.records);
      expect(sources.map((s) => s.key)).toEqual([...(dataset?.sources.keys() ?? [])]);
    } finally {
      spool.remove();
    }
  });

  it("keeps frames encoded elsewhere in order with its own rows, and forgets everything on clear()", async () => {
    const spool = new RowSpool();
    const frame = (rows: [number, unknown][]) => {
      const encoder = new FrameEncoder();
      for (const [line, record] of rows) encoder.add(line, record);
      return encoder.take();
    };
    try {
      spool.add("a", 2, { n: 1 });
      await spool.addSerializedFrame(
        "a",
        frame([
          [3, { n: 2 }],
          [4, { n: 3 }],
        ]),
      );
      spool.add("a", 5, { n: 4 });
      spool.add("b", 9, { n: 9 });
      spool.clear();
      spool.add("a", 7, { n: 7 });
      await spool.addSerializedFrame("a", frame([[8, { n: 8 }]]));
      await spool.close();
      const lines: number[] = [];
      const records: unknown[] = [];
      for await (const frame of spool.read("a")) {
        lines.push(...frame.lines);
        records.push(...frame.records);
      }
      expect(lines).toEqual([7, 8]);
      expect(records).toEqual([{ n: 7 }, { n: 8 }]);
      const b: unknown[] = [];
      for await (const frame of spool.read("b")) b.push(frame);
      expect(b).toEqual([]);
    } finally {
      spool.remove();
    }
  });

  it("removes the spool a killed importer left behind, and only that one", () => {
    const parent = mkdtempSync(join(tmpdir(), "spool-parent-"));
    try {
      // A pid that existed and is gone: a child that has exited.
      const dead = spawnSync(process.execPath, ["-e", ""]).pid;
      const orphan = join(parent, `ecosystem-import-spool-${dead}-abc123`);
      const live = join(parent, `ecosystem-import-spool-${process.pid}-def456`);
      const unrelated = join(parent, "something-else");
      for (const dir of [orphan, live, unrelated]) mkdirSync(dir);
      const spool = new RowSpool(parent);
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(unrelated)).toBe(true);
      expect(spool.dir.startsWith(join(parent, `ecosystem-import-spool-${process.pid}-`))).toBe(true);
      spool.remove();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
