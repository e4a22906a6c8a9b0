import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, { type Router } from "express";
import { PLAYGROUND_EXAMPLES } from "./playground/examples.js";

const require = createRequire(import.meta.url);

// Served from the installed npm packages: many networks (and our CI) have no CDN access.
const ASSETS: Record<string, string> = {
  "react.js": join(dirname(require.resolve("react/package.json")), "umd", "react.production.min.js"),
  "react-dom.js": join(
    dirname(require.resolve("react-dom/package.json")),
    "umd",
    "react-dom.production.min.js",
  ),
  "graphiql.js": join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"),
  "graphiql.css": join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"),
};

// An external script, not an inline one, so the Content-Security-Policy can allow 'self' only.
function appScript(): string {
  const tabs = JSON.stringify(PLAYGROUND_EXAMPLES).replace(/</g, "\\u003c");
  return `const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).toString() });
const tabs = ${tabs};
// GraphiQL opens the first tab from the query/variables props; the others come from defaultTabs.
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    query: tabs[0].query,
    variables: tabs[0].variables,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
`;
}

function page(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Innovation ecosystem graph: GraphQL playground</title>
  <link rel="stylesheet" href="/playground/graphiql.css" />
  <link rel="stylesheet" href="/playground/page.css" />
</head>
<body>
  <div id="graphiql">Loading the GraphQL playground…</div>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script src="/playground/app.js"></script>
</body>
</html>`;
}

/** GET / : GraphiQL with an example tab per traversal, entirely from local assets. */
export function playgroundRouter(): Router {
  const router = express.Router();
  router.get("/", (_req, res) => {
    res.type("html").send(page());
  });
  router.get("/playground/app.js", (_req, res) => {
    res.type("application/javascript").send(appScript());
  });
  router.get("/playground/page.css", (_req, res) => {
    res.type("text/css").send("html, body, #graphiql { height: 100%; margin: 0; }\n");
  });
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/playground/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: "1h" });
    });
  }
  return router;
}
