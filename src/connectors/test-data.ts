import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Hand-written fixtures in a real format carry a `TEST-DATA.md` file in their folder. Everything a
 * connector reads from such a folder is marked: `testData: true` on every node it creates, and
 * "TEST DATA" in the title of every source it cites, so test records can never pass for real ones.
 */
export const TEST_DATA_MARKER = "TEST-DATA.md";

export function isTestData(path: string, isDirectory: boolean): boolean {
  const dir = isDirectory ? path : dirname(path);
  return existsSync(join(dir, TEST_DATA_MARKER));
}

export const TEST_DATA_NOTE =
  "TEST DATA: hand-written fixture in the source's published format; not a real record.";
