import Database from "better-sqlite3";
const db = new Database(process.env.DATABASE_URL!.replace("file:", ""));
const end = "2026-06-01T23:00:00.000+00:00";
const epoch = "1970-01-01T00:00:00.000+00:00";
const me = (db.prepare(`SELECT id FROM User WHERE email='user0@bench.test'`).get() as { id: string }).id;
const cases: Array<[string, string, unknown[]]> = [
  ["completed w/ range", `SELECT id FROM Task WHERE status = 'DONE' AND completedAt > ? ORDER BY completedAt DESC, id DESC LIMIT 10`, [epoch]],
  ["completed range only", `SELECT id FROM Task WHERE completedAt > ? ORDER BY completedAt DESC, id DESC LIMIT 10`, [epoch]],
  ["completed range + status filter after", `SELECT id,status FROM Task WHERE completedAt > ? ORDER BY completedAt DESC, id DESC LIMIT 10`, [epoch]],
  ["completed mine", `SELECT id FROM Task WHERE status = 'DONE' AND assigneeId = ? ORDER BY completedAt DESC, id DESC LIMIT 10`, [me]],
  ["completed mine range", `SELECT id FROM Task WHERE assigneeId = ? AND completedAt > ? ORDER BY completedAt DESC, id DESC LIMIT 10`, [me, epoch]],
  ["upcoming OPEN page", `SELECT id FROM Task WHERE status = 'OPEN' AND dueAt >= ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [end]],
  ["upcoming OPEN page 1000", `SELECT id,title FROM Task WHERE status = 'OPEN' AND dueAt >= ? ORDER BY dueAt ASC, id ASC LIMIT 1000`, [end]],
  ["upcoming OPEN mine", `SELECT id FROM Task WHERE status = 'OPEN' AND assigneeId = ? AND dueAt >= ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [me, end]],
  ["upcoming OPEN urgent", `SELECT id FROM Task WHERE status = 'OPEN' AND priority = 'URGENT' AND dueAt >= ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [end]],
  ["upcoming OPEN urgent count", `SELECT count(*) FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND priority = 'URGENT' AND dueAt >= ?`, [end]],
  ["upcoming OPEN q", `SELECT id FROM Task WHERE status = 'OPEN' AND title LIKE '%proposal to customer 1%' AND dueAt >= ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [end]],
  ["upcoming q count", `SELECT count(*) FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND title LIKE '%proposal to customer 1%' AND dueAt >= ?`, [end]],
];
for (const [name, sql, args] of cases) {
  const st = db.prepare(sql);
  for (let i = 0; i < 5; i++) st.all(...args);
  const t = performance.now();
  for (let i = 0; i < 20; i++) st.all(...args);
  const ms = (performance.now() - t) / 20;
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(" | ");
  console.log(`${ms.toFixed(2).padStart(7)} ms  ${name.padEnd(36)} ${plan}`);
}
