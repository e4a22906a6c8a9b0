import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";
import { withTestServer } from "../helpers/api-server.js";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.js";

// Screenshots of each step, for people (git-ignored).
const SHOTS = join(projectRoot, "test-results", "explorer");
const app = withTestServer();
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

if (skipBrowserTests) {
  console.warn(
    "[explorer] Chromium not found: browser test skipped (apt-get install chromium, or set CHROMIUM_PATH).",
  );
}

describe("GET /explore", () => {
  beforeAll(async () => {
    // The same build `npm run build` makes (src/web/vite.config.ts -> dist/web), so the test sees the current code.
    await build({ configFile: join(projectRoot, "src", "web", "vite.config.ts"), logLevel: "warn" });
  }, 120_000);

  it("serves the app for deep links, with its assets from this server", async () => {
    const res = await fetch(`${app.server.url}/explore/org/ablynx?hops=2`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    // No inline script (a strict Content-Security-Policy can forbid them) and nothing from another origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    const script = html.match(/<script[^>]*src="([^"]+)"/)?.[1];
    expect(script).toMatch(/^\/explore\/assets\/.+\.js$/);
    expect((await fetch(`${app.server.url}${script}`)).status).toBe(200);
  });
});

describe.skipIf(skipBrowserTests)("the explorer in a real browser", () => {
  let browser: Browser;
  let page: Page;
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (request) => {
      if (!request.url().startsWith(app.server.url)) external.push(request.url());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content.Security.Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
    // The strictest policy a deployment could set: the app must work under it (no inline script or
    // style element, no eval, nothing from elsewhere). Chromium reports any violation on the console.
    await page.route(
      (url) => url.pathname.startsWith("/explore") && !url.pathname.startsWith("/explore/assets/"),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), "content-security-policy": STRICT_CSP },
        });
      },
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const summary = () => page.getByTestId("network-summary");
  const shownCount = async () => Number((await summary().textContent())?.match(/^(\d+) organizations/)?.[1]);

  it("walks a user journey: search, open, widen, replay in time, find a path", async () => {
    // 1. Search with a typo; pick the suggestion with the keyboard.
    await page.goto(`${app.server.url}/explore/`);
    const search = page.getByRole("combobox", { name: "Search an organization" });
    await search.fill("ablinx");
    await expect
      .poll(() => page.getByRole("option").first().textContent(), { timeout: 30_000 })
      .toContain("Ablynx");
    await shot("1-search");
    await search.press("Enter");

    // 2. The organization page: facts with sources, partners with their shares.
    await page.waitForURL(/\/explore\/org\/ablynx$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 30_000 })
      .toBe("Ablynx");
    const facts = page.locator("dl.facts");
    await expect.poll(() => facts.textContent(), { timeout: 30_000 }).toContain("Flanders (Gent)");
    expect(await page.locator(".sources").textContent()).toContain("Segers");
    const partners = page.getByRole("table", { name: "Each partner's share of its alliances" });
    expect(await partners.textContent()).toContain("Novartis");
    expect(await partners.getByRole("row").count()).toBe(1 + 10);
    // The ego network at one step: Ablynx and its ten partners, drawn by sigma.js in WebGL.
    await expect.poll(shownCount, { timeout: 30_000 }).toBe(11);
    expect(await page.locator('[data-testid="graph-canvas"] canvas').count()).toBeGreaterThan(0);
    expect(await page.getByRole("list", { name: "Legend" }).textContent()).toContain("Biotech firm");
    await shot("2-organization");

    // 3. Widen the ego network by one step (+): more organizations, and the URL says so.
    await page.getByRole("button", { name: "Widen: one step more" }).click();
    await page.waitForURL(/hops=2/);
    await expect.poll(shownCount, { timeout: 30_000 }).toBeGreaterThan(11);
    const widened = await shownCount();
    expect(await page.getByTestId("hops").textContent()).toBe("2");
    await shot("3-widened");

    // 4. Move the time slider with the keyboard: the network is replayed as of that year.
    const slider = page.getByRole("slider");
    const last = Number(await slider.getAttribute("max"));
    await slider.focus();
    await slider.press("ArrowLeft");
    await page.waitForURL(new RegExp(`asOf=${last - 1}`));
    expect(await page.getByTestId("as-of").textContent()).toBe(String(last - 1));
    await expect.poll(() => summary().textContent(), { timeout: 30_000 }).toContain(`in ${last - 1}`);
    // The seed's alliances are undated, so they run in every year: the same organizations are shown.
    expect(await shownCount()).toBe(widened);
    await shot("4-time-slider");

    // 5. The path finder: from Oncurious to Novartis, chosen by search.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Path finder" }).click();
    await page.waitForURL(/\/explore\/path/);
    for (const [label, text] of [
      ["From", "oncurious"],
      ["To", "novartis"],
    ] as const) {
      const box = page.getByRole("combobox", { name: label, exact: true });
      await box.fill(text);
      await expect
        .poll(() => page.getByRole("option").first().textContent(), { timeout: 30_000 })
        .toContain(text === "oncurious" ? "Oncurious" : "Novartis");
      await box.press("Enter");
    }
    await page.waitForURL(/from=oncurious&to=novartis/);
    const steps = page.getByTestId("path-result").getByRole("listitem");
    await expect.poll(() => steps.allTextContents(), { timeout: 30_000 }).toHaveLength(3);
    const texts = await steps.allTextContents();
    expect(texts[0]).toContain("Oncurious");
    expect(texts[0]).toContain("was spun off from");
    expect(texts[1]).toContain("ThromboGenics");
    expect(texts[1]).toContain("has an alliance with");
    expect(texts[2]).toContain("Novartis");
    expect(await page.getByRole("list", { name: "Legend" }).textContent()).toContain("Shortest connection");
    await shot("5-path");

    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Generous: on a loaded machine each step can wait seconds for the database.
  }, 120_000);

  it("opens a region from the start page: its key figures and alliance network", async () => {
    await page.getByRole("link", { name: "Ecosystem explorer" }).click();
    await page.getByRole("link", { name: "Wallonia" }).click();
    await page.waitForURL(/\/explore\/region\/wallonia$/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 30_000 })
      .toBe("Wallonia");
    const figures = page.locator("dl.figures");
    await expect.poll(() => figures.textContent(), { timeout: 30_000 }).toContain("Biotech firms7");
    await expect.poll(shownCount, { timeout: 30_000 }).toBeGreaterThan(0);
    await shot("6-region");
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
