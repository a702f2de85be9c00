// Vitest setup file for integration suites: each test file gets a fresh, migrated database of
// the kind named by TEST_DATABASE and the service layer's client points at it.
import { afterAll, beforeAll } from "vitest";
import { disconnectDb } from "@/server/db";
import { createTestDatabase } from "./test-database";

const kind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  drop = database.drop;
});

afterAll(async () => {
  await disconnectDb();
  await drop?.();
});
