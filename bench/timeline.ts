/**
 * `npm run bench:timeline [-- --activities=5000] [--background=20000] [--iterations=200] [--port=3541]`
 *
 * A lead with 5,000 activities (and a company whose contacts have as many), among other leads'
 * activities, on a fresh SQLite database. Measures, p50/p95:
 * - service: what the lead page loads for its timeline (listTimeline) and the page's own
 *   lead queries (getLead, listLeadStages), in this process;
 * - http: GET of the server-rendered page (auth, layout, all queries, React rendering, HTML)
 *   from `next start` on the production build in NEXT_DIST_DIR (default .next; build it first
 *   with `npm run build` or `NEXT_DIST_DIR=… next build`), with a signed-in session.
 * Cases: the newest page, a type filter, an older page (cursor halfway down), the company page
 * (activities of its contacts roll up). Target (issue 4): the lead page p95 ≤ 150 ms over HTTP.
 * Writes bench/results/timeline.json.
 */
import type { ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { encodeTimelineCursor } from "@/lib/activities/timeline-cursor";
import { TOUCH_TYPES } from "@/lib/activities/activity-types";
import { parseTimelineQuery, timelineSearch } from "@/lib/validation/activity";
import { disconnectDb, getDb } from "@/server/db";
import { listTimeline, type TimelineSubject } from "@/server/services/activities/list-timeline";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { createLead } from "@/server/services/leads/create-lead";
import { getLead } from "@/server/services/leads/get-lead";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { createTestDatabase } from "@/tests/support/test-database";
import { measure, type Timing } from "./measure";
import { hasProductionBuild, sessionCookie, startNext } from "./next-server";
import { random } from "@/lib/random";
import { openRawDatabase, type Row } from "./raw-database";
import { printTable, writeResults } from "./report";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const WARMUP = 20;
const TARGET_P95_MS = 150;
const TYPES = [...TOUCH_TYPES, "NOTE", "NOTE", "STAGE_CHANGED"] as const;

const log = (message: string) => process.stderr.write(`${message}\n`);

/** `count` activities spread over the 3 years before NOW, linked by `link`, with notes in markdown. */
function activityRows(count: number, link: Record<string, string>, authorId: string, seed: number): Row[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const type = TYPES[Math.floor(next() * TYPES.length)];
    const touch = type !== "NOTE" && type !== "STAGE_CHANGED";
    const at = new Date(NOW.getTime() - Math.floor(next() * 3 * 365 * 86_400_000));
    return {
      id: `c${seed.toString(36)}x${i.toString(36).padStart(6, "0")}`,
      type,
      direction: touch ? (next() < 0.7 ? "OUTBOUND" : "INBOUND") : null,
      outcome: touch && next() < 0.5 ? "CONTACTED" : null,
      durationSeconds: type === "CALL" ? Math.floor(next() * 1800) : null,
      subject: type === "STAGE_CHANGED" ? "New → Contacted" : touch ? `Touch ${i}` : null,
      body: type === "NOTE" || next() < 0.3 ? `Talked about **the new site** and *bookings*:\n- menu online\n- photos\n\nSee [their page](https://example.com/${i}). ${"More context. ".repeat(1 + Math.floor(next() * 10))}` : null,
      occurredAt: at,
      authorId,
      createdAt: at,
      updatedAt: at,
      ...link,
    };
  });
}

type Case = { name: string; subject: TimelineSubject; params: Record<string, string | string[]> };
type Result = { case: string; service: Timing; http: Timing | null; htmlBytes: number | null; entries: number; meetsTarget: boolean | null };

