import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScoringRuleInput } from "@/lib/validation/scoring";
import { getDb, isPostgres, type Tx } from "@/server/db";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { runJobNow } from "@/server/jobs/run-job-now";
import { JOB_SCHEDULES } from "@/server/jobs/schedules";
import { deleteActivity } from "@/server/services/activities/delete-activity";
import { processEmailEvents } from "@/server/services/email-events/process-email-events";
import { importLeadFile } from "@/server/services/imports/import-lead-file";
import { previewLeadImport } from "@/server/services/imports/preview-lead-import";
import { bulkUpdateLeads } from "@/server/services/leads/bulk-update-leads";
import { createLead } from "@/server/services/leads/create-lead";
import { updateLead } from "@/server/services/leads/update-lead";
import { leadFormDefaults } from "@/components/leads/lead-form-defaults";
import { getLead } from "@/server/services/leads/get-lead";
import { listNotifications } from "@/server/services/notifications/list-notifications";
import { markNotificationsRead } from "@/server/services/notifications/mark-notifications-read";
import { getNotificationFeed } from "@/server/services/notifications/get-notification-feed";
import { logActivity } from "@/server/services/activities/log-activity";
import { logOutreach } from "@/server/services/outreach/log-outreach";
import { createScoringRule } from "@/server/services/scoring/create-scoring-rule";
import { deleteScoringRule } from "@/server/services/scoring/delete-scoring-rule";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { getLeadScore } from "@/server/services/scoring/get-lead-score";
import { leadScoringJob } from "@/server/services/scoring/lead-rescore-job";
import { listScoringRules } from "@/server/services/scoring/list-scoring-rules";
import { queueLeadScoring } from "@/server/services/scoring/queue-lead-scoring";
import { reorderScoringRules } from "@/server/services/scoring/reorder-scoring-rules";
import { rescoreAllLeads } from "@/server/services/scoring/rescore-all-leads";
import { saveScoringSettings } from "@/server/services/scoring/save-scoring-settings";
import { setScoreOverride } from "@/server/services/scoring/set-score-override";
import { setScoringRuleEnabled, updateScoringRule } from "@/server/services/scoring/update-scoring-rule";
import { createTestUser, leadStages, type TestActor } from "../support/factories";
import { resendFixture } from "../support/resend-webhook-fixtures";

/** The pinned clock: every score below is computed at (or relative to) this instant. */
const NOW = new Date("2026-03-10T09:00:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

let admin: TestActor;
let sales: TestActor;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "leadwell-scoring-"));
  process.env.UPLOAD_DIR = uploadDir;
  admin = await createTestUser("ADMIN");
  sales = await createTestUser("SALES");
  await leadStages();
  expect(await ensureDefaultScoringRules()).toBe(14);
});

