import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The explorer is a static single-page app served by the API server at /explore (src/api/explorer.ts),
// so every asset URL starts with /explore/ and the build lands next to the compiled server in dist/.
const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "/explore/",
  // React's automatic JSX runtime through Vite's built-in transform: no React plugin needed (we do not
  // use fast refresh; `npm run dev:web` reloads the page instead).
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or data: URLs, so a strict Content-Security-Policy (script-src 'self') works.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev:web` proxies the API to the server started by `npm run dev` (PORT, default 4000).
    proxy: { "/graphql": `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
