import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { databaseProvider, sqliteFilePath } from "@/lib/database-url";

/** The migration folders of a provider, oldest first. */
function migrationNames(provider: "sqlite" | "postgres"): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations", provider);
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort();
}

/** Names of the migrations Prisma recorded as finished in `_prisma_migrations`; null when the table is not there. */
async function appliedMigrations(url: string): Promise<Set<string> | null> {
  const sql = `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  if (databaseProvider(url) === "sqlite") {
    const file = sqliteFilePath(url);
    if (!fs.existsSync(file)) return null;
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return new Set((sqlite.prepare(sql).all() as Array<{ migration_name: string }>).map((row) => row.migration_name));
    } catch {
      return null;
    } finally {
      sqlite.close();
    }
  }
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return new Set((await client.query<{ migration_name: string }>(sql)).rows.map((row) => row.migration_name));
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Whether some migration of the project is not yet applied to the database at `url`, read from
 * Prisma's own `_prisma_migrations` table without starting the schema engine. Starting it only
 * when needed matters: on SQLite `prisma migrate deploy` takes the file's lock exclusively, so it
 * fails while a running server or worker has the file open, and on PostgreSQL a deploy with
 * nothing to do takes about 10 s. A missing database or table counts as pending (deploy decides).
 */
export async function hasPendingMigrations(url: string): Promise<boolean> {
  const applied = await appliedMigrations(url);
  if (!applied) return true;
  const provider = databaseProvider(url) === "sqlite" ? "sqlite" : "postgres";
  return migrationNames(provider).some((name) => !applied.has(name));
}