afterAll(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** A Google-Maps-like lead: no website (25), 4.5 stars (10), 30 reviews (10), email (5), phone (5) = 55, WARM. */
const fitLead = (name: string) => ({ name, email: `${randomUUID().slice(0, 8)}@example.cy`, phone: "+357 26 123456", rating: 4.5, reviewCount: 30 });

async function stored(leadId: string) {
  return getDb().lead.findUniqueOrThrow({ where: { id: leadId }, select: { score: true, temperature: true, scoredAt: true, scoreOverride: true } });
}
const hotNotifications = (userId: string) => getDb().notification.findMany({ where: { userId, kind: "LEAD_HOT" }, orderBy: { createdAt: "asc" } });

describe("default rules", () => {
  it("are created once, also when asked twice at the same time, and not again after a delete", async () => {
    expect(await Promise.all([ensureDefaultScoringRules(), ensureDefaultScoringRules()])).toEqual([0, 0]);
    const rules = await listScoringRules();
    expect(rules).toHaveLength(14);
    expect(rules.map((r) => r.position)).toEqual([...Array(14).keys()]);
    expect(rules.every((r) => r.defaultKey)).toBe(true);
  });
});

describe("recomputing on every change that can move the score", () => {
  it("scores a new lead at once, with its breakdown, and again when it is edited", async () => {
    const { id } = await createLead(sales, fitLead("Taverna Latchi"), NOW);
    const score = await getLeadScore(id);
    expect(score).toMatchObject({ score: 55, temperature: "WARM", computedScore: 55, override: null, scoredAt: NOW });
    expect(score.breakdown.map((e) => [e.name, e.points])).toEqual([
      ["No website", 25],
      ["Rated 4.0 or better", 10],
      ["20 or more reviews", 10],
      ["Has an email address", 5],
      ["Has a phone number", 5],
    ]);
    // A hand-typed score in the input is ignored: scoring decides.
    const detail = await getLead(id);
    await updateLead(sales, id, { ...leadFormDefaults(detail, "UTC"), website: "https://latchi.example", hasWebsite: true, score: 99, temperature: "HOT" }, at(1));
    expect(await stored(id)).toMatchObject({ score: 30, temperature: "COLD", scoredAt: at(1) });
  });

  it("makes a lead HOT on a reply, notifies its owner once, and cools it when the reply is deleted", async () => {
    const { id } = await createLead(sales, fitLead("Meze House"), NOW);
    expect(await hotNotifications(sales.id)).toEqual([]);
    const reply = await logActivity(sales, { type: "EMAIL", direction: "INBOUND", body: "Yes, call me", leadId: id }, NOW);
    expect(await stored(id)).toMatchObject({ score: 85, temperature: "HOT" });
    // A second reply keeps it HOT: no second notification.
    await logActivity(sales, { type: "WHATSAPP", direction: "INBOUND", body: "Tomorrow?", leadId: id }, NOW);
    const notes = await hotNotifications(sales.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: "Meze House is HOT", href: `/leads/${id}`, readAt: null, createdAt: NOW });
    expect(notes[0].body).toContain("Score 85");

    await deleteActivity(sales, reply.id, at(1));
    expect((await stored(id)).temperature).toBe("HOT"); // the other reply remains
    const other = await getDb().activity.findFirstOrThrow({ where: { leadId: id, type: "WHATSAPP" }, select: { id: true } });
    await deleteActivity(sales, other.id, at(1));
    expect(await stored(id)).toMatchObject({ score: 55, temperature: "WARM" });
  });

  it("rescores on bulk edits and webhook events (opened, clicked, bounced) at the processing instant", async () => {
    const { id } = await createLead(sales, fitLead("Fish Tavern"), NOW);
    expect(await bulkUpdateLeads(admin, { action: "tag", leadIds: [id], tag: "scoring" }, at(1))).toBe(1);
    // Rescored, unchanged: not written (scoredAt is when the stored score last changed).
    expect(await stored(id)).toMatchObject({ score: 55, scoredAt: NOW });
    const providerId = randomUUID();
    await getDb().emailMessage.create({ data: { providerId, toAddress: "x@example.cy", subject: "Your website", status: "SENT", sentAt: NOW, leadId: id, sentById: sales.id } });
    const process = (type: string, createdAt: Date, data: Record<string, unknown> = {}) =>
      getDb().$transaction((tx) => processEmailEvents(tx, [{ id: randomUUID(), type, providerEmailId: providerId, payload: resendFixture(type, { data: { email_id: providerId, ...data }, createdAt }) }], at(2)));
    await process("email.opened", at(2));
    expect(await stored(id)).toMatchObject({ score: 60, scoredAt: at(2) }); // + an open today (5)
    await process("email.clicked", at(2), { click: { link: "https://leadwell.example/demo", timestamp: at(2).toISOString() } });
    expect((await stored(id)).score).toBe(70);
    expect((await stored(id)).temperature).toBe("HOT");
    await process("email.bounced", at(2), { bounce: { type: "Transient", subType: "General", message: "Mailbox full" } });
    expect(await stored(id)).toMatchObject({ score: 50, temperature: "WARM" });
  });

  it("scores every lead an import writes, in the import's batch", async () => {
    const csv = ["name,email,rating,reviews,website,score,temperature", "Imported One,one@import.cy,4.8,120,,3,cold", "Imported Two,,2.5,3,https://two.example,99,hot"].join("\n");
    const preview = await previewLeadImport({ sample: csv, truncated: false });
    const summary = await importLeadFile(admin, { source: Readable.from([Buffer.from(csv)]), settings: { fileName: "s.csv", format: preview.format, mapping: preview.mapping, dedupe: { match: ["email"], mode: "skip" }, preset: preview.preset } });
    expect(summary).toMatchObject({ status: "SUCCEEDED", created: 2 });
    const rows = await getDb().lead.findMany({ where: { name: { startsWith: "Imported " } }, orderBy: { name: "asc" }, select: { score: true, temperature: true, scoredAt: true } });
    // One: no website 25 + rating 10 + reviews 10 + 5 (100+) + email 5 = 55; Two: poor rating −10 → 0.
    expect(rows.map((r) => [r.score, r.temperature])).toEqual([
      [55, "WARM"],
      [0, "COLD"],
    ]);
    expect(rows.every((r) => r.scoredAt !== null)).toBe(true);
  });
});

