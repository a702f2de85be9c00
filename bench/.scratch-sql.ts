import Database from "better-sqlite3";
const db = new Database(process.env.DATABASE_URL!.replace("file:", ""));
const sample = db.prepare(`SELECT dueAt FROM Task WHERE dueAt IS NOT NULL LIMIT 1`).get() as { dueAt: unknown };
console.log("dueAt stored as", typeof sample.dueAt, sample.dueAt);
const start = "2026-05-31T23:00:00.000+00:00", end = "2026-06-01T23:00:00.000+00:00";
const cases: Array<[string, string, unknown[]]> = [
  ["open overdue page", `SELECT id,title,dueAt FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND dueAt < ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [start]],
  ["open overdue count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND dueAt < ?)`, [start]],
  ["open overdue count no subq", `SELECT COUNT(*) FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND dueAt < ?`, [start]],
  ["open OPEN only page", `SELECT id,title,dueAt FROM Task WHERE status = 'OPEN' AND dueAt < ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [start]],
  ["upcoming page", `SELECT id,title,dueAt FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND dueAt >= ? ORDER BY dueAt ASC, id ASC LIMIT 25`, [end]],
  ["none page", `SELECT id,title,dueAt FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND dueAt IS NULL ORDER BY createdAt DESC, id DESC LIMIT 25`, []],
  ["completed page", `SELECT id,title,dueAt FROM Task WHERE status = 'DONE' ORDER BY completedAt DESC, id DESC LIMIT 10`, []],
  ["completed count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status = 'DONE')`, []],
  ["urgent completed count", `SELECT COUNT(*) FROM (SELECT id FROM Task WHERE status = 'DONE' AND priority='URGENT')`, []],
  ["urgent upcoming page", `SELECT id,title,dueAt FROM Task WHERE status IN ('OPEN','IN_PROGRESS') AND dueAt >= ? AND priority='URGENT' ORDER BY dueAt ASC, id ASC LIMIT 25`, [end]],
  ["urgent completed page", `SELECT id,title,dueAt FROM Task WHERE status = 'DONE' AND priority='URGENT' ORDER BY completedAt DESC, id DESC LIMIT 10`, []],
  ["full scan count", `SELECT COUNT(*) FROM Task WHERE priority='URGENT'`, []],
];
for (const [name, sql, args] of cases) {
  const st = db.prepare(sql);
  for (let i = 0; i < 5; i++) st.all(...args);
  const t = performance.now();
  for (let i = 0; i < 20; i++) st.all(...args);
  const ms = (performance.now() - t) / 20;
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(" | ");
  console.log(`${ms.toFixed(2).padStart(7)} ms  ${name.padEnd(28)} ${plan}`);
}