async function main() {
  const { values } = parseArgs({
    options: {
      activities: { type: "string", default: "5000" },
      background: { type: "string", default: "20000" },
      iterations: { type: "string", default: "200" },
      port: { type: "string", default: "3541" },
    },
  });
  const count = Number(values.activities);
  const iterations = Number(values.iterations);
  const built = hasProductionBuild();
  if (!built) log("No production build in NEXT_DIST_DIR (default .next): measuring the service only (build first for the HTTP figures).");

  const database = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = database.url;
  const raw = await openRawDatabase(database.url);
  let next: ChildProcess | null = null;
  try {
    log(`Creating a lead and a company with ${count.toLocaleString("en")} activities each, and ${Number(values.background).toLocaleString("en")} others…`);
    await ensureLeadPipeline();
    const admin = await getDb().user.create({ data: { email: "bench@timeline.test", name: "Bench Admin", role: "ADMIN" }, select: { id: true, role: true, timeZone: true, name: true, email: true } });
    const { id: leadId } = await createLead(admin, { name: "Busy Bakery" });
    const { id: quietLeadId } = await createLead(admin, { name: "Quiet Cafe" });
    const { id: companyId } = await createCompany(admin, { name: "Busy Holdings" });
    const contacts: string[] = [];
    for (let i = 0; i < 20; i++) contacts.push((await createContact(admin, { firstName: `Contact ${i}`, companyId })).id);
    await raw.insert("Activity", activityRows(count, { leadId }, admin.id, 1));
    const perContact = Math.ceil(count / contacts.length);
    for (const [i, contactId] of contacts.entries()) await raw.insert("Activity", activityRows(perContact, { contactId }, admin.id, 100 + i));
    // Background: other leads' histories share the table and its indexes.
    const others = 200;
    for (let i = 0; i < others; i++) {
      const { id } = await createLead(admin, { name: `Other ${i}` });
      await raw.insert("Activity", activityRows(Math.floor(Number(values.background) / others), { leadId: id }, admin.id, 1000 + i));
    }

    const middle = (await getDb().activity.findMany({ where: { leadId }, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], skip: Math.floor(count / 2), take: 1, select: { id: true, occurredAt: true } }))[0];
    const cases: Case[] = [
      { name: "lead: newest page", subject: { kind: "lead", id: leadId }, params: {} },
      { name: "lead: calls and emails", subject: { kind: "lead", id: leadId }, params: { activity: ["CALL", "EMAIL"] } },
      { name: "lead: older page (halfway)", subject: { kind: "lead", id: leadId }, params: { before: encodeTimelineCursor(middle) } },
      { name: "company: contacts roll up", subject: { kind: "company", id: companyId }, params: {} },
      // The same page with an empty timeline: what the rest of the page costs.
      { name: "baseline: lead, no activities", subject: { kind: "lead", id: quietLeadId }, params: {} },
    ];

    let cookie = "";
    if (built) {
      next = await startNext(database.url, Number(values.port));
      cookie = await sessionCookie(admin);
    }

    const results: Result[] = [];
    for (const c of cases) {
      const query = parseTimelineQuery(c.params);
      const service = () =>
        c.subject.kind === "lead" ? Promise.all([getLead(c.subject.id), listLeadStages(), listTimeline(c.subject, query)]) : listTimeline(c.subject, query);
      const page = await listTimeline(c.subject, query);
      const serviceTiming = await measure(service, { warmup: WARMUP, iterations });
      let httpTiming: Timing | null = null;
      let htmlBytes: number | null = null;
      if (next) {
        const url = `http://127.0.0.1:${values.port}/${c.subject.kind === "lead" ? "leads" : "companies"}/${c.subject.id}${timelineSearch(query)}`;
        const get = async () => {
          const response = await fetch(url, { headers: { cookie } });
          const html = await response.text();
          if (response.status !== 200 || !html.includes('id="timeline"')) throw new Error(`GET ${url}: ${response.status}, no timeline in the page`);
          const shown = html.split('data-testid="timeline-entry"').length - 1;
          if (shown !== page.entries.length) throw new Error(`GET ${url}: ${shown} entries rendered, expected ${page.entries.length}`);
          htmlBytes = Buffer.byteLength(html);
        };
        httpTiming = await measure(get, { warmup: WARMUP, iterations });
      }
      const gated = c.subject.kind === "lead" && page.total > 0 ? (httpTiming ?? serviceTiming).p95 <= TARGET_P95_MS : null;
      results.push({ case: c.name, service: serviceTiming, http: httpTiming, htmlBytes, entries: page.entries.length, meetsTarget: gated });
      log(`  ${c.name}: service p95 ${serviceTiming.p95.toFixed(1)} ms${httpTiming ? `, http p95 ${httpTiming.p95.toFixed(1)} ms` : ""}`);
    }

    const header = ["case", "entries", "service p50", "service p95", "http p50", "http p95", "html kB", "target"];
    const lines = results.map((r) => [
      r.case,
      String(r.entries),
      r.service.p50.toFixed(1),
      r.service.p95.toFixed(1),
      r.http ? r.http.p50.toFixed(1) : "-",
      r.http ? r.http.p95.toFixed(1) : "-",
      r.htmlBytes === null ? "-" : (r.htmlBytes / 1024).toFixed(0),
      r.meetsTarget === null ? "" : `${r.meetsTarget ? "ok" : "MISSED"} ≤${TARGET_P95_MS}`,
    ]);
    console.log(`\nSQLite, ${count.toLocaleString("en")} activities on the lead (ms)`);
    printTable(header, lines, (i) => i > 0);

    const file = writeResults("timeline", { activities: count, iterations, warmup: WARMUP, results });
    const missed = results.filter((r) => r.meetsTarget === false).length;
    console.log(`\n${missed ? `${missed} lead case(s) MISSED the p95 target` : `the lead page meets the p95 target of ${TARGET_P95_MS} ms`}${next ? "" : " (service only: no build)"}; results in ${file}`);
    if (missed) process.exitCode = 1;
  } finally {
    next?.kill();
    await raw.close();
    await disconnectDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
