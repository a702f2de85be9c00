import { getDb } from "@/server/db";
import { taskBaseSelect } from "@/server/services/tasks/task-row";
import { parseTaskListQuery } from "@/lib/validation/task-list";
import { listTasks } from "@/server/services/tasks/list-tasks";
const NOW = new Date("2026-06-01T09:00:00.000Z");
async function time(name: string, f: () => Promise<unknown>, n = 40) {
  for (let i = 0; i < 5; i++) await f();
  const s: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await f(); s.push(performance.now() - t); }
  s.sort((a, b) => a - b);
  console.log(name.padEnd(40), "min", s[0].toFixed(2), "p50", s[n >> 1].toFixed(2));
}
async function main() {
  const db = getDb();
  const me = await db.user.findFirstOrThrow({ where: { email: "user0@bench.test" } });
  await time("count by id", () => db.task.count({ where: { id: "x" } }));
  await time("findMany 25 base", () => db.task.findMany({ where: { status: "OPEN", dueAt: { gte: NOW } }, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: 25, select: taskBaseSelect }));
  await time("findMany 25 me CALL", () => db.task.findMany({ where: { AND: [{ status: "OPEN" }, { dueAt: { gte: NOW } }, { assigneeId: me.id }, { type: "CALL" }] }, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: 25, select: taskBaseSelect }));
  await time("count me CALL completed", () => db.task.count({ where: { AND: [{ completedAt: { gt: new Date(0) } }, { assigneeId: me.id }, { type: "CALL" }] } }));
  await time("findMany me CALL completed", () => db.task.findMany({ where: { AND: [{ completedAt: { gt: new Date(0) } }, { assigneeId: me.id }, { type: "CALL" }] }, orderBy: [{ completedAt: "desc" }, { id: "desc" }], take: 10, select: taskBaseSelect }));
  await time("listTasks me CALL", () => listTasks(parseTaskListQuery({ type: "CALL", assignee: "me" }), me, NOW), 20);
  await time("listTasks default", () => listTasks(parseTaskListQuery({}), me, NOW), 20);
}
main();
