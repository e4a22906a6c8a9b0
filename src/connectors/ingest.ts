import { statSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../db/database.js";
import { type FetchOptions, fetchStudyPages } from "./clinicaltrials/fetch.js";
import { mapStudies } from "./clinicaltrials/map.js";
import { readStudies } from "./clinicaltrials/study.js";
import { readCordis } from "./cordis/files.js";
import { mapCordis } from "./cordis/map.js";
import { type IngestOptions, IngestRun, type IngestSummary } from "./ingest-run.js";
import { isTestData } from "./test-data.js";

export type ConnectorOptions = Omit<IngestOptions, "testData">;

/** ClinicalTrials.gov API v2 JSON: a study file, a list response, or a folder of them. */
export async function ingestClinicalTrials(
  db: Database,
  path: string,
  options: ConnectorOptions,
): Promise<IngestSummary> {
  const { studies } = readStudies(path);
  const run = await IngestRun.start(db, "ctgov", {
    ...options,
    testData: isTestData(path, statSync(path).isDirectory()),
  });
  mapStudies(run, studies);
  return run.finish(db);
}

/** Fetches from the live API (saving every page under `<out>/downloads`), then ingests the saved pages. */
export async function ingestClinicalTrialsQuery(
  db: Database,
  query: Omit<FetchOptions, "saveDir">,
  options: ConnectorOptions,
): Promise<IngestSummary & { pages: string[] }> {
  const saveDir = join(options.outDir, "downloads");
  const pages = await fetchStudyPages({ ...query, saveDir });
  return { ...(await ingestClinicalTrials(db, saveDir, options)), pages };
}

/** A CORDIS folder with project.csv and organization.csv. */
export async function ingestCordis(
  db: Database,
  dir: string,
  options: ConnectorOptions,
): Promise<IngestSummary> {
  const { projects, participants } = readCordis(dir);
  const run = await IngestRun.start(db, "cordis", { ...options, testData: isTestData(dir, true) });
  mapCordis(run, projects, participants);
  return run.finish(db);
}