describe("manual override", () => {
  it("replaces the score with a note, keeps the breakdown, and clears back to the computed score", async () => {
    const { id } = await createLead(sales, fitLead("Override Cafe"), NOW);
    await expect(setScoreOverride(sales, id, { score: 90, note: "  " }, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(setScoreOverride(sales, id, { score: 101, note: "x" }, NOW)).rejects.toBeInstanceOf(ValidationError);
    const other = await createTestUser("SALES");
    await expect(setScoreOverride(other, id, { score: 90, note: "Not mine" }, NOW)).rejects.toBeInstanceOf(ForbiddenError);

    await setScoreOverride(sales, id, { score: 92, note: "Met the owner, ready to buy" }, NOW);
    const score = await getLeadScore(id);
    expect(score).toMatchObject({ score: 92, temperature: "HOT", computedScore: 55, override: { score: 92, note: "Met the owner, ready to buy" } });
    expect(score.breakdown).toHaveLength(5);
    expect((await hotNotifications(sales.id)).filter((n) => n.href === `/leads/${id}`)).toHaveLength(1);
    // A later change keeps the override.
    await logOutreach(sales, { type: "CALL", outcome: "CONTACTED", leadId: id }, NOW);
    expect((await stored(id)).score).toBe(92);
    await setScoreOverride(sales, id, null, NOW);
    expect(await stored(id)).toMatchObject({ score: 55, temperature: "WARM", scoreOverride: null });
  });
});

describe("decay and the nightly rescore", () => {
  it("halves engagement points every half-life when every lead is rescored later", async () => {
    const { id } = await createLead(sales, fitLead("Decay Grill"), NOW);
    await logActivity(sales, { type: "SMS", direction: "INBOUND", body: "Interested", leadId: id }, NOW);
    expect((await stored(id)).score).toBe(85);
    // 14 days on: the reply is worth 30 × ½ = 15 → 70, still HOT; 20 days on: 30 × 2^(−20/14) = 11.1 → 66, WARM.
    await rescoreAllLeads({ now: at(14) });
    expect(await stored(id)).toMatchObject({ score: 70, temperature: "HOT", scoredAt: at(14) });
    await rescoreAllLeads({ now: at(20) });
    expect(await stored(id)).toMatchObject({ score: 66, temperature: "WARM" });
    // 60 days on the reply is out of its window; the lead, created 60 days before, was not touched for 30 days: 55 − 10.
    await getDb().lead.update({ where: { id }, data: { createdAt: NOW } });
    await rescoreAllLeads({ now: at(60) });
    expect((await stored(id)).score).toBe(45);
    // Becoming HOT again (a new reply) notifies again: once per time it becomes HOT.
    await logActivity(sales, { type: "EMAIL", direction: "INBOUND", leadId: id }, at(60));
    expect((await hotNotifications(sales.id)).filter((n) => n.href === `/leads/${id}`)).toHaveLength(2);
  });

  it("runs as the LEAD_SCORING job, nightly, resumably, over more leads than one chunk", async () => {
    expect(JOB_SCHEDULES.find((s) => s.name === "lead-scoring")).toMatchObject({ job: leadScoringJob });
    const stageId = (await leadStages()).New;
    const rows = Array.from({ length: 2_100 }, (_, n) => ({ id: `bulk${String(n).padStart(5, "0")}${randomUUID().slice(0, 6)}`, name: `Bulk ${n}`, stageId, hasWebsite: n % 2 === 0, rating: 4.2 }));
    await getDb().lead.createMany({ data: rows });
    const jobId = await queueLeadScoring(admin.id);
    // Asked again while it waits: the same job.
    expect(await queueLeadScoring(admin.id)).toBe(jobId);
    expect(await runJobNow(leadScoringJob, jobId, { pollMs: 20 })).toBe("SUCCEEDED");
    const job = await getDb().job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.processed).toBe(await getDb().lead.count());
    const scores = await getDb().lead.groupBy({ by: ["score"], where: { name: { startsWith: "Bulk " } }, _count: true, orderBy: { score: "asc" } });
    expect(scores.map((s) => [s.score, s._count])).toEqual([
      [10, 1_050],
      [35, 1_050],
    ]);
    expect(await getDb().lead.count({ where: { name: { startsWith: "Bulk " }, scoredAt: null } })).toBe(0);
  });

  it("checkpoints SQLite's WAL less often while it runs, and puts the setting back, also when a chunk fails", async () => {
    // Inside the chunk's transaction the pragma is read through its `tx` (the same connection): getDb() would wait for the transaction to end.
    const autocheckpoint = async (db: Pick<Tx, "$queryRawUnsafe"> = getDb()) =>
      isPostgres() ? null : Number((await db.$queryRawUnsafe<Array<{ wal_autocheckpoint: bigint }>>("PRAGMA wal_autocheckpoint"))[0].wal_autocheckpoint);
    await createLead(sales, fitLead("Checkpoint Cafe"), NOW);
    const before = await autocheckpoint();
    let during: number | null = null;
    const stop = new Error("stop after the first chunk");
    await expect(
      rescoreAllLeads({
        now: NOW,
        onChunk: async (tx) => {
          during = await autocheckpoint(tx);
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(await autocheckpoint()).toBe(before);
    if (!isPostgres()) expect(during).toBeGreaterThan(before!);
    await rescoreAllLeads({ now: NOW });
    expect(await autocheckpoint()).toBe(before);
  });
});

describe("admin changes", () => {
  it("lets only admins change rules and settings, and queues a rescore on each change", async () => {
    await getDb().job.deleteMany({ where: { type: "LEAD_SCORING" } });
    const input: ScoringRuleInput = { kind: "FIT", name: "Seafood", subject: "niche", operator: "in", value: ["Seafood"], points: 10 };
    await expect(createScoringRule(sales, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveScoringSettings(sales, { halfLifeDays: 7, hotThreshold: 60, warmThreshold: 30 })).rejects.toBeInstanceOf(ForbiddenError);
    const rule = await createScoringRule(admin, input);
    expect(rule.position).toBe(14);
    expect(await getDb().job.count({ where: { type: "LEAD_SCORING", status: "QUEUED" } })).toBe(1);
    await updateScoringRule(admin, rule.id, { ...input, points: 20 });
    await setScoringRuleEnabled(admin, rule.id, false);
    expect(await getDb().job.count({ where: { type: "LEAD_SCORING", status: "QUEUED" } })).toBe(1);
    await expect(saveScoringSettings(admin, { halfLifeDays: 7, hotThreshold: 60, warmThreshold: 60 })).rejects.toBeInstanceOf(ValidationError);
    await saveScoringSettings(admin, { halfLifeDays: 7, hotThreshold: 60, warmThreshold: 30 });

    const ids = (await listScoringRules()).map((r) => r.id);
    await expect(reorderScoringRules(admin, ids.slice(1))).rejects.toBeInstanceOf(ValidationError);
    await reorderScoringRules(admin, [...ids].reverse());
    expect((await listScoringRules())[0].id).toBe(rule.id);

    // The new thresholds apply at the next rescore: 55 is HOT from 60? no — WARM from 30.
    const { id } = await createLead(sales, fitLead("Threshold Bar"), NOW);
    expect(await stored(id)).toMatchObject({ score: 55, temperature: "WARM" });
    await deleteScoringRule(admin, rule.id);
    expect(await ensureDefaultScoringRules()).toBe(0);
    await saveScoringSettings(admin, { halfLifeDays: 14, hotThreshold: 70, warmThreshold: 40 });
  });
});

describe("the notification centre", () => {
  it("lists a user's notifications, counts the unread, polls for new ones and marks them read", async () => {
    const user = await createTestUser("SALES");
    const { id } = await createLead(user, fitLead("Bell Taverna"), NOW);
    await logActivity(user, { type: "EMAIL", direction: "INBOUND", leadId: id }, NOW);
    // Other features (gamification) may add notifications of their own for the same activity.
    await getDb().notification.deleteMany({ where: { userId: user.id, kind: { not: "LEAD_HOT" } } });
    const feed = await getNotificationFeed(user.id, {});
    expect(feed.unread).toBe(1);
    expect(feed.items.map((n) => n.kind)).toEqual(["LEAD_HOT"]);
    expect((await getNotificationFeed(user.id, { after: NOW.toISOString() })).items).toEqual([]);
    expect((await getNotificationFeed(user.id, { after: at(-1).toISOString() })).items).toHaveLength(1);
    await expect(getNotificationFeed(user.id, { after: "yesterday" })).rejects.toBeInstanceOf(ValidationError);
    // Another user's notification is not touched.
    expect(await markNotificationsRead(admin.id, [feed.items[0].id], NOW)).toBe(0);
    expect(await markNotificationsRead(user.id, "all", NOW)).toBe(1);
    expect((await listNotifications(user.id))[0].readAt).toEqual(NOW);
    expect((await getNotificationFeed(user.id, {})).unread).toBe(0);
  });
});
