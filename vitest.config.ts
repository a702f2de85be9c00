import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const integration = ["tests/integration/**/*.integration-test.ts"];

// Integration suites run twice: once on a fresh SQLite file and once on a fresh PostgreSQL
// database per test file (tests/support/setup-database.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "sqlite", include: integration, setupFiles: ["tests/support/setup-database.ts"], env: { TEST_DATABASE: "sqlite" } },
      },
      {
        extends: true,
        test: { name: "postgres", include: integration, setupFiles: ["tests/support/setup-database.ts"], env: { TEST_DATABASE: "postgres" } },
      },
    ],
  },
});
