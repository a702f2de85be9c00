/**
 * `npm run backup [-- <target file>]`: an online, consistent copy of the SQLite database
 * (SQLite's backup API, safe while the app is running in WAL mode). Defaults to
 * data/backups/leadwell-<UTC timestamp>.db. For PostgreSQL use pg_dump.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";

async function main() {
  const url = databaseUrl();
  if (databaseProvider(url) !== "sqlite") {
    console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump (see README).");
    process.exit(1);
  }
  const source = sqliteFilePath(url);
  if (!fs.existsSync(source)) {
    console.error(`No database at ${source}`);
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.resolve(process.argv[2] ?? path.join("data", "backups", `leadwell-${stamp}.db`));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { readonly: true });
  await db.backup(target);
  db.close();
  console.log(`backed up ${source} → ${target}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
