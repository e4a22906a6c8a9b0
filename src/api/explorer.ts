import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";
import { projectRoot } from "../paths.js";

/** Where `npm run build` (vite build, config in src/web/) writes the explorer. */
export const explorerBuildDir = join(projectRoot, "dist", "web");

/**
 * GET /explore : the ecosystem explorer, a single-page app built from src/web/ (no CDN: every
 * script and style is a file of the build). Hashed assets are cached for good; any other path
 * below /explore gets index.html, so deep links (/explore/org/ablynx?hops=2) open the right view.
 */
export function explorerRouter(dir = explorerBuildDir): Router {
  const router = express.Router();
  const index = join(dir, "index.html");
  router.use("/explore/assets", express.static(join(dir, "assets"), { immutable: true, maxAge: "1y" }));
  router.use("/explore", express.static(dir, { index: false, maxAge: "1h" }));
  router.get(["/explore", "/explore/{*path}"], (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type("text")
        .send("The explorer is not built yet: run `npm run build` (npm start does it).");
      return;
    }
    res.sendFile(index, { headers: { "cache-control": "no-cache" } });
  });
  return router;
}
