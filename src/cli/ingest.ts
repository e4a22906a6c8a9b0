import { join, resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config/env.js";
import { ingestClinicalTrials, ingestClinicalTrialsQuery, ingestCordis } from "../connectors/ingest.js";
import type { IngestSummary } from "../connectors/ingest-run.js";
import { connect } from "../db/connect.js";
import { applySchema } from "../db/schema.js";
import { BadInputError } from "../errors/app-errors.js";
import { formatReport } from "../import/import-dataset.js";
import { dataDir } from "../paths.js";
import { runMain } from "./run-main.js";

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be a whole number >= 0");
  return n;
};

function print(summary: IngestSummary): void {
  console.log(
    `Read ${summary.records} records: ${summary.organizations.resolvedToExisting} organizations resolved onto the graph, ${summary.organizations.created} new.`,
  );
  console.log(`Dataset (seed format): ${summary.datasetDir}`);
  console.log(
    `Review: ${summary.matchesFile} (${summary.review} candidate(s) below the merge threshold; decide them in an overrides file: name,targetId,same|different)`,
  );
  if (summary.import) console.log(formatReport(summary.import));
  else console.log("--check: validated, nothing imported.");
}

async function withDatabase<T>(work: (db: Parameters<typeof ingestCordis>[0]) => Promise<T>): Promise<T> {
  const connected = await connect(loadConfig(), { log: (line) => console.log(line) });
  try {
    await applySchema(connected.db);
    return await work(connected.db);
  } finally {
    await connected.release();
  }
}

const program = new Command("ingest").description(
  "Load open data (ClinicalTrials.gov, CORDIS) into the graph: resolve organizations, write a dataset in the seed format, validate and import it",
);

const common = (command: Command, source: string) =>
  command
    .option("--out <dir>", "folder for the dataset and matches.csv", join(dataDir, "ingest", source))
    .option(
      "--overrides <file>",
      "reviewed decisions (name,targetId,decision,note)",
      join(dataDir, "ingest", "overrides.csv"),
    )
    .option("--check", "build and validate the dataset and matches.csv, import nothing");

common(
  program
    .command("clinicaltrials")
    .description(
      "ClinicalTrials.gov API v2 JSON: a study, a list response or a folder of them; or --query to fetch",
    )
    .argument("[path]", "file or folder of API v2 JSON")
    .option("--query <term>", "fetch from the live API: free-text term (query.term)")
    .option("--condition <text>", "with --query: condition (query.cond)")
    .option("--location <text>", "with --query: location (query.locn)")
    .option("--max-pages <n>", "with --query: stop after n pages", positive, 20)
    .option("--page-size <n>", "with --query: studies per page", positive, 100)
    .option("--delay-ms <n>", "with --query: pause between requests (polite rate)", positive, 1500)
    .option("--api-url <url>", "with --query: API endpoint", "https://clinicaltrials.gov/api/v2/studies"),
  "clinicaltrials",
).action(async (path: string | undefined, o) => {
  const options = { outDir: resolve(o.out), overridesFile: resolve(o.overrides), check: o.check };
  if (o.query || o.condition || o.location) {
    const summary = await withDatabase((db) =>
      ingestClinicalTrialsQuery(
        db,
        {
          term: o.query,
          condition: o.condition,
          location: o.location,
          maxPages: o.maxPages,
          pageSize: o.pageSize,
          minIntervalMs: o.delayMs,
          baseUrl: o.apiUrl,
          log: (line) => console.log(line),
        },
        options,
      ),
    );
    console.log(`Fetched ${summary.pages.length} page(s) into ${join(options.outDir, "downloads")}.`);
    print(summary);
  } else {
    if (!path) throw new BadInputError("give a file or folder of API v2 JSON, or --query");
    print(await withDatabase((db) => ingestClinicalTrials(db, resolve(path), options)));
  }
});

common(
  program
    .command("cordis")
    .description("CORDIS H2020 / Horizon Europe: a folder with project.csv and organization.csv")
    .argument("<dir>", "folder with project.csv and organization.csv"),
  "cordis",
).action(async (dir: string, o) => {
  const options = { outDir: resolve(o.out), overridesFile: resolve(o.overrides), check: o.check };
  print(await withDatabase((db) => ingestCordis(db, resolve(dir), options)));
});

runMain(async () => {
  await program.parseAsync(process.argv);
  return 0;
});
