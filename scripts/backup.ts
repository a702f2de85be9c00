/**
 * `npm run backup [-- <target file>]`: an online, consistent copy of the SQLite database
 * (SQLite's backup API, safe while the app is running in WAL mode), then a copy of the
 * attachment files (`$UPLOAD_DIR/attachments`) beside it. Defaults to
 * data/backups/leadwell-<UTC timestamp>.db and data/backups/leadwell-<UTC timestamp>-uploads/.
 * The files are copied after the database, so every attachment in the copied database has its
 * file (files uploaded meanwhile are copied too and are harmless extras), unless it was deleted
 * during the copy. For PostgreSQL use pg_dump, and copy the upload directory yourself.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { uploadDir } from "@/server/storage/upload-dir";

async function main() {
  const url = databaseUrl();
  if (databaseProvider(url) !== "sqlite") {
    console.error(`DATABASE_URL is PostgreSQL: back it up with pg_dump, and copy ${path.join(uploadDir(), "attachments")} (see README).`);
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

  const attachments = path.join(uploadDir(), "attachments");
  if (!fs.existsSync(attachments)) return;
  const filesTarget = path.join(`${target.replace(/\.db$/, "")}-uploads`, "attachments");
  // Temporary files are uploads still being written; their rows do not exist yet.
  fs.cpSync(attachments, filesTarget, { recursive: true, filter: (file) => !file.endsWith(".tmp") });
  console.log(`backed up ${attachments} → ${filesTarget}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
