/**
 * Run as its own process (`node --import tsx`), so the driver loads the way it does in every entry
 * point: through Database, which installs src/db/driver-generators.ts first. Prints one JSON line.
 */
import { Database } from "../../src/db/database.js";
import { driverGeneratorPatch } from "../../src/db/driver-generators.js";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const database = env("NEO4J_DATABASE");
const db = new Database({
  kind: "remote",
  uri: env("NEO4J_URI"),
  username: env("NEO4J_USERNAME"),
  password: env("NEO4J_PASSWORD"),
  database,
  stop: async () => {},
});
try {
  const rows = await db.readStatement<{ n: number }>("UNWIND range(1, $n) AS i RETURN i AS n", { n: 3 });
  const read = await db.read<{ s: string }>("RETURN $s + '!' AS s", { s: "managed" });
  const session = db.driver.session({ database });
  const result = await session.run("RETURN 1 AS a, 'two' AS b");
  await session.close();
  const record = result.records[0];
  if (!record) throw new Error("no record");
  // Record.entries() and Record[Symbol.iterator] are generators compiled by the rewritten helper.
  const entries = record.entries();
  const ownSymbols = Object.getOwnPropertySymbols(entries).map(String);
  const forOf: unknown[] = [];
  for (const value of record) forOf.push(value);
  const error = await db.readStatement("RETURN $x +", { x: 1 }).then(
    () => null,
    (e: { name: string; code: string }) => ({ name: e.name, code: e.code }),
  );
  const patch = driverGeneratorPatch();
  console.log(
    JSON.stringify({
      rows,
      read,
      entries: [...entries],
      ownSymbols,
      forOf,
      error,
      patched: patch.patchedFiles.map((file) => file.split("node_modules").pop()?.replaceAll("\\", "/")),
      loadedBefore: patch.loadedBefore.length,
    }),
  );
} finally {
  await db.close();
}
