import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { Client } from "pg";

/** The PostgreSQL server tests create their databases on. */
export const POSTGRES_ADMIN_URL = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const migrationsDir = (provider: "sqlite" | "postgres") => path.join(process.cwd(), "prisma", "migrations", provider);

/** The SQL of every migration of a provider, oldest first. */
function migrationSql(provider: "sqlite" | "postgres"): string[] {
  const dir = migrationsDir(provider);
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/**
 * Creates an empty database of the given kind with every migration applied.
 * @returns its DATABASE_URL and a function that removes it.
 */
export async function createTestDatabase(kind: "sqlite" | "postgres"): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-test-"));
    const file = path.join(dir, "test.db");
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    for (const sql of migrationSql("sqlite")) sqlite.exec(sql);
    sqlite.close();
    return { url: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `leadwell_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  for (const sql of migrationSql("postgres")) await client.query(sql);
  await client.end();
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
