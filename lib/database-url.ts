import path from "node:path";

/** The SQLite file used when DATABASE_URL is not set (relative to the project root). */
export const DEFAULT_DATABASE_URL = "file:./data/leadwell.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * Reads the database URL from the environment, falling back to the default SQLite file.
 * @param env - the environment to read (defaults to `process.env`).
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/**
 * Tells which database a URL points at: `file:` → SQLite, `postgres://` or `postgresql://` → PostgreSQL.
 * @throws Error for any other scheme, naming the accepted ones.
 */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

/**
 * The absolute path of a SQLite `file:` URL, resolved against `cwd` (the project root when run
 * through npm scripts). Query parameters after `?` are ignored.
 */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const file = url.slice("file:".length).split("?")[0];
  return path.resolve(cwd, file);
}
