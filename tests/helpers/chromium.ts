import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

// Debian's Chromium (installed by .ci/run); playwright-core never downloads a browser.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);
/** CI always has Chromium (.ci/run installs it) and must run the browser tests. */
export const mustRunBrowserTests = process.env.CI === "true" || process.env.CI === "1";
export const skipBrowserTests = !haveChromium && !mustRunBrowserTests;

/** Headless Chromium; SwiftShader gives WebGL (sigma.js) without a GPU. */
export async function launchChromium(): Promise<Browser> {
  if (!haveChromium) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
