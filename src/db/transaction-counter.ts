import type { Database } from "./database.js";

/**
 * The sequence number of the database's latest transaction. Neo4j numbers every transaction of a
 * database in order (`neo4j-transaction-N`, reads included) and this reading is one itself, so two
 * readings that differ by exactly 1 prove that nothing ran on the database in between: the tests
 * and `npm run bench -- --hostile` use it to show that a refused request never reached Neo4j.
 */
export async function transactionNumber(db: Database): Promise<number> {
  const session = db.driver.session({ database: db.name });
  try {
    // The WHERE literal is part of this statement's own text, so it finds this transaction only.
    const result = await session.run(
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'transaction-counter-reading' RETURN transactionId",
    );
    const id = String(result.records[0]?.get("transactionId") ?? "");
    const number = Number(/-(\d+)$/.exec(id)?.[1]);
    if (!Number.isSafeInteger(number))
      throw new Error(`SHOW TRANSACTIONS gave no transaction number (${id})`);
    return number;
  } finally {
    await session.close();
  }
}
