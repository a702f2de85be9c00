import Database from "better-sqlite3";
import { Client } from "pg";
import { databaseProvider, sqliteFilePath } from "@/lib/database-url";

/** A value bound to a raw statement. */
export type SqlValue = string | number | boolean | Date | null;
/** One row to insert: column name → value; every row of a call has the same columns. */
export type Row = Record<string, SqlValue>;

/**
 * Direct access to the benchmark database, bypassing Prisma: bulk inserts for the setup and
 * hand-written queries to compare the service with. Values are bound as Prisma stores them:
 * on SQLite booleans as 0/1 and dates as ISO 8601 text with "+00:00"; on PostgreSQL dates as
 * UTC digits for "timestamp without time zone".
 */
export type RawDatabase = {
  /** Inserts rows into a table in one transaction. */
  insert(table: string, rows: Row[]): Promise<void>;
  /** Runs a query written with `?` placeholders (rewritten to $1, $2… for PostgreSQL); a statement that returns no rows resolves to []. */
  query(sql: string, args: SqlValue[]): Promise<unknown[]>;
  close(): Promise<void>;
};

/** PostgreSQL allows 65,535 bound parameters per statement. */
const PG_MAX_PARAMS = 60_000;

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

/** Opens the database at `url` (a `file:` SQLite URL or a PostgreSQL URL). */
export async function openRawDatabase(url: string): Promise<RawDatabase> {
  return databaseProvider(url) === "sqlite" ? openSqlite(url) : openPostgres(url);
}

function openSqlite(url: string): RawDatabase {
  const sqlite = new Database(sqliteFilePath(url));
  // A large page cache keeps the setup's random-key index inserts in memory.
  sqlite.pragma("cache_size = -262144");
  const bind = (v: SqlValue) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v);
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
    return statement;
  };
  return {
    async insert(table, rows) {
      if (!rows.length) return;
      const columns = Object.keys(rows[0]);
      const statement = prepared(`INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})`);
      sqlite.transaction(() => {
        for (const row of rows) statement.run(columns.map((c) => bind(row[c])));
      })();
    },
    async query(sql, args) {
      const statement = prepared(sql);
      if (statement.reader) return statement.all(args.map(bind));
      statement.run(args.map(bind));
      return [];
    },
    async close() {
      sqlite.close();
    },
  };
}

async function openPostgres(url: string): Promise<RawDatabase> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const bind = (v: SqlValue) => (v instanceof Date ? v.toISOString() : v);
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    async insert(table, rows) {
      if (!rows.length) return;
      const columns = Object.keys(rows[0]);
      const perStatement = Math.floor(PG_MAX_PARAMS / columns.length);
      await client.query("BEGIN");
      try {
        for (let start = 0; start < rows.length; start += perStatement) {
          const chunk = rows.slice(start, start + perStatement);
          const tuples = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
          await client.query(
            `INSERT INTO "${table}" (${quoted(columns)}) VALUES ${tuples.join(", ")}`,
            chunk.flatMap((row) => columns.map((c) => bind(row[c]))),
          );
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async query(sql, args) {
      return (await client.query(numbered(sql), args.map(bind))).rows;
    },
    async close() {
      await client.end();
    },
  };
}
