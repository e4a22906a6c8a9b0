import { Socket } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { coalesceBoltWrites } from "../../../src/db/bolt-writes.js";
import { testDatabase } from "../../helpers/database.js";

const db = testDatabase();

afterAll(async () => {
  await db.close();
});

/** Socket writes (each one a send to the database) while `work` runs. */
async function socketWrites(work: () => Promise<unknown>): Promise<number> {
  // Socket's internal write hooks (not in its typings): every write to the socket goes through one.
  const proto = Socket.prototype as unknown as Record<"_write" | "_writev", (...args: unknown[]) => void>;
  const write = vi.spyOn(proto, "_write");
  const writev = vi.spyOn(proto, "_writev");
  try {
    await work();
    return write.mock.calls.length + writev.mock.calls.length;
  } finally {
    write.mockRestore();
    writev.mockRestore();
  }
}

describe("coalesceBoltWrites", () => {
  it("sends a statement of several 1,400-byte chunks in one socket write, unchanged", async () => {
    // 6 KB of statement: five Bolt chunks, each written on its own by the driver.
    const filler = "x".repeat(6_000);
    const statement = `RETURN $n + 1 AS n, size('${filler}') AS size`;
    const run = () => db.readStatement<{ n: number; size: number }>(statement, { n: 41 });
    await run(); // a pooled connection first (its HELLO is not this test's business)
    coalesceBoltWrites();
    coalesceBoltWrites(); // installs once
    let rows: { n: number; size: number }[] = [];
    const writes = await socketWrites(async () => {
      rows = await run();
    });
    expect(rows).toEqual([{ n: 42, size: 6_000 }]);
    expect(writes).toBe(1);
  });
});
