import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/server/generated/sqlite/client";
import { parseTaskListQuery } from "@/lib/validation/task-list";
import { listTasks } from "@/server/services/tasks/list-tasks";

const url = process.env.DATABASE_URL!;
const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: url.replace("file:", "") }), log: [{ emit: "event", level: "query" }] });
const events: Array<{ q: string; d: number }> = [];
client.$on("query", (e) => events.push({ q: e.query, d: e.duration }));
(globalThis as unknown as { leadwellDb: unknown }).leadwellDb = { url, client };
const NOW = new Date("2026-06-01T09:00:00.000Z");
async function main() {
  const viewer = (await client.user.findFirstOrThrow({ where: { email: "user0@bench.test" } }));
  const params = JSON.parse(process.argv[2] ?? "{}");
  for (let i = 0; i < 5; i++) await listTasks(parseTaskListQuery(params), viewer, NOW);
  events.length = 0;
  const t = performance.now();
  await listTasks(parseTaskListQuery(params), viewer, NOW);
  console.log("total", (performance.now() - t).toFixed(1), "queries", events.length);
  for (const e of events.sort((a, b) => b.d - a.d).slice(0, 12)) console.log(e.d, e.q.slice(0, 400));
}
main();
