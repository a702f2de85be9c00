import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { closeReader } from "./read-rows";
import { isAdapterSqliteBusy, retryWhileBusy } from "./sqlite-busy";
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_CACHE_KIB, SQLITE_TEMP_STORE } from "./sqlite-settings";

/**
 * The Prisma client type used across the service layer. Both generated clients come from
 * the same canonical schema, so their model APIs are identical; the SQLite client's types
 * are the common denominator (no provider-only options such as `mode: "insensitive"`).
 */
export type Db = PrismaClient;
/** A Prisma transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];


/**
 * The better-sqlite3 adapter with the connection's settings applied as Prisma opens it: WAL (readers
 * proceed while one writer writes; it persists in the file once set), the page cache and temp_store. The
 * adapter has no hook of its own, and a `$queryRawUnsafe` that is not awaited never runs (Prisma's
 * promises are lazy), so they are run here. Its transactions are managed by manageTransactions.
 */
class TunedSQLiteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA cache_size = -${SQLITE_CACHE_KIB}; PRAGMA temp_store = ${SQLITE_TEMP_STORE};`);
    manageTransactions(adapter);
    return adapter;
  }
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
/** The parts of the adapter's better-sqlite3 connection and of the adapter used here (neither is in its types). */
type AdapterInternals = { client: Pick<Database.Database, "prepare" | "exec">; onError: (error: unknown) => never };

/** What the adapter's own `BEGIN` runs: nothing, as beginImmediate has begun the transaction. */
const ALREADY_BEGUN = { run: () => ({ changes: 0, lastInsertRowid: 0 }) };

/** Turns a connection's busy timeout off and back on. */
type BusyTimeoutSwitch = { off: () => void; on: () => void };

/**
 * A BusyTimeoutSwitch of two statements prepared once: better-sqlite3's `pragma()` prepares its
 * statement on every call (10 µs a pair here, against 3), and every query outside a transaction
 * switches.
 */
function busyTimeoutSwitch(prepare: AdapterInternals["client"]["prepare"]): BusyTimeoutSwitch {
  const off = prepare("PRAGMA busy_timeout = 0");
  const on = prepare(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return { off: () => void off.run(), on: () => void on.run() };
}

/**
 * Runs an adapter statement with the connection's busy timeout off, again while it finds another
 * connection's write lock (retryWhileBusy): waiting in SQLite's busy handler would block the event
 * loop.
 * @param attempt - runs the statement before it first awaits (the adapter's queryRaw and
 *   executeRaw do), so that it runs with the busy timeout off; fails with the adapter's errors.
 * @param waitTurn - awaited before each attempt (queries wait for this process's open transaction).
 * @throws the last attempt's error: the adapter's for SQLITE_BUSY ("Operation has timed out")
 *   once the time is up, any other error at once.
 */
function retryWhileLocked<T>(busyTimeout: BusyTimeoutSwitch, attempt: () => Promise<T>, waitTurn?: () => Promise<void>): Promise<T> {
  return retryWhileBusy(
    () => {
      busyTimeout.off();
      try {
        return attempt();
      } finally {
        busyTimeout.on();
      }
    },
    isAdapterSqliteBusy,
    waitTurn,
  );
}

/** Begins a transaction IMMEDIATE (taking the write lock at once), waiting for another connection's lock as retryWhileLocked does. */
function beginImmediate(adapter: AdapterInternals, busyTimeout: BusyTimeoutSwitch): Promise<void> {
  return retryWhileLocked(busyTimeout, async () => {
    try {
      adapter.client.exec("BEGIN IMMEDIATE");
    } catch (error) {
      adapter.onError(error);
    }
  });
}

/**
 * Three changes to how the adapter runs transactions on its one connection:
 *
 * 1. They begin IMMEDIATE (beginImmediate) instead of the adapter's deferred `BEGIN`. A deferred
 *    transaction that reads and then writes fails with "database is locked" (SQLITE_BUSY_SNAPSHOT,
 *    which no busy timeout retries: https://www.sqlite.org/rescode.html#busy_snapshot) whenever
 *    another connection committed between its first read and its first write — which happens all
 *    the time when two processes share the file (WEB_CONCURRENCY, or `npm run worker` beside the
 *    server). The adapter issues `BEGIN` as a prepared statement with no option to change it, so
 *    that one text is answered with a statement that does nothing, once this has begun.
 * 2. Waiting for another connection's write lock does not block the event loop (retryWhileLocked),
 *    for a transaction's `BEGIN` and for a query outside a transaction alike, and a `BEGIN` that
 *    times out leaves the connection usable. The adapter's `BEGIN` waits in SQLite's busy handler,
 *    which sleeps in the thread; and when it fails, the adapter never releases its own lock, so every
 *    later transaction of the process would wait forever.
 * 3. Queries that are not part of a transaction wait until the open transaction (if any) has
 *    ended. The adapter runs everything on one connection and serialises only the transactions:
 *    a query made meanwhile through the client — another request's, a webhook's — would run
 *    inside the open transaction, and be undone with it if it rolls back, after its caller was
 *    told it was stored. A transaction's own queries go through its transaction object, which is
 *    not changed. (Code inside a transaction must therefore use its `tx`, never getDb(): that
 *    would wait for the transaction it is part of.)
 *
 * Transactions start one at a time, in turn, as with the adapter's own lock (which this keeps free).
 */
function manageTransactions(adapter: SqliteAdapter): void {
  const internals = adapter as unknown as AdapterInternals;
  const { client } = internals;
  const prepare = client.prepare.bind(client);
  client.prepare = ((sql: string) => (sql === "BEGIN" ? ALREADY_BEGUN : prepare(sql))) as typeof client.prepare;
  const busyTimeout = busyTimeoutSwitch(prepare);
  let open: Promise<void> | null = null;
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    while (open) await open;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    open = ended;
    const release = () => {
      if (open === ended) open = null;
      end();
    };
    try {
      await beginImmediate(internals, busyTimeout);
    } catch (error) {
      release();
      throw error;
    }
    let transaction: Awaited<ReturnType<typeof startTransaction>>;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      client.exec("ROLLBACK");
      release();
      throw error;
    }
    const finish = <T>(done: () => Promise<T>) => async () => {
      try {
        return await done();
      } finally {
        release();
      }
    };
    transaction.commit = finish(transaction.commit.bind(transaction));
    transaction.rollback = finish(transaction.rollback.bind(transaction));
    return transaction;
  };
  const waitForOpenTransaction = async () => {
    while (open) await open;
  };
  const held = <Q, R>(run: (query: Q) => Promise<R>) => (query: Q) => retryWhileLocked(busyTimeout, () => run(query), waitForOpenTransaction);
  adapter.queryRaw = held(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = held(adapter.executeRaw.bind(adapter));
}

/** The comment preparedSql puts first; see there. */
const PREPARED_MARKER = "/* prepared */ ";

/**
 * Marks raw SQL to be prepared once per PostgreSQL connection and reused — named by a hash of its
 * text — instead of parsed and planned on every call (node-postgres named statements). For the few
 * statements every outreach log runs (the gamification award), whose planning costs more than
 * their work: the award's opening statement took 0.75 ms planned on each call, 0.20 ms prepared
 * (pgbench). Only SQL from a small fixed set of texts may be marked: each text stays prepared on
 * each connection for the connection's life. SQLite ignores the mark (a comment).
 */
export function preparedSql(sql: string): string {
  return PREPARED_MARKER + sql;
}

/** The statement name of marked SQL (preparedSql), or "" (unnamed: planned per call) for the rest. */
function statementName({ sql }: { sql: string }): string {
  return sql.startsWith(PREPARED_MARKER) ? `lw_${createHash("sha1").update(sql).digest("hex")}` : "";
}

function createClient(url: string): Db {
  if (databaseProvider(url) === "sqlite") {
    return new PrismaClient({ adapter: new TunedSQLiteAdapterFactory({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 }, { statementNameGenerator: statementName });
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

/** Closes the client and the read connection of readRows (scripts and tests call this before exiting). */
export async function disconnectDb(): Promise<void> {
  await closeReader();
  await globalForDb.leadwellDb?.client.$disconnect();
  globalForDb.leadwellDb = undefined;
}
