import Database from "better-sqlite3";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { getDb, isPostgres } from "@/server/db";
import { sqlPlaceholders } from "@/server/sql-placeholders";

/**
 * Another connection to the same database — another server process (WEB_CONCURRENCY) or
 * `npm run worker` beside the server — setting `key`. On SQLite it does not wait for a lock (a
 * wait would block this test's own process, which holds it): it reports whether it was refused.
 */
async function writeFromAnotherConnection(key: string): Promise<"written" | "locked"> {
  const now = new Date().toISOString();
  if (isPostgres()) {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ($1, '1', $2)`, [key, now]);
      return "written";
    } finally {
      await client.end();
    }
  }
  const other = new Database(sqliteFilePath(databaseUrl()), { timeout: 0 });
  try {
    other.prepare(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, '1', ?)`).run(key, now.replace("Z", "+00:00"));
    return "written";
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return "locked";
    throw error;
  } finally {
    other.close();
  }
}

describe("transactions beside another connection", () => {
  it("a transaction that reads, then writes, commits although another connection writes in between", async () => {
    const db = getDb();
    await db.setting.create({ data: { key: "counter", value: 0 } });
    let other: "written" | "locked" | undefined;
    await db.$transaction(async (tx) => {
      const { value } = await tx.setting.findUniqueOrThrow({ where: { key: "counter" } });
      other = await writeFromAnotherConnection("other-process");
      await tx.setting.update({ where: { key: "counter" }, data: { value: (value as number) + 1 } });
    });
    expect((await db.setting.findUniqueOrThrow({ where: { key: "counter" } })).value).toBe(1);
    // SQLite: the transaction held the write lock from its start (BEGIN IMMEDIATE), so the other
    // writer had to wait for it — with a deferred BEGIN it would have written, and the update above
    // would have failed with "database is locked". PostgreSQL locks rows, not the database.
    expect(other).toBe(isPostgres() ? "written" : "locked");
    if (other === "locked") expect(await writeFromAnotherConnection("other-process")).toBe("written");
    expect(await db.setting.count({ where: { key: "other-process" } })).toBe(1);
  });

  it("a write made outside a transaction while it is open is not undone when the transaction rolls back", async () => {
    const db = getDb();
    let outside: Promise<unknown> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.setting.create({ data: { key: "inside", value: 1 } });
        // Another request's write, made while the transaction is open (SQLite: on the same connection),
        // as one statement (as a webhook stores its event; Prisma's create runs a transaction of its own).
        // Prisma's promises run only once awaited or chained: `then` starts it now.
        outside = db.$executeRawUnsafe(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (${sqlPlaceholders(3)})`, "outside", "1", new Date()).then((count) => count);
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await outside;
    expect(await db.setting.count({ where: { key: "inside" } })).toBe(0);
    expect(await db.setting.count({ where: { key: "outside" } })).toBe(1);
  });
});

describe.runIf(process.env.TEST_DATABASE === "sqlite")("waiting for another SQLite connection's write lock", () => {
  /** Another process's transaction: holds the write lock of the test database until released. */
  function holdWriteLock(): { release: () => void } {
    const other = new Database(sqliteFilePath(databaseUrl()), { timeout: 0 });
    other.exec("BEGIN IMMEDIATE");
    return {
      release: () => {
        other.exec("ROLLBACK");
        other.close();
      },
    };
  }

  it("does not block the event loop: a lock released by a timer of this process lets the waiting transaction run", async () => {
    const lock = holdWriteLock();
    // With SQLite's busy handler sleeping in the thread, this timer could not fire before the 5 s timeout.
    setTimeout(lock.release, 200);
    await getDb().$transaction(async (tx) => tx.setting.create({ data: { key: "after-lock", value: 1 } }));
    expect(await getDb().setting.count({ where: { key: "after-lock" } })).toBe(1);
  });

  it("does not block the event loop for a write outside a transaction either: a lock released by a timer lets it run", async () => {
    const lock = holdWriteLock();
    // Prisma's autocommit write waited in SQLite's busy handler too, sleeping in the thread.
    setTimeout(lock.release, 200);
    await getDb().setting.create({ data: { key: "autocommit-after-lock", value: 1 } });
    expect(await getDb().setting.count({ where: { key: "autocommit-after-lock" } })).toBe(1);
  });

  it("a write outside a transaction that waits past the busy timeout fails with the adapter's error, and stores nothing", async () => {
    const lock = holdWriteLock();
    try {
      await expect(getDb().setting.create({ data: { key: "autocommit-timed-out", value: 1 } })).rejects.toThrow(/timed out/);
    } finally {
      lock.release();
    }
    expect(await getDb().setting.count({ where: { key: "autocommit-timed-out" } })).toBe(0);
    await getDb().setting.create({ data: { key: "autocommit-after-timeout", value: 1 } });
    expect(await getDb().setting.count({ where: { key: "autocommit-after-timeout" } })).toBe(1);
  }, 15_000);

  it("a transaction that waits past the busy timeout fails, and the next one runs (the adapter's own BEGIN left the connection locked for good)", async () => {
    const lock = holdWriteLock();
    try {
      await expect(getDb().$transaction(async (tx) => tx.setting.count())).rejects.toThrow(/timed out/);
    } finally {
      lock.release();
    }
    await getDb().$transaction(async (tx) => tx.setting.create({ data: { key: "after-timeout", value: 1 } }));
    expect(await getDb().setting.count({ where: { key: "after-timeout" } })).toBe(1);
  }, 15_000);
});
