/**
 * Serves the production build for e2e tests on a fresh SQLite database
 * (test-results/e2e-db-<port>/leadwell.db), migrated the same way `npm start` migrates.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../scripts/db-migrate";

const port = process.env.E2E_PORT ?? "3100";
const dir = path.join(process.cwd(), "test-results", `e2e-db-${port}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, "leadwell.db")}`;
process.env.UPLOAD_DIR = path.join(dir, "uploads");
delete process.env.ADMIN_EMAIL;
delete process.env.ADMIN_PASSWORD;

migrateDatabase().then(() => {
  const next = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
});
