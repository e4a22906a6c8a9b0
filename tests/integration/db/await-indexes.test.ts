import { afterAll, describe, expect, it } from "vitest";
import { awaitIndexes } from "../../../src/db/schema.js";
import { testDatabase } from "../../helpers/database.js";

// Test data: nodes of a label no other test uses, and an index on them that this test drops again.
const LABEL_INDEX = "test_await_indexes_probe";
const db = testDatabase();

afterAll(async () => {
  await db.write(`DROP INDEX ${LABEL_INDEX} IF EXISTS`);
  await db.write("MATCH (n:AwaitIndexesProbe) DELETE n");
  await db.close();
});

describe("waiting for indexes to come online", () => {
  it("returns once every index is online, having reported population up to 100%", async () => {
    await db.write("UNWIND range(1, 50000) AS i CREATE (:AwaitIndexesProbe {key: i})");
    await db.write(`CREATE INDEX ${LABEL_INDEX} IF NOT EXISTS FOR (n:AwaitIndexesProbe) ON (n.key)`);
    const seen: { online: number; total: number; percent: number }[] = [];
    await awaitIndexes(db, { pollMs: 20, onProgress: (state) => seen.push(state) });
    const last = seen.at(-1);
    expect(last?.total).toBeGreaterThan(0);
    expect(last).toEqual({ online: last?.total, total: last?.total, percent: 100 });
    const [probe] = await db.read<{ state: string }>(
      "SHOW INDEXES YIELD name, state WHERE name = $name RETURN state",
      { name: LABEL_INDEX },
    );
    expect(probe?.state).toBe("ONLINE");
  });

  it("returns at once when every index is online, even with a zero timeout", async () => {
    await expect(awaitIndexes(db, { timeoutSeconds: 0 })).resolves.toBeUndefined();
  });
});
