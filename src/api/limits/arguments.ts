import { Buffer } from "node:buffer";
import { BadInputError } from "../../errors/app-errors.js";

/** Most terms (object fields plus list items) all of a request's arguments may hold together. */
export const MAX_INPUT_TERMS = 1_000;
/** Deepest nesting of input objects and lists (`where: { AND: [{ NOT: { … } }] }`). */
export const MAX_INPUT_DEPTH = 12;

export interface InputSize {
  terms: number;
  depth: number;
}

/** Counts the terms and the nesting depth of one argument value (after variables are substituted). */
export function measureInput(value: unknown, size: InputSize, depth = 0): void {
  if (depth > size.depth) size.depth = depth;
  if (Array.isArray(value)) {
    size.terms += value.length;
    for (const item of value) measureInput(item, size, depth + 1);
  } else if (value && typeof value === "object") {
    const entries = Object.values(value);
    size.terms += entries.length;
    for (const item of entries) measureInput(item, size, depth + 1);
  }
}

/**
 * The same count on variables as the client sent them (JSON), stopping as soon as a limit is passed:
 * coercing 5,000 `OR` terms against a generated `where` type (hundreds of fields each) took 0.4 s
 * of CPU, so oversized variables are refused before GraphQL coerces them. Returns what was passed.
 */
export function rawInputExceeds(
  value: unknown,
  maxTerms: number,
  maxDepth: number,
): "terms" | "depth" | undefined {
  let terms = 0;
  const walk = (v: unknown, depth: number): "terms" | "depth" | undefined => {
    if (depth > maxDepth) return "depth";
    const children = Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v) : undefined;
    if (!children) return undefined;
    terms += children.length;
    if (terms > maxTerms) return "terms";
    for (const child of children) {
      const passed = walk(child, depth + 1);
      if (passed) return passed;
    }
    return undefined;
  };
  return walk(value, 0);
}

// @neo4j/graphql's cursors are base64 of "arrayconnection:<offset>".
const CURSOR = /^arrayconnection:\d+$/;

/**
 * Paging arguments, checked before the library turns them into Cypher: a negative LIMIT reaches
 * Neo4j as a Cypher error, `limit: 0` would silently mean "the default page", and an unreadable
 * cursor would silently mean "the first page".
 */
export function checkPagingArguments(
  fieldName: string,
  returnTypeName: string,
  args: Record<string, unknown>,
) {
  for (const name of ["limit", "first"]) {
    const value = args[name];
    if (typeof value === "number" && value < 1) {
      throw new BadInputError(
        `${fieldName}: ${name} must be at least 1 (got ${value}); leave it out for the default page of 50.`,
      );
    }
  }
  if (typeof args.offset === "number" && args.offset < 0) {
    throw new BadInputError(`${fieldName}: offset must be 0 or more (got ${args.offset}).`);
  }
  if (!fieldName.endsWith("Connection") && !returnTypeName.endsWith("Connection")) return;
  for (const name of ["after", "before"]) {
    const value = args[name];
    if (typeof value !== "string") continue;
    const decoded = Buffer.from(value, "base64").toString("utf8");
    if (!CURSOR.test(decoded)) {
      throw new BadInputError(
        `${fieldName}: ${name} is not a cursor this API issued; use pageInfo.endCursor or an edge's cursor.`,
      );
    }
  }
}
