/**
 * `npm test`: the whole suite — generate clients, type check, lint, drift check of the derived
 * schema and migrations, unit tests, integration tests on SQLite and PostgreSQL, and e2e tests
 * in Chromium against a production build.
 *
 * Without PostgreSQL or Chromium on the machine those parts are skipped with a loud message
 * naming what to install; with CI=true nothing may be skipped.
 */
import { spawnSync } from "node:child_process";
import { Client } from "pg";
import { POSTGRES_ADMIN_URL } from "../tests/support/test-database";
import { chromiumPath } from "../e2e/chromium";

const ci = process.env.CI === "true";
const results: Array<{ step: string; status: "passed" | "failed" | "SKIPPED" }> = [];

function run(step: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${step}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ step, status: ok ? "passed" : "failed" });
  return ok;
}

function skip(step: string, why: string) {
  const banner = "!".repeat(78);
  console.log(`\n${banner}\n!! SKIPPED: ${step}\n!! ${why}\n${banner}`);
  results.push({ step, status: "SKIPPED" });
}

async function postgresReachable(): Promise<boolean> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const npx = "node_modules/.bin";
  const hasPostgres = await postgresReachable();
  const chromium = chromiumPath();
  if (ci && !hasPostgres) console.error(`CI=true: PostgreSQL must be reachable at ${POSTGRES_ADMIN_URL}`);
  if (ci && !chromium) console.error("CI=true: Chromium must be installed (apt-get install -y chromium)");

  const staticChecks = [
    () => run("generate Prisma clients", `${npx}/tsx`, ["scripts/db-generate.ts"]),
    () => run("type check", `${npx}/tsc`, ["--noEmit"]),
    () => run("lint", `${npx}/eslint`, [".", "--max-warnings=0"]),
    () => run("derived schema and migrations up to date", `${npx}/tsx`, ["scripts/db-derive.ts", "--check"]),
  ];
  for (const check of staticChecks) if (!check()) break;

  const projects = ["--project", "unit", "--project", "sqlite"];
  if (hasPostgres) projects.push("--project", "postgres");
  run(hasPostgres ? "unit + integration (SQLite, PostgreSQL)" : "unit + integration (SQLite)", `${npx}/vitest`, ["run", ...projects]);
  if (!hasPostgres) {
    skip("integration tests on PostgreSQL", `No PostgreSQL at ${POSTGRES_ADMIN_URL}. Install PostgreSQL (apt-get install -y postgresql) or set POSTGRES_URL.`);
  }

  if (chromium) {
    if (run("production build", "npm", ["run", "build"])) {
      run("e2e in Chromium", `${npx}/playwright`, ["test"], { CHROMIUM_PATH: chromium });
    }
  } else {
    skip("e2e tests in Chromium", "No Chromium found. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }

  console.log("\nSummary");
  for (const r of results) console.log(`  ${r.status.padEnd(8)} ${r.step}`);
  const failed = results.filter((r) => r.status === "failed").length;
  const skipped = results.filter((r) => r.status === "SKIPPED").length;
  const passed = results.length - failed - skipped;
  const mustFail = failed > 0 || (ci && skipped > 0);
  console.log(`\nsteps: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(mustFail ? 1 : 0);
}

main();
