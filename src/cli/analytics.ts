import { Command, Option } from "commander";
import { analyze, type EnginePreference, yearlySnapshots } from "../analytics/analyze.js";
import { storeNetworkSummary, summarize } from "../analytics/stored-metrics.js";
import { writeMeasures } from "../analytics/write-back.js";
import { loadConfig } from "../config/env.js";
import { renderRows } from "../cypher/render.js";
import { connect } from "../db/connect.js";
import { BadInputError } from "../errors/app-errors.js";
import { writeJson } from "./json-stream.js";
import { createRowProgress } from "./row-progress.js";
import { runMain } from "./run-main.js";

const program = new Command("analytics")
  .description(
    "Compute network measures of the alliance network (whole, a region, a year); --write stores them on the nodes",
  )
  .option("--as-of <year>", "only alliances running that year (or undated)")
  .option("--region <id>", "only organizations located in this region")
  .option(
    "--write",
    "store the per-organization measures as node properties (metricsAsOf = the year) and the network-level ones for GraphQL networkMetrics",
  )
  .option("--snapshots", "also compute the network measures for every year in the data")
  .addOption(
    new Option(
      "--engine <engine>",
      "auto: GDS where the server has it; gds: require it; typescript: never use it",
    )
      .choices(["auto", "gds", "typescript"])
      .default("auto"),
  )
  .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
  .showHelpAfterError();

function year(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1900 || value > 2100)
    throw new BadInputError(`--as-of must be a year from 1900 to 2100 (got ${text})`);
  return value;
}

/** A list for the table: all of a short one, the count and the first few of a long one (a million-node network has thousands). */
function listed(ids: string[], shown = 10): string {
  return ids.length <= shown ? ids.join(", ") : `${ids.length}: ${ids.slice(0, shown).join(", ")}, …`;
}

runMain(async () => {
  program.parse(process.argv);
  const options = program.opts<{
    asOf?: string;
    region?: string;
    write?: boolean;
    snapshots?: boolean;
    engine: EnginePreference;
    format: "table" | "json";
  }>();
  const asOf = year(options.asOf);
  const connected = await connect(loadConfig());
  try {
    // A bar on a terminal, plain lines off one or under CI=true, always on stderr (stdout is the report).
    const progress = createRowProgress();
    const result = await analyze(connected.db, {
      asOf,
      regionId: options.region ?? null,
      engine: options.engine,
      progress,
    });
    if (result.network.nodeCount === 0 && options.region)
      throw new BadInputError(`No organization is located in region '${options.region}'.`);
    const snapshots = options.snapshots
      ? await yearlySnapshots(connected.db, options.region ?? null)
      : undefined;
    let written = 0;
    let computedAt: string | undefined;
    if (options.write) {
      progress.phase("Storing the measures (organizations)", result.organizations.length);
      let stored = 0;
      written = await writeMeasures(connected.db, result.organizations, asOf, result.engine, (done) => {
        progress.increment(done - stored);
        stored = done;
      });
      progress.stop();
      computedAt = await storeNetworkSummary(
        connected.db,
        { regionId: options.region ?? null, asOf },
        summarize(result),
      );
    }

    if (options.format === "json") {
      await writeJson(process.stdout, { ...result, snapshots, written, computedAt });
      return 0;
    }
    const n = result.network;
    console.log(
      `Alliance network${asOf === null ? "" : ` as of ${asOf}`}${options.region ? ` in ${options.region}` : ""} (engine: ${result.engine})`,
    );
    console.log(result.engineNote);
    console.log(
      renderRows(
        [
          { measure: "organizations (nodes)", value: n.nodeCount },
          { measure: "allied pairs (edges)", value: n.edgeCount },
          { measure: "alliances", value: n.allianceCount },
          { measure: "density", value: n.density },
          { measure: "components", value: n.componentCount },
          { measure: "main component share", value: n.mainComponentShare },
          { measure: "bicomponents", value: n.bicomponentCount },
          { measure: "articulation points", value: listed(n.articulationPoints) },
          { measure: "bridges (partner exits)", value: n.bridges.length },
          { measure: "Louvain communities", value: n.communityCount },
          { measure: "modularity", value: n.modularity },
        ],
        ["measure", "value"],
        "table",
        100,
      ),
    );
    const top = [...result.organizations]
      .sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id))
      .slice(0, 15);
    console.log("Organizations by betweenness:");
    console.log(
      renderRows(
        top.map((o) => ({ ...o })),
        [
          "id",
          "kind",
          "degree",
          "pageRank",
          "betweenness",
          "closeness",
          "coreNumber",
          "articulationPoint",
          "constraint",
          "effectiveSize",
          "brokerageRole",
          "partnerConcentration",
        ],
        "table",
      ),
    );
    if (snapshots) {
      console.log("Yearly snapshots:");
      console.log(
        renderRows(
          snapshots.map((s) => ({
            year: s.year,
            ...s.network,
            articulationPoints: s.network.articulationPoints.length,
            bridges: s.network.bridges.length,
          })),
          [
            "year",
            "nodeCount",
            "edgeCount",
            "density",
            "componentCount",
            "mainComponentShare",
            "articulationPoints",
            "bridges",
            "modularity",
          ],
          "table",
        ),
      );
    }
    if (options.write)
      console.log(
        `Stored the measures on ${written} organizations (metricsAsOf = ${asOf ?? "null"}) and the network's for networkMetrics (computedAt ${computedAt}).`,
      );
  } finally {
    await connected.release();
  }
  return 0;
});
