import type { CodegenConfig } from "@graphql-codegen/cli";

// GraphQL Code Generator, client preset: typed documents for the browser code in src/web from the
// committed API schema (src/api/generated/api.graphql, printed by `npm run schema:print`).
// `npm run codegen` writes src/web/graphql/ (committed, so a fresh clone typechecks without it);
// `npm run codegen -- --check` fails when that output is stale (the test suite runs it).
const config: CodegenConfig = {
  schema: "src/api/generated/api.graphql",
  documents: ["src/web/**/*.{ts,tsx}", "!src/web/graphql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/web/graphql/": {
      preset: "client",
      config: {
        // ESM with explicit extensions, so the output typechecks under NodeNext (server, tests) and bundlers.
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: "string" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  importExtension: ".js",
};

export default config;
