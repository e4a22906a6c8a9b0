import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { loadConfig } from "../config/env.js";
import { type CypherQuery, listQueries, loadQuery, parseHeaderValue, parseQuery } from "../cypher/library.js";
import { querySubstitutes } from "../cypher/procedure-fallbacks.js";
import { type OutputFormat, renderRows } from "../cypher/render.js";
import { toCypherValue } from "../cypher/run-query.js";
import { connect } from "../db/connect.js";
import { AppError, BadInputError, QueryError } from "../errors/app-errors.js";
import { runMain } from "./run-main.js";

/** `--param key=value`: the value is read as JSON when it is JSON (2010, true, null, ["a"]), else as text. */
export function parseParam(text: string, into: Record<string, unknown>): Record<string, unknown> {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new BadInputError(`--param needs key=value (got '${text}')`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  let value: unknown;
  try {
    value = /^'.*'$/.test(raw) ? parseHeaderValue(raw) : JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { ...into, [key]: value };
}

function resolveQuery(target: string): CypherQuery {
  if (target.endsWith(".cypher") || target.includes("/")) {
    const file = resolve(target);
    if (!existsSync(file)) throw new BadInputError(`No such file: ${file}`);
    return parseQuery(file, readFileSync(file, "utf8"));
  }
  return loadQuery(target);
}

function listing(): string {
  return listQueries()
    .map((q) => {
      const params = q.params.map(
        (p) =>
          `    --param ${p.name}=${typeof p.defaultValue === "string" ? p.defaultValue : JSON.stringify(p.defaultValue)}  ${p.description}`,
      );
      return [`${q.name}: ${q.title}`, `    ${q.description}`, ...params].join("\n");
    })
    .join("\n\n");
}

const program = new Command("cypher")
  .description(
    "Run a query from cypher/queries/ (by name), any .cypher file, or inline Cypher, in a READ transaction by default",
  )
  .argument("[query]", "a query name from --list, or a path to a .cypher file")
  .option("-e, --execute <cypher>", "run this Cypher text instead of a file")
  .option(
    "-p, --param <key=value>",
    'a parameter (repeatable); JSON values are typed: 2010, true, null, ["a"]',
    parseParam,
    {},
  )
  .addOption(
    new Option("-f, --format <format>", "output format").choices(["table", "csv", "json"]).default("table"),
  )
  .option("--wide", "do not cut long table cells (by default cut at 60 characters; csv/json are never cut)")
  .option("--write", "allow writes (the default READ transaction refuses them)")
  .option("-l, --list", "list the query library with each query's purpose and parameters")
  .showHelpAfterError();

runMain(async () => {
  program.parse(process.argv);
  const options = program.opts<{
    execute?: string;
    param: Record<string, unknown>;
    format: OutputFormat;
    write?: boolean;
    wide?: boolean;
    list?: boolean;
  }>();
  if (options.list) {
    console.log(listing());
    return 0;
  }
  const target = program.args[0];
  if (!options.execute && !target)
    throw new BadInputError("Give a query name or file, or -e '<cypher>' (see --help, --list).");
  let query = options.execute ? parseQuery("(inline)", options.execute) : resolveQuery(target as string);
  // Library queries get their header defaults; inline queries take exactly the given parameters.
  const given = options.param;
  const params =
    query.params.length > 0 || !options.execute
      ? { ...Object.fromEntries(query.params.map((p) => [p.name, p.defaultValue])), ...given }
      : given;
  if (query.params.length > 0) {
    const known = new Set(query.params.map((p) => p.name));
    const unknown = Object.keys(given).filter((k) => !known.has(k));
    if (unknown.length)
      throw new BadInputError(
        `${query.name} has no parameter ${unknown.join(", ")} (it takes: ${[...known].join(", ")})`,
      );
  }

  const connected = await connect(loadConfig());
  try {
    // A library query calling a procedure this database lacks runs its plain-Cypher fallback.
    const fallback =
      options.execute || !target ? undefined : (await querySubstitutes(connected.db))[query.name];
    if (fallback) {
      console.error(
        `${query.name} needs a procedure this database lacks (SHOW PROCEDURES); running ${fallback}`,
      );
      query = loadQuery(fallback);
    }
    const { columns, rows } = await connected.db.query(
      options.write ? "WRITE" : "READ",
      query.text,
      toCypherValue(params) as Record<string, unknown>,
    );
    process.stdout.write(
      renderRows(rows, columns, options.format, options.wide ? Number.POSITIVE_INFINITY : 60),
    );
    return 0;
  } catch (error) {
    if (error instanceof QueryError) {
      throw new QueryError(`${query.file}: ${error.message}`, error.neo4jCode, error.code, { cause: error });
    }
    if (error instanceof AppError) throw error;
    throw error;
  } finally {
    await connected.release();
  }
});
