/**
 * `npm run db:generate`: generates the Prisma clients for both providers
 * (server/generated/{sqlite,postgres}). Also the root `postinstall` script, so a fresh clone has
 * them after `npm install`.
 *
 * `tsx scripts/db-generate.ts --if-missing` generates them only when one is absent; the npm
 * scripts that load server code (db:migrate, start, import, seed:demo, worker) run it first,
 * because a static import of server code loads the generated client before any code of the
 * script could run.
 */
import fs from "node:fs";
import path from "node:path";
import { runPrisma } from "./prisma-cli";

const PROVIDERS = ["sqlite", "postgres"] as const;

/** Generates both Prisma clients, overwriting what is there. */
export function generatePrismaClients(): void {
  runPrisma(["generate"], "file:./data/leadwell.db", { quiet: true });
  runPrisma(["generate"], "postgresql://localhost/generate-only", { quiet: true });
}

/**
 * Generates both Prisma clients when either server/generated/<provider>/client.ts is missing.
 * @returns true when it generated them, false when both were there.
 */
export function ensurePrismaClients(root: string = process.cwd()): boolean {
  const missing = PROVIDERS.some((provider) => !fs.existsSync(path.join(root, "server", "generated", provider, "client.ts")));
  if (!missing) return false;
  generatePrismaClients();
  return true;
}

if (process.argv[1]?.endsWith("db-generate.ts")) {
  try {
    if (process.argv.includes("--if-missing")) {
      if (ensurePrismaClients()) console.log("generated missing Prisma clients for SQLite and PostgreSQL");
    } else {
      generatePrismaClients();
      console.log("generated Prisma clients for SQLite and PostgreSQL");
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
