/**
 * Splits a .cypher file into statements: `//` comment lines are dropped and statements end with a
 * `;` at the end of a line. Good enough for our own files, which keep one statement per `;`.
 */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
