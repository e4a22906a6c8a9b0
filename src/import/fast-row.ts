import type { z } from "zod";

/**
 * A faster way to run a dataset row schema (dataset-spec.ts) on a row of CSV cells, derived from
 * the zod schema itself: it holds no rule of its own.
 *
 * Why: zod's object parse cost ~1.4-3.5 µs a row (at 1M, 5.3M rows: the largest part of
 * validation). Most of that is zod's machinery around the rules (payloads, contexts, result
 * objects per column), not the rules, and most columns repeat a few values (kinds, types, years,
 * source keys, empty cells).
 *
 * How, per column of the schema:
 *   - a plain string column (`z.string()` with checks such as trim, min length, a regex) runs zod's
 *     own check functions on the cell, in the schema's order, without the parse machinery;
 *   - any other column remembers zod's result per distinct cell (up to MEMO_LIMIT cells a column;
 *     past that, zod parses the cell each time); results that are objects (lists) are not kept,
 *     so every row gets its own array, as from zod.
 * When every column passes, the row's value is assembled as zod's object assembles it (shape
 * order; a present key keeps an undefined result; an absent optional key is left out). When any
 * column fails, or a key the schema needs is absent, it answers undefined and the caller runs
 * zod's safeParse on the row, which gives the result and the issue messages: zod alone decides
 * what is invalid and says why. A unit test holds this to zod's safeParse on valid and invalid
 * values of every column of every file.
 */

const FAIL = Symbol("fail");
const UNDEFINED = Symbol("undefined");
type Cell = string | undefined;
type ColumnParser = (cell: Cell) => unknown;

/** Distinct cells remembered per column (years, kinds, source keys fit; ids and names do not need to). */
export const MEMO_LIMIT = 4096;

/** Check kinds whose zod check functions only read and write the payload's value and issues. */
const PLAIN_CHECKS = new Set(["overwrite", "min_length", "max_length", "length_equals", "string_format"]);

interface CheckInternals {
  _zod: {
    check: (payload: { value: unknown; issues: unknown[] }) => void;
    def: { check: string; when?: (payload: { value: unknown; issues: unknown[] }) => boolean };
  };
}

interface SchemaInternals {
  _zod: {
    def: { type: string; coerce?: boolean; checks?: CheckInternals[]; catchall?: unknown };
    optin?: string;
    optout?: string;
  };
}

function internals(schema: unknown): SchemaInternals["_zod"] {
  return (schema as SchemaInternals)._zod;
}

/** zod's own checks of a string column, run directly; FAIL unless all pass. */
function stringColumn(schema: z.ZodType): ColumnParser | undefined {
  const def = internals(schema).def;
  if (def.type !== "string" || def.coerce) return undefined;
  const checks = def.checks ?? [];
  if (!checks.every((c) => PLAIN_CHECKS.has(c._zod.def.check))) return undefined;
  // One payload per column, reset per cell (the checks are synchronous and keep nothing of it).
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  // The last cell that passed and its value: many rows repeat the row before's (a source key, the
  // `from` of a file sorted by it), and zod's checks give a cell the same answer every time.
  let lastCell: string | undefined;
  let lastValue: unknown;
  return (cell) => {
    if (typeof cell !== "string") return FAIL;
    if (cell === lastCell) return lastValue;
    payload.value = cell;
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      check._zod.check(payload);
      if (payload.issues.length) {
        payload.issues.length = 0;
        return FAIL;
      }
    }
    lastCell = cell;
    lastValue = payload.value;
    return payload.value;
  };
}

/** zod's result for a cell, remembered per distinct cell when it is not an object. */
function memoColumn(schema: z.ZodType): ColumnParser {
  const memo = new Map<Cell, unknown>();
  return (cell) => {
    const known = memo.get(cell);
    if (known !== undefined) return known === UNDEFINED ? undefined : known;
    const result = schema.safeParse(cell);
    if (!result.success) {
      if (memo.size < MEMO_LIMIT) memo.set(cell, FAIL);
      return FAIL;
    }
    const value = result.data;
    if (value !== null && typeof value === "object") return value;
    if (memo.size < MEMO_LIMIT) memo.set(cell, value === undefined ? UNDEFINED : value);
    return value;
  };
}

export type RowParser = (cells: Record<string, string>) => Record<string, unknown> | undefined;

