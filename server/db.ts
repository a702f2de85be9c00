import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";

/**
 * The Prisma client type used across the service layer. Both generated clients come from
 * the same canonical schema, so their model APIs are identical; the SQLite client's types
 * are the common denominator (no provider-only options such as `mode: "insensitive"`).
 */
export type Db = PrismaClient;
/** A Prisma transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** SQLite waits this long (ms) for a lock held by another connection before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

function createClient(url: string): Db {
  if (databaseProvider(url) === "sqlite") {
    const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
    const client = new PrismaClient({ adapter });
    // WAL lets readers proceed while one writer writes; it persists in the file once set.
    void client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    return client;
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PostgresPrismaClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { leadwellDb?: { url: string; client: Db } };

/**
 * The one Prisma client of this process, created on first use from DATABASE_URL
 * (`file:` → better-sqlite3, `postgres(ql)://` → pg). Kept on globalThis so that dev-mode
 * reloads and test files reuse it.
 */
export function getDb(): Db {
  const url = databaseUrl();
  if (globalForDb.leadwellDb?.url !== url) {
    globalForDb.leadwellDb = { url, client: createClient(url) };
  }
  return globalForDb.leadwellDb.client;
}

/** Whether the configured database is PostgreSQL (for the few provider-specific queries). */
export function isPostgres(): boolean {
  return databaseProvider(databaseUrl()) === "postgresql";
}

/** Closes the client (scripts and tests call this before exiting). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.leadwellDb?.client.$disconnect();
  globalForDb.leadwellDb = undefined;
}
