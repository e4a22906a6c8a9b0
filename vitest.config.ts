import { defineConfig } from "vitest/config";

// Unit tests need nothing; integration and end-to-end tests share one real Neo4j (with APOC) that
// the global setup obtains through the same provider as the application, once per run.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "database",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/global-database.ts"],
          // Files share one database; running them one at a time keeps graph-wide counts meaningful.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
