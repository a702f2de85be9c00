import { parseTaskListQuery } from "@/lib/validation/task-list";
import { getDb } from "@/server/db";
import { listTasks } from "@/server/services/tasks/list-tasks";
const NOW = new Date("2026-06-01T09:00:00.000Z");
async function main() {
  const viewer = await getDb().user.findFirstOrThrow({ where: { email: "user0@bench.test" } });
  for (const p of [{}, { assignee: "me" }, { priority: "URGENT" }, { type: "CALL", assignee: "me" }, { q: "proposal to customer 1" }, { status: "DONE" }, { status: "IN_PROGRESS" }]) {
    const q = parseTaskListQuery(p);
    for (let i = 0; i < 5; i++) await listTasks(q, viewer, NOW);
    const s: number[] = [];
    for (let i = 0; i < 30; i++) { const t = performance.now(); await listTasks(q, viewer, NOW); s.push(performance.now() - t); }
    s.sort((a, b) => a - b);
    console.log(JSON.stringify(p).padEnd(40), "min", s[0].toFixed(1), "p50", s[15].toFixed(1), "p95", s[28].toFixed(1));
  }
}
main();
