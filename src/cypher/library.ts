import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { BadInputError, NotFoundError } from "../errors/app-errors.js";
import { cypherDir } from "../paths.js";

export const queriesDir = join(cypherDir, "queries");

export interface QueryParam {
  name: string;
  /** Default used when the caller gives none (parsed from the header: 'text', numbers, null, JSON). */
  defaultValue: unknown;
  description: string;
}

/** One `// @expect` line: a check of the query's result on the seed data. */
export type Expectation =
  | { kind: "rows"; count: number }
  | { kind: "column"; column: string; values: unknown[] }
  | { kind: "row"; index: number; subset: Record<string, unknown> };

export interface CypherQuery {
  name: string;
  file: string;
  title: string;
  description: string;
  params: QueryParam[];
  columns: string[];
  expectations: Expectation[];
  /** The statement, header comments included (Neo4j ignores them). */
  text: string;
}

/** Header values: 'single-quoted text', or JSON (numbers, null, true/false, arrays, objects). */
export function parseHeaderValue(raw: string): unknown {
  const value = raw.trim();
  if (/^'.*'$/.test(value)) return value.slice(1, -1);
  try {
    return JSON.parse(value);
  } catch {
    throw new Error(`cannot read header value ${value} (use 'text' or JSON)`);
  }
}

function parseExpectation(line: string): Expectation {
  let match = /^rows\s*=\s*(\d+)$/.exec(line);
  if (match) return { kind: "rows", count: Number(match[1]) };
  match = /^column\s+(\w+)\s*=\s*(.+)$/.exec(line);
  if (match?.[1] && match[2])
    return { kind: "column", column: match[1], values: parseHeaderValue(match[2]) as unknown[] };
  match = /^row\s+(\d+)\s*=\s*(.+)$/.exec(line);
  if (match?.[2]) {
    return {
      kind: "row",
      index: Number(match[1]),
      subset: parseHeaderValue(match[2]) as Record<string, unknown>,
    };
  }
  throw new Error(`cannot read @expect ${line} (use: rows = N | column NAME = [..] | row N = {..})`);
}

/** Parses a query file's header comment: title, description, @param, @returns and @expect lines. */
export function parseQuery(file: string, text: string): CypherQuery {
  const name = basename(file, ".cypher");
  // The header is the block of comment lines before the statement; comments inside it are not.
  const lines = text.split("\n");
  const firstCode = lines.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("//"));
  const header = (firstCode === -1 ? lines : lines.slice(0, firstCode))
    .filter((line) => line.trimStart().startsWith("//"))
    .map((line) => line.replace(/^\s*\/\/\s?/, ""));
  const params: QueryParam[] = [];
  const expectations: Expectation[] = [];
  const description: string[] = [];
  let columns: string[] = [];
  let title = name;
  for (const [i, line] of header.entries()) {
    const where = `${file}: header line ${i + 1}`;
    try {
      if (line.startsWith("@param")) {
        const match = /^@param\s+(\w+)\s*=\s*(.+?)(?:\s+--\s+(.*))?$/.exec(line);
        if (!match?.[1] || !match[2])
          throw new Error(`cannot read ${line} (use: @param name = default -- meaning)`);
        params.push({
          name: match[1],
          defaultValue: parseHeaderValue(match[2]),
          description: match[3] ?? "",
        });
      } else if (line.startsWith("@returns")) {
        columns = line
          .replace("@returns", "")
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean);
      } else if (line.startsWith("@expect")) {
        expectations.push(parseExpectation(line.replace("@expect", "").trim()));
      } else if (line.startsWith("@title")) {
        title = line.replace("@title", "").trim();
      } else if (line.trim() !== "") {
        description.push(line.trim());
      }
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  }
  return { name, file, title, description: description.join(" "), params, columns, expectations, text };
}

const cache = new Map<string, CypherQuery>();

/** Loads `cypher/queries/<name>.cypher` (cached): the one text both the API and the CLI run. */
export function loadQuery(name: string): CypherQuery {
  const cached = cache.get(name);
  if (cached) return cached;
  if (!/^[a-z0-9-]+$/.test(name)) throw new BadInputError(`'${name}' is not a query name (see --list)`);
  const file = join(queriesDir, `${name}.cypher`);
  if (!existsSync(file)) throw new NotFoundError(`No query named '${name}' in ${queriesDir} (see --list)`);
  const query = parseQuery(file, readFileSync(file, "utf8"));
  cache.set(name, query);
  return query;
}

export function listQueries(): CypherQuery[] {
  return readdirSync(queriesDir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => loadQuery(basename(f, ".cypher")));
}

/** The query's parameters: its defaults, overridden by the caller's values. */
export function withDefaults(query: CypherQuery, given: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) {
      throw new BadInputError(
        `Query '${query.name}' has no parameter '${key}' (it takes: ${[...known].join(", ") || "none"})`,
      );
    }
  }
  return Object.fromEntries(
    query.params.map((p) => [p.name, given[p.name] !== undefined ? given[p.name] : p.defaultValue]),
  );
}
