import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command, Option } from "commander";
import { loadConfig } from "../config/env.js";
import { connect } from "../db/connect.js";
import { BadInputError } from "../errors/app-errors.js";
import { writeDatasetCsv } from "../export/dataset-csv.js";
import { toGraphML, toNetworkCsv, toNodeLinkJson } from "../export/network-formats.js";
import { OPTIONAL_KINDS, type OptionalKind, readGraph } from "../export/read-graph.js";
import { projectRoot } from "../paths.js";
import { runMain } from "./run-main.js";

const KINDS = Object.keys(OPTIONAL_KINDS) as OptionalKind[];

const program = new Command("export")
  .description(
    "Export the graph for Gephi (GraphML), pandas / NetworkX / igraph (CSV, JSON), or re-import (CSV)",
  )
  .addOption(
    new Option("--format <format>", "graphml | csv | json")
      .choices(["graphml", "csv", "json"])
      .default("graphml"),
  )
  .option("--as-of <year>", "only alliances running that year (or undated) and acquisitions up to it")
  .option(
    "--with <kinds>",
    `also export these node kinds: ${KINDS.join(",")} or all (organizations always)`,
    "",
  )
  .option("--out <dir>", "output folder", join(projectRoot, "exports"))
  .showHelpAfterError();

function parseKinds(text: string): OptionalKind[] {
  if (!text) return [];
  if (text === "all") return KINDS;
  const kinds = text.split(",").map((k) => k.trim());
  const unknown = kinds.filter((k) => !KINDS.includes(k as OptionalKind));
  if (unknown.length)
    throw new BadInputError(`--with: unknown kind ${unknown.join(", ")} (use ${KINDS.join(", ")} or all)`);
  return kinds as OptionalKind[];
}

runMain(async () => {
  program.parse(process.argv);
  const options = program.opts<{
    format: "graphml" | "csv" | "json";
    asOf?: string;
    with: string;
    out: string;
  }>();
  const asOf = options.asOf === undefined ? null : Number(options.asOf);
  if (asOf !== null && (!Number.isInteger(asOf) || asOf < 1900 || asOf > 2100)) {
    throw new BadInputError(`--as-of must be a year from 1900 to 2100 (got ${options.asOf})`);
  }
  const include = parseKinds(options.with);
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const connected = await connect(loadConfig());
  try {
    const graph = await readGraph(connected.db, { asOf, include });
    const files: string[] = [];
    if (options.format === "graphml") {
      writeFileSync(join(out, "ecosystem.graphml"), toGraphML(graph));
      files.push("ecosystem.graphml");
    } else if (options.format === "json") {
      writeFileSync(join(out, "ecosystem.json"), toNodeLinkJson(graph));
      files.push("ecosystem.json");
    } else {
      // The dataset files need every node kind to be re-importable; the network lists follow --with.
      const full = await readGraph(connected.db, { asOf, include: KINDS });
      files.push(...writeDatasetCsv(full, out));
      const network = toNetworkCsv(graph);
      mkdirSync(join(out, "network"), { recursive: true });
      writeFileSync(join(out, "network", "nodes.csv"), network.nodes);
      writeFileSync(join(out, "network", "edges.csv"), network.edges);
      files.push("network/nodes.csv", "network/edges.csv");
    }
    console.log(
      `Exported ${graph.nodes.length} nodes and ${graph.edges.length} relationships${asOf === null ? "" : ` (as of ${asOf})`} to ${out}:\n${files.map((f) => `  ${f}`).join("\n")}`,
    );
  } finally {
    await connected.release();
  }
  return 0;
});
