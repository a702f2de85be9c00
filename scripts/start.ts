/**
 * `npm start`: migrates the database, makes sure a session secret exists, says how to sign in
 * the first time, then serves the production build with `next start` — in WEB_CONCURRENCY
 * processes sharing the port (scripts/next-cluster.mjs; default 1).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hasUsers } from "@/server/services/users/create-first-admin";
import { disconnectDb } from "@/server/db";
import { migrateDatabase } from "./db-migrate";

const port = process.env.PORT ?? "3000";

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in data/.auth-secret. */
function sessionSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(process.cwd(), "data", ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first.");
    process.exit(1);
  }
  await migrateDatabase();
  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const firstRun = !(await hasUsers());
  await disconnectDb();
  console.log(
    firstRun
      ? `\nLeadwell: open ${url} and create the admin account (or set ADMIN_EMAIL and ADMIN_PASSWORD).\n`
      : `\nLeadwell: sign in at ${url}/sign-in\n`,
  );
  const next = spawn(process.execPath, [path.join("scripts", "next-cluster.mjs"), "start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_SECRET: sessionSecret(), NEXTAUTH_URL: url },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