/** A row parser over the cells by column index (see indexedParser). */
export type IndexedRowParser = (values: readonly string[]) => Record<string, unknown> | undefined;

interface Column {
  key: string;
  parse: ColumnParser;
  /** An absent key is left out of zod's output only for optional-in-and-out columns; else zod decides. */
  mayBeAbsent: boolean;
}

/** The columns of an object schema, or undefined where the schema has more than columns. */
function columnsOf(schema: z.ZodObject): Column[] | undefined {
  const def = internals(schema).def;
  // Object-level rules (refinements) or kept unknown keys: leave the whole row to zod.
  if ((def.checks ?? []).length > 0 || def.catchall !== undefined) return undefined;
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, column]) => {
    const z = internals(column);
    return {
      key,
      parse: stringColumn(column) ?? memoColumn(column),
      mayBeAbsent: z.optin === "optional" && z.optout === "optional",
    };
  });
}

const columnCache = new WeakMap<z.ZodObject, Column[] | undefined>();

function cachedColumns(schema: z.ZodObject): Column[] | undefined {
  let columns = columnCache.get(schema);
  if (columns === undefined && !columnCache.has(schema)) {
    columns = columnsOf(schema);
    columnCache.set(schema, columns);
  }
  return columns;
}

/** A row parser derived from an object schema; undefined where the schema has more than columns. */
function compile(schema: z.ZodObject): RowParser | undefined {
  const columns = cachedColumns(schema);
  if (!columns) return undefined;
  return (cells) => {
    const value: Record<string, unknown> = {};
    for (const column of columns) {
      if (!(column.key in cells)) {
        if (column.mayBeAbsent) continue;
        return undefined;
      }
      const parsed = column.parse(cells[column.key]);
      if (parsed === FAIL) return undefined;
      value[column.key] = parsed;
    }
    return value;
  };
}

const parsers = new WeakMap<z.ZodObject, RowParser | undefined>();

/**
 * The row's value exactly as `schema.safeParse(cells).data` gives it when the row is valid, or
 * undefined: then run zod's safeParse (the row may still be valid, e.g. a key the fast path does
 * not handle; zod's answer is the answer).
 */
export function fastParse(
  schema: z.ZodObject,
  cells: Record<string, string>,
): Record<string, unknown> | undefined {
  let parser = parsers.get(schema);
  if (parser === undefined && !parsers.has(schema)) {
    parser = compile(schema);
    parsers.set(schema, parser);
  }
  return parser?.(cells);
}

/**
 * fastParse for rows given as cells by column index, for files with this header: the same
 * columns, in the same order, with the same answers as fastParse on the row keyed by the header's
 * names (a repeated name takes its last column, as the keyed row does). Made once per file piece:
 * the row is neither keyed nor looked up by name.
 */
export function indexedParser(schema: z.ZodObject, header: readonly string[]): IndexedRowParser | undefined {
  const columns = cachedColumns(schema);
  if (!columns) return undefined;
  const present: { key: string; parse: ColumnParser; index: number }[] = [];
  for (const column of columns) {
    const index = header.lastIndexOf(column.key);
    if (index >= 0) present.push({ key: column.key, parse: column.parse, index });
    else if (!column.mayBeAbsent) return () => undefined;
  }
  const make = objectMaker(present.map((c) => c.key));
  const parsed: unknown[] = new Array(present.length).fill(undefined);
  return (values) => {
    for (let i = 0; i < present.length; i++) {
      const column = present[i] as (typeof present)[number];
      const result = column.parse(values[column.index]);
      if (result === FAIL) return undefined;
      parsed[i] = result;
    }
    return make(parsed);
  };
}

/**
 * A function that makes { [keys[i]]: values[i] } in the keys' order, as one object literal: the
 * row's value then has its final shape at once (one store per key, each through a keyed store
 * the engine cannot specialize, cost more than checking the row). The keys are a schema's own,
 * quoted by JSON.stringify; a key the literal would treat specially is assembled key by key.
 */
function objectMaker(keys: string[]): (values: readonly unknown[]) => Record<string, unknown> {
  if (keys.includes("__proto__"))
    return (values) => {
      const value: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        value[key] = values[i];
      });
      return value;
    };
  const body = keys.map((key, i) => `${JSON.stringify(key)}: values[${i}]`).join(", ");
  return new Function("values", `return { ${body} };`) as (
    values: readonly unknown[],
  ) => Record<string, unknown>;
}
