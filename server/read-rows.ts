import Database, { type Statement } from "better-sqlite3";
import { Pool, types as pgTypes } from "pg";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_CACHE_KIB, SQLITE_TEMP_STORE } from "./sqlite-settings";
import { isSqliteBusy, retryWhileBusy } from "./sqlite-busy";

/** Most prepared SQLite statements kept per connection (the hot reads are a handful of texts). */
const STATEMENT_CACHE_SIZE = 200;
/** Connections of the PostgreSQL pool for these reads (Prisma's own pool has 10). */
const POSTGRES_POOL_SIZE = 4;

type Decode = (value: unknown) => unknown;
type SqliteReader = { kind: "sqlite"; db: Database.Database; statements: Map<string, { statement: Statement; decoders: Array<[string, Decode]> }> };
type PostgresReader = { kind: "postgres"; pool: Pool };
const globalForRead = globalThis as unknown as { leadwellReader?: { url: string; reader: SqliteReader | PostgresReader; writer?: SqliteReader } };

/** Prisma keeps DateTime in SQLite as ISO text ("…T09:00:00.000+00:00") and Boolean as 0 / 1. */
const sqliteDecoders: Record<string, Decode> = {
  DATETIME: (value) => (value === null ? null : new Date(value as string)),
  BOOLEAN: (value) => (value === null ? null : value === 1),
};

/** Prisma's PostgreSQL timestamps are `timestamp(3)` without a zone, holding UTC; pg would read them as local time. */
const postgresTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pgTypes.builtins.TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pgTypes.getTypeParser(oid, format)) as typeof pgTypes.getTypeParser,
};

/** A connection of its own to the SQLite file, with Prisma's connection settings; `timeout` is its busy timeout in ms. */
function openSqlite(url: string, timeout: number): SqliteReader {
  const db = new Database(sqliteFilePath(url), { timeout, fileMustExist: true });
  db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  db.pragma(`temp_store = ${SQLITE_TEMP_STORE}`);
  return { kind: "sqlite", db, statements: new Map() };
}

function openReader(url: string): SqliteReader | PostgresReader {
  if (databaseProvider(url) === "postgresql") {
    const pool = new Pool({ connectionString: url, max: POSTGRES_POOL_SIZE, types: postgresTypes });
    // An idle connection the server ends (a restart, a dropped database) is dropped from the pool,
    // which opens another when needed; unheard, pg's error event would end the process.
    pool.on("error", () => undefined);
    return { kind: "postgres", pool };
  }
  // Read-write as SQLite sees it (a read-only connection cannot create the WAL index of a file no
  // other connection has opened yet), refusing writes with query_only.
  const sqlite = openSqlite(url, SQLITE_BUSY_TIMEOUT_MS);
  sqlite.db.pragma("query_only = ON");
  return sqlite;
}

function connections(): NonNullable<typeof globalForRead.leadwellReader> {
  const url = databaseUrl();
  if (globalForRead.leadwellReader?.url !== url) {
    // DATABASE_URL changed (tests): the old connection is closed; a failure to close it is not this read's.
    closeReader().catch(() => undefined);
    globalForRead.leadwellReader = { url, reader: openReader(url) };
  }
  return globalForRead.leadwellReader;
}

/** A value as the database stores it: Dates as Prisma writes them (UTC), booleans as SQLite's 0 / 1. */
function sqliteParam(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return typeof value === "boolean" ? Number(value) : value;
}

function sqliteRows<Row>(sqlite: SqliteReader, sql: string, params: unknown[]): Row[] {
  let prepared = sqlite.statements.get(sql);
  if (!prepared) {
    const statement = sqlite.db.prepare(sql);
    const decoders = statement.columns().flatMap((column): Array<[string, Decode]> => {
      const decode = column.type ? sqliteDecoders[column.type.toUpperCase()] : undefined;
      return decode ? [[column.name, decode]] : [];
    });
    if (sqlite.statements.size >= STATEMENT_CACHE_SIZE) sqlite.statements.delete(sqlite.statements.keys().next().value!);
    prepared = { statement, decoders };
    sqlite.statements.set(sql, prepared);
  }
  const rows = prepared.statement.all(...params.map(sqliteParam)) as Array<Record<string, unknown>>;
  for (const row of rows) for (const [name, decode] of prepared.decoders) row[name] = decode(row[name]);
  return rows as Row[];
}

/**
 * Runs one read-only SQL statement on the configured database without Prisma, for the few reads
 * every API request and list page makes (the API key, a page of leads and the stages, owners and
 * tags it names). Through Prisma (`$queryRawUnsafe`) each statement costs about 0.3 ms of the
 * client's own work on this Prisma version, more than SQLite's; here SQLite statements are
 * prepared once and kept, on a connection of their own that refuses writes (WAL: it reads the
 * last committed data and never waits for a writer), and PostgreSQL reads take a small pool of
 * their own.
 * Columns come back as Prisma returns them: DateTime as Date (UTC), Boolean as boolean, Int as
 * number, text and enums as strings. Write placeholders with sqlPlaceholders; values are always
 * parameters. Writes go through Prisma (getDb), or writeRowsWithoutPrisma.
 * @param params - values; Dates are compared as the UTC instants Prisma stores.
 * @throws what the database throws (a syntax error, a missing table).
 */
export async function readRows<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const current = connections().reader;
  if (current.kind === "sqlite") return sqliteRows<Row>(current, sql, params);
  const result = await current.pool.query({ text: sql, values: params.map((value) => (value instanceof Date ? value.toISOString() : value)) });
  return result.rows as Row[];
}

/**
 * SQLite only: runs one writing statement (its own transaction) on a connection of its own, and
 * returns its rows (RETURNING) — or null on PostgreSQL, where the caller runs the same statement
 * through Prisma. For the one write every webhook call makes (storing the event): through Prisma it
 * costs about 0.3 ms of the client's own work, more than SQLite's. While another connection holds
 * the write lock (a Prisma transaction of this process, such as a batch of the EMAIL_EVENTS drain,
 * or another process) it tries again after short pauses (retryWhileBusy): its connection never
 * waits in SQLite's busy handler, which would block this process's event loop, and with it the
 * very transaction it waits for. Values as readRows takes them; nothing is decoded.
 * @throws what SQLite throws; "database is locked" once SQLITE_BUSY_TIMEOUT_MS have passed.
 */
export async function writeRowsWithoutPrisma<Row>(sql: string, params: unknown[] = []): Promise<Row[] | null> {
  const open = connections();
  if (open.reader.kind !== "sqlite") return null;
  const writer = (open.writer ??= openSqlite(open.url, 0));
  return retryWhileBusy(async () => sqliteRows<Row>(writer, sql, params), isSqliteBusy);
}

/** Closes the connections of readRows and writeRowsWithoutPrisma (disconnectDb calls this). */
export async function closeReader(): Promise<void> {
  const open = globalForRead.leadwellReader;
  globalForRead.leadwellReader = undefined;
  if (!open) return;
  open.writer?.db.close();
  if (open.reader.kind === "sqlite") open.reader.db.close();
  else await open.reader.pool.end();
}
