import Database from "better-sqlite3";
const db = new Database(process.env.DATABASE_URL!.replace("file:", ""));
const start = "2026-05-31T23:00:00.000+00:00", end = "2026-06-01T23:00:00.000+00:00";
const epoch = "1970-01-01T00:00:00.000+00:00";
const me = (db.prepare(`SELECT id FROM User WHERE email='user0@bench.test'`).get() as { id: string }).id;
const cases: Array<[string, string, unknown[]]> = [
  ["me CALL overdue count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status = 'OPEN' AND dueAt < ? AND assigneeId = ? AND type = 'CALL')`, [start, me]],
  ["me CALL upcoming count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status = 'OPEN' AND dueAt >= ? AND assigneeId = ? AND type = 'CALL')`, [end, me]],
  ["me CALL none count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status = 'OPEN' AND dueAt IS NULL AND assigneeId = ? AND type = 'CALL')`, [me]],
  ["me CALL none page", `SELECT id FROM Task WHERE status = 'OPEN' AND dueAt IS NULL AND assigneeId = ? AND type = 'CALL' ORDER BY createdAt DESC, id DESC LIMIT 25`, [me]],
  ["me CALL completed count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE completedAt > ? AND assigneeId = ? AND type = 'CALL')`, [epoch, me]],
  ["me CALL completed page", `SELECT id FROM Task WHERE completedAt > ? AND assigneeId = ? AND type = 'CALL' ORDER BY completedAt DESC, id DESC LIMIT 10`, [epoch, me]],
  ["URGENT completed count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE completedAt > ? AND priority = 'URGENT')`, [epoch]],
  ["URGENT upcoming count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status = 'OPEN' AND dueAt >= ? AND priority = 'URGENT')`, [end]],
  ["URGENT none page", `SELECT id FROM Task WHERE status = 'OPEN' AND dueAt IS NULL AND priority = 'URGENT' ORDER BY createdAt DESC, id DESC LIMIT 25`, []],
  ["q completed count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE completedAt > ? AND title LIKE '%proposal to customer 1%')`, [epoch]],
  ["q completed page", `SELECT id FROM Task WHERE completedAt > ? AND title LIKE '%proposal to customer 1%' ORDER BY completedAt DESC, id DESC LIMIT 10`, [epoch]],
];
for (const [name, sql, args] of cases) {
  const st = db.prepare(sql);
  for (let i = 0; i < 3; i++) st.all(...args);
  const s: number[] = [];
  for (let i = 0; i < 15; i++) { const t = performance.now(); st.all(...args); s.push(performance.now() - t); }
  s.sort((a, b) => a - b);
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(" | ");
  console.log(`${s[0].toFixed(2).padStart(7)} ms  ${name.padEnd(28)} ${plan}`);
}
