import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BadInputError } from "../../errors/app-errors.js";

export const CTGOV_API = "https://clinicaltrials.gov/api/v2/studies";

export interface FetchOptions {
  /** Free-text search (API `query.term`). */
  term?: string;
  /** Condition or disease (`query.cond`). */
  condition?: string;
  /** Location: city, country, facility (`query.locn`). */
  location?: string;
  /** Studies per page (API maximum 1000). */
  pageSize?: number;
  /** Stop after this many pages. */
  maxPages?: number;
  /** Milliseconds between two requests: the API asks clients to stay around 50 requests a minute. */
  minIntervalMs?: number;
  baseUrl?: string;
  /** Each page is saved here (page-0001.json, …) so the run can be repeated from files. */
  saveDir: string;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Pages through the API v2 `studies` endpoint (pageToken → nextPageToken), one request at a time
 * with at least `minIntervalMs` between requests, saving every page as a list response. Returns
 * the saved files; ingesting them is the same as ingesting downloaded files.
 */
export async function fetchStudyPages(options: FetchOptions): Promise<string[]> {
  const {
    pageSize = 100,
    maxPages = 50,
    minIntervalMs = 1500,
    baseUrl = CTGOV_API,
    fetchImpl = fetch,
    sleep = defaultSleep,
    log = () => {},
  } = options;
  if (!options.term && !options.condition && !options.location)
    throw new BadInputError("--query needs a term (or --condition / --location)");
  mkdirSync(options.saveDir, { recursive: true });
  const files: string[] = [];
  let pageToken: string | undefined;
  for (let page = 1; page <= maxPages; page++) {
    if (page > 1) await sleep(minIntervalMs);
    const url = new URL(baseUrl);
    url.searchParams.set("format", "json");
    url.searchParams.set("pageSize", String(pageSize));
    if (options.term) url.searchParams.set("query.term", options.term);
    if (options.condition) url.searchParams.set("query.cond", options.condition);
    if (options.location) url.searchParams.set("query.locn", options.location);
    if (pageToken) url.searchParams.set("pageToken", pageToken);
    const response = await fetchImpl(url, { headers: { accept: "application/json" } }).catch(
      (error: unknown) => {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        throw new BadInputError(
          `cannot reach ${url.origin} (${cause}); without network, ingest downloaded files instead`,
        );
      },
    );
    if (!response.ok)
      throw new BadInputError(
        `ClinicalTrials.gov answered ${response.status} ${response.statusText} for ${url}`,
      );
    const body = (await response.json()) as { studies?: unknown[]; nextPageToken?: string };
    const file = join(options.saveDir, `page-${String(page).padStart(4, "0")}.json`);
    writeFileSync(file, `${JSON.stringify(body, null, 1)}\n`);
    files.push(file);
    log(`page ${page}: ${body.studies?.length ?? 0} studies${body.nextPageToken ? "" : " (last page)"}`);
    pageToken = body.nextPageToken;
    if (!pageToken) break;
  }
  return files;
}
