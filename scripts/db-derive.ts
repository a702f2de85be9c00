/**
 * Derives everything provider-specific from the canonical schema (prisma/schema.prisma):
 * the PostgreSQL schema, and a new migration in each of prisma/migrations/{sqlite,postgres}
 * when the canonical schema differs from prisma/migrations/schema.snapshot.prisma (the
 * canonical schema as of the latest migration).
 *
 *   npm run db:derive -- <migration_name>   write what is out of date
 *   npm run db:derive -- --check            exit 1 when anything derived is out of date
 *
 * Migration SQL comes from `prisma migrate diff --from-schema-datamodel` (snapshot → schema),
 * which needs no database: introspecting PostgreSQL through the pg driver adapter fails on
 * the "char" column type, and `--from-migrations` needs a shadow database the adapters lack.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runPrisma } from "./prisma-cli";

const root = process.cwd();
const canonicalPath = path.join(root, "prisma", "schema.prisma");
const postgresPath = path.join(root, "prisma", "postgres", "schema.prisma");
const snapshotPath = path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
const providers = {
  sqlite: { lock: "sqlite", url: `file:${path.join(os.tmpdir(), "leadwell-derive.db")}` },
  postgres: { lock: "postgresql", url: "postgresql://postgres@127.0.0.1:5432/postgres" },
} as const;
type Provider = keyof typeof providers;

/** The PostgreSQL schema: the canonical one with its provider and client output swapped. */
export function postgresSchemaFrom(canonical: string): string {
  return (
    "// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit.\n" +
    canonical
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace('output       = "../server/generated/sqlite"', 'output       = "../../server/generated/postgres"')
  );
}

/** Writes `canonical` as the given provider's schema into a temporary file. */
function schemaFileFor(provider: Provider, canonical: string, dir: string, name: string): string {
  const file = path.join(dir, `${name}.${provider}.prisma`);
  fs.writeFileSync(file, provider === "sqlite" ? canonical : postgresSchemaFrom(canonical));
  return file;
}

/**
 * Board order keys (`position` text columns, fractional-indexing keys) must compare byte by
 * byte. SQLite compares text that way; PostgreSQL uses the database's collation, which under
 * a locale like en_US puts "a" before "B". Prisma cannot declare a column collation, so the
 * PostgreSQL migrations get `COLLATE "C"` added here.
 */
export function withByteOrderedPositions(sql: string): string {
  return sql.replace(/"position" TEXT/g, '"position" TEXT COLLATE "C"');
}

/** SQL taking the snapshot (or an empty database) to the canonical schema; "" when equal. */
function pendingSql(provider: Provider, dir: string): string {
  const canonical = fs.readFileSync(canonicalPath, "utf8");
  const to = schemaFileFor(provider, canonical, dir, "current");
  const from = fs.existsSync(snapshotPath)
    ? ["--from-schema-datamodel", schemaFileFor(provider, fs.readFileSync(snapshotPath, "utf8"), dir, "snapshot")]
    : ["--from-empty"];
  const { stdout } = runPrisma(
    ["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"],
    providers[provider].url,
    { quiet: true },
  );
  const sql = stdout.replace(/^Loaded Prisma config.*\n/m, "").trim();
  if (sql.includes("This is an empty migration")) return "";
  return provider === "postgres" ? withByteOrderedPositions(sql) : sql;
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const name = (args.find((a) => !a.startsWith("--")) ?? "change").replace(/\W+/g, "_");
  const canonical = fs.readFileSync(canonicalPath, "utf8");
  const stale: string[] = [];

  const expectedPostgres = postgresSchemaFrom(canonical);
  if ((fs.existsSync(postgresPath) ? fs.readFileSync(postgresPath, "utf8") : "") !== expectedPostgres) {
    stale.push("prisma/postgres/schema.prisma");
    if (!check) {
      fs.mkdirSync(path.dirname(postgresPath), { recursive: true });
      fs.writeFileSync(postgresPath, expectedPostgres);
    }
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-derive-"));
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  try {
    for (const provider of Object.keys(providers) as Provider[]) {
      const sql = pendingSql(provider, dir);
      if (!sql) continue;
      stale.push(`prisma/migrations/${provider}`);
      if (check) continue;
      const folder = path.join(root, "prisma", "migrations", provider);
      fs.mkdirSync(path.join(folder, `${stamp}_${name}`), { recursive: true });
      fs.writeFileSync(path.join(folder, `${stamp}_${name}`, "migration.sql"), sql + "\n");
      fs.writeFileSync(path.join(folder, "migration_lock.toml"), `provider = "${providers[provider].lock}"\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (check) {
    if (stale.length) {
      console.error(`Out of date, run \`npm run db:derive -- <name>\`: ${stale.join(", ")}`);
      process.exit(1);
    }
    console.log("derived schema and migrations are up to date");
    return;
  }
  if (stale.length) fs.copyFileSync(canonicalPath, snapshotPath);
  console.log(stale.length ? `updated: ${stale.join(", ")}` : "nothing to derive");
}

main();
