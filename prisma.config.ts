import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./lib/database-url";

// Migrations run on Prisma's WebAssembly schema engine through a driver adapter
// (engine: "js"), so no native engine binary is ever downloaded. The schema and the
// migrations folder follow the provider named by DATABASE_URL.
const url = databaseUrl();
process.env.DATABASE_URL = url;
const provider = databaseProvider(url);
const folder = provider === "sqlite" ? "sqlite" : "postgres";
const schema = provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema,
  migrations: { path: path.join("prisma", "migrations", folder) },
  async adapter() {
    if (provider === "sqlite") {
      const file = sqliteFilePath(url);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      return new PrismaBetterSQLite3({ url: file });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: url });
  },
});
