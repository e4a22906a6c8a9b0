import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/app.js";
import { startTestServer } from "../helpers/api-server.js";
import { testDatabase } from "../helpers/database.js";

// Debian's Chromium, launched as in playground.test.ts (skipped with a warning off CI when missing).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const mustRun = process.env.CI === "true" || process.env.CI === "1";

const db = testDatabase();
let api: RunningServer;
let browser: Browser;
let allowed: Server;
let other: Server;

/** A page served on another origin (another port): an empty document the test scripts run in. */
function pageServer(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((_req, res) => {
      res
        .writeHead(200, { "content-type": "text/html" })
        .end("<!doctype html><title>frontend</title><p>app</p>");
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
const originOf = (server: Server) => {
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
};

describe.skipIf(!haveChromium && !mustRun)("in a real browser", () => {
  beforeAll(async () => {
    if (!haveChromium) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
    allowed = await pageServer();
    other = await pageServer();
    api = await startTestServer(db, { corsOrigins: [originOf(allowed)] });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    allowed?.close();
    other?.close();
    await db.close();
  });

  /** Runs fetch() in a page of `origin` against the API, as a frontend app would. */
  async function fetchFrom(origin: string, init: { contentType: string }) {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      return await page.evaluate(
        async ({ url, contentType }) => {
          try {
            const res = await fetch(url, {
              method: "POST",
              headers: { "content-type": contentType },
              body: JSON.stringify({ query: '{ firms(where: { id: { eq: "ablynx" } }) { name } }' }),
            });
            return { ok: true, status: res.status, text: await res.text() };
          } catch (error) {
            return { ok: false, status: 0, text: String(error) };
          }
        },
        { url: `${api.url}/graphql`, contentType: init.contentType },
      );
    } finally {
      await page.close();
    }
  }

  it("lets a page on an allowed origin call the API (preflight answered, JSON POST served)", async () => {
    const result = await fetchFrom(originOf(allowed), { contentType: "application/json" });
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(JSON.parse(result.text)).toEqual({ data: { firms: [{ name: "Ablynx" }] } });
  });

  it("blocks a page on another origin", async () => {
    const result = await fetchFrom(originOf(other), { contentType: "application/json" });
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/Failed to fetch/);
  });

  it("still refuses, by CSRF prevention, a simple request from the allowed origin", async () => {
    const result = await fetchFrom(originOf(allowed), { contentType: "text/plain" });
    expect(result).toMatchObject({ ok: true, status: 400 });
    expect(result.text).toMatch(/CSRF/);
  });

  it("opens the playground's Docs panel (full introspection, under the CSP) and shows Firm", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    // Failed loads are checked by URL below (the browser's own /favicon.ico probe may 404).
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        problems.push(message.text());
      }
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
        problems.push(`${response.status()} ${response.url()}`);
      }
    });
    await page.goto(`${api.url}/`);
    const docs = page.locator('button[aria-label="Show Documentation Explorer"]');
    await docs.waitFor({ timeout: 30_000 });
    await docs.click();
    const explorer = page.locator(".graphiql-doc-explorer");
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
    await expect.poll(async () => explorer.innerText(), { timeout: 30_000 }).toMatch(/Query/);
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
    expect(await page.locator("body").innerText()).not.toMatch(/Error fetching schema/);
    await page
      .locator(".graphiql-doc-explorer-search-input input, .graphiql-doc-explorer-search input")
      .first()
      .fill("Firm");
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
    await expect.poll(async () => explorer.innerText(), { timeout: 30_000 }).toMatch(/\bFirm\b/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
