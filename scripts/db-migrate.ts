/**
 * Brings the database named by DATABASE_URL (default: the SQLite file data/leadwell.db) up to
 * date: applies pending migrations with `prisma migrate deploy` (not started when none is
 * pending, see hasPendingMigrations), turns on WAL for SQLite, creates the
 * default lead and deal pipelines and the default templates, and creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD when set.
 */
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { disconnectDb } from "@/server/db";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { ensureDefaultTemplates } from "@/server/services/templates/ensure-default-templates";
import { ensureAdminFromEnv } from "@/server/services/users/ensure-admin-from-env";
import { hasPendingMigrations } from "./pending-migrations";
import { runPrisma } from "./prisma-cli";

/** Migrates and prepares the database; safe to run on every start. */
export async function migrateDatabase(): Promise<void> {
  const url = databaseUrl();
  process.env.DATABASE_URL = url;
  if (await hasPendingMigrations(url)) runPrisma(["migrate", "deploy"], url, { quiet: true });
  if (databaseProvider(url) === "sqlite") {
    const sqlite = new Database(sqliteFilePath(url));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  await ensureLeadPipeline();
  await ensureDealPipeline();
  await ensureDefaultTemplates();
  await ensureDefaultScoringRules();
  const admin = await ensureAdminFromEnv();
  if (admin) console.log(`created admin account ${admin} from ADMIN_EMAIL`);
  await disconnectDb();
}

if (process.argv[1]?.endsWith("db-migrate.ts")) {
  migrateDatabase()
    .then(() => console.log(`database ready (${databaseProvider(databaseUrl())})`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
