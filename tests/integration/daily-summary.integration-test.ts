import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as dailySummaryRoute from "@/app/api/cron/daily-summary/route";
import type { Role } from "@/lib/enums";
import { getDb } from "@/server/db";
import { resendRequestPacer } from "@/server/email/resend-request-pacer";
import { ConflictError, ValidationError } from "@/server/errors";
import { buildDailySummary } from "@/server/services/daily-summary/build-daily-summary";
import { awardInTx } from "@/server/services/gamification/ledger";
import { startPause } from "@/server/services/gamification/pause";
import { getDailySummarySettings } from "@/server/services/daily-summary/get-daily-summary-settings";
import { previewDailySummary } from "@/server/services/daily-summary/preview-daily-summary";
import { sendDailySummaries } from "@/server/services/daily-summary/send-daily-summaries";
import { sendDailySummaryNow } from "@/server/services/daily-summary/send-daily-summary-now";
import { createLead } from "@/server/services/leads/create-lead";
import { suppressAddress } from "@/server/services/suppression/suppress-address";
import { updateDailySummarySettings } from "@/server/services/users/update-daily-summary-settings";
import { createDealPipeline, createTestDeal } from "../support/board-factories";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";
import { createTestUser, type TestActor } from "../support/factories";

// 2026-05-04 is a Monday. All clocks are pinned; local hours are worked out in each test's zone.
const MONDAY_10 = new Date("2026-05-04T10:00:00Z");
const TUESDAY_10 = new Date("2026-05-05T10:00:00Z");
const SATURDAY_10 = new Date("2026-05-09T10:00:00Z");
const SECRET = "daily-summary-cron-secret-0123456789";
const ENV_KEYS = ["RESEND_API_KEY", "RESEND_BASE_URL", "UNSUBSCRIBE_SECRET", "NEXTAUTH_URL", "EMAIL_FROM", "CRON_SECRET"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let fake: FakeResend;

beforeAll(async () => {
  fake = await startFakeResend({ apiKey: "re_test_key", requestsPerSecond: null });
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.UNSUBSCRIBE_SECRET = "integration-unsubscribe-secret";
  process.env.NEXTAUTH_URL = "https://crm.example.com";
  process.env.EMAIL_FROM = "Leadwell <hello@leadwell.example>";
  // The process's pacer keeps the Date.now it was created with: create it on the real clock, not
  // inside the test that pins Date (a frozen clock would make every later send wait longer).
  resendRequestPacer();
});
afterAll(async () => {
  await fake.close();
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

// sendDailySummaries looks at every user, so each test starts from an empty workspace.
beforeEach(async () => {
  const db = getDb();
  await db.activity.deleteMany();
  await db.task.deleteMany();
  await db.deal.deleteMany();
  await db.project.deleteMany();
  await db.recurringLine.deleteMany();
  await db.company.deleteMany();
  await db.lead.deleteMany();
  await db.dailySummary.deleteMany();
  await db.emailMessage.deleteMany();
  await db.emailSuppression.deleteMany();
  await db.exchangeRate.deleteMany();
  await db.user.deleteMany();
  fake.reset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** A user with a sign-in address, in `timeZone`, with the daily summary choice and hour given. */
async function user(role: Role, options: { timeZone?: string; enabled?: boolean | null; hour?: number } = {}): Promise<TestActor> {
  const actor = await createTestUser(role, options.timeZone ?? "UTC");
  await getDb().user.update({ where: { id: actor.id }, data: { dailySummaryEnabled: options.enabled ?? null, dailySummaryHour: options.hour ?? 8 } });
  return actor;
}

const recipients = () => fake.sent.map((email) => email.to[0]).sort();
const rows = () => getDb().dailySummary.findMany({ select: { userId: true, localDate: true, emailMessageId: true }, orderBy: { localDate: "asc" } });

describe("GET /api/cron/daily-summary", () => {
  const call = (authorization?: string) => dailySummaryRoute.GET(new Request("http://localhost/api/cron/daily-summary", { headers: authorization === undefined ? {} : { authorization } }));

  it("refuses a missing or wrong secret (401) and an unset one (503), and sends nothing", async () => {
    await user("ADMIN", { hour: 0 });
    vi.stubEnv("CRON_SECRET", SECRET);
    for (const authorization of [undefined, "", "Bearer", `Bearer ${SECRET}x`, `Basic ${SECRET}`]) {
      const response = await call(authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    vi.stubEnv("CRON_SECRET", "");
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    expect((await call(`Bearer ${SECRET}`)).status).toBe(503);
    expect(fake.sent).toEqual([]);
    expect(await rows()).toEqual([]);
  });

  it("sends one email per opted-in user however often it is called", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TUESDAY_10);
    vi.stubEnv("CRON_SECRET", SECRET);
    const admin = await user("ADMIN"); // default: on
    const sales = await user("SALES", { enabled: true });
    await user("SALES"); // default: off
    await user("MANAGER", { enabled: false }); // opted out

    const first = await call(`Bearer ${SECRET}`);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ route: "daily-summary", slot: "2026-05-05T10:00:00.000Z", duplicate: false, summary: { sent: 2, skipped: 0, failed: 0 } });
    const second = await call(`Bearer ${SECRET}`);
    expect(await second.json()).toMatchObject({ summary: { sent: 0, skipped: 2, failed: 0 } });

    expect(recipients()).toEqual([admin.email, sales.email].sort());
    // Both in one call to Resend's batch endpoint, not one request each.
    expect(fake.sent.map((email) => email.endpoint)).toEqual(["/emails/batch", "/emails/batch"]);
    expect(new Set(fake.sent.map((email) => email.idempotencyKey)).size).toBe(1);
    const stored = await rows();
    expect(stored.map((r) => [r.userId, r.localDate]).sort()).toEqual([[admin.id, "2026-05-05"], [sales.id, "2026-05-05"]].sort());
    expect(stored.every((r) => r.emailMessageId !== null)).toBe(true);
  });
});

describe("sendDailySummaries", () => {
  it("puts last week's section in Monday's summary and not in Tuesday's", async () => {
    const admin = await user("ADMIN");
    expect(await sendDailySummaries({ now: MONDAY_10 })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    const [monday, tuesday] = fake.sent;
    expect(monday.to).toEqual([admin.email]);
    expect(monday.html).toContain("Last week");
    expect(monday.subject).toMatch(/^Your day, Mon 4 May/);
    expect(tuesday.html).not.toContain("Last week");
    expect(tuesday.subject).toMatch(/^Your day, Tue 5 May/);
    // Turned off in the profile, not by an unsubscribe link (which would suppress the user's own address).
    expect(monday.headers?.["List-Unsubscribe"]).toBeUndefined();
    expect(monday.html).toContain("/settings/profile");
    expect((await rows()).map((r) => r.localDate)).toEqual(["2026-05-04", "2026-05-05"]);
  });

  it("sends nothing on a Saturday or a Sunday", async () => {
    await user("ADMIN", { hour: 0 });
    await user("SALES", { enabled: true, hour: 0 });
    expect(await sendDailySummaries({ now: SATURDAY_10 })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(await sendDailySummaries({ now: new Date("2026-05-10T23:00:00Z") })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(fake.sent).toEqual([]);
    expect(await rows()).toEqual([]);
  });

  it("respects an opt-out, is on by default for admins and off for managers and sales", async () => {
    const admin = await user("ADMIN");
    await user("ADMIN", { enabled: false });
    await user("MANAGER");
    await user("SALES");
    const optedIn = await user("SALES", { enabled: true });
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 2, skipped: 0, failed: 0 });
    expect(recipients()).toEqual([admin.email, optedIn.email].sort());
  });

  it("sends nothing before the send hour, sends from it on, and catches up later the same day", async () => {
    const early = await user("ADMIN", { hour: 9, timeZone: "Europe/Nicosia" }); // UTC+3 in May
    expect(await sendDailySummaries({ now: new Date("2026-05-05T05:59:59Z") })).toEqual({ sent: 0, skipped: 0, failed: 0 }); // 08:59:59 local
    expect(await sendDailySummaries({ now: new Date("2026-05-05T06:00:00Z") })).toEqual({ sent: 1, skipped: 0, failed: 0 }); // 09:00 local
    expect(await sendDailySummaries({ now: new Date("2026-05-05T07:00:00Z") })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    // A run missed on Wednesday morning: the afternoon call sends it.
    expect(await sendDailySummaries({ now: new Date("2026-05-06T13:00:00Z") })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(recipients()).toEqual([early.email, early.email]);
    expect((await rows()).map((r) => r.localDate)).toEqual(["2026-05-05", "2026-05-06"]);
  });

  it("takes the day and the weekday from the user's time zone", async () => {
    const auckland = await user("ADMIN", { timeZone: "Pacific/Auckland" }); // UTC+12 in May
    const losAngeles = await user("ADMIN", { timeZone: "America/Los_Angeles" }); // UTC-7 in May
    // Friday 21:00 UTC: Saturday 09:00 in Auckland, Friday 14:00 in Los Angeles.
    expect(await sendDailySummaries({ now: new Date("2026-05-08T21:00:00Z") })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(recipients()).toEqual([losAngeles.email]);
    fake.reset();
    // Monday 06:00 UTC: Sunday 23:00 in Los Angeles; Monday 18:00 in Auckland.
    expect(await sendDailySummaries({ now: new Date("2026-05-04T06:00:00Z") })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(recipients()).toEqual([auckland.email]);
    expect(fake.sent[0].html).toContain("Last week");
    // Monday 15:00 UTC: Monday 08:00 in Los Angeles; Tuesday 03:00 in Auckland (before its hour).
    fake.reset();
    expect(await sendDailySummaries({ now: new Date("2026-05-04T15:00:00Z") })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(recipients()).toEqual([losAngeles.email]);
    expect(fake.sent[0].html).toContain("Last week");
    const byUser = (await rows()).map((r) => `${r.userId === auckland.id ? "auckland" : "la"} ${r.localDate}`).sort();
    expect(byUser).toEqual(["auckland 2026-05-04", "la 2026-05-04", "la 2026-05-08"]);
  });

  it("gives the day back when the send fails, so the next call retries", async () => {
    const admin = await user("ADMIN");
    fake.failNext(1, 422);
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 0, skipped: 0, failed: 1 });
    expect(await rows()).toEqual([]);
    expect(await getDb().emailMessage.findFirstOrThrow({ where: { toAddress: admin.email } })).toMatchObject({ status: "FAILED" });
    expect(await sendDailySummaries({ now: new Date("2026-05-05T11:00:00Z") })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(recipients()).toEqual([admin.email]);
  });

  it("goes to the outbox without RESEND_API_KEY, once", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    const admin = await user("ADMIN");
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(fake.sent).toEqual([]);
    const [row] = await rows();
    const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: row.emailMessageId! } });
    expect(message).toMatchObject({ outbox: true, status: "SENT", toAddress: admin.email, sentById: admin.id });
    expect(message.html).toContain("Your day");
  });

  it("skips a suppressed address", async () => {
    const admin = await user("ADMIN");
    await suppressAddress(admin.email, { reason: "HARD_BOUNCE" });
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(fake.sent).toEqual([]);
  });
});

describe("the summary's figures", () => {
  it("match the seeded follow-ups, tasks, outreach, new leads, deals, revenue and MRR", async () => {
    const db = getDb();
    const now = new Date("2026-05-04T07:30:00Z"); // Monday 10:30 in Nicosia (UTC+3)
    const me = await user("MANAGER", { timeZone: "Europe/Nicosia" });
    const other = await user("SALES");
    const at = (iso: string) => new Date(iso);

    // Follow-ups (leads' next action days): mine 2 today, 1 overdue, 1 tomorrow, 1 converted (not counted); the other's 1 today.
    const lead = async (nextActionAt: string | null, extra: { createdAt?: Date; convertedAt?: Date; ownerId?: string } = {}) => {
      const { id } = await createLead(me, { name: `Lead ${Math.random().toString(36).slice(2, 8)}` });
      const data = { nextActionAt: nextActionAt ? at(nextActionAt) : null, createdAt: extra.createdAt ?? at("2026-01-01T00:00:00Z"), convertedAt: extra.convertedAt ?? null };
      await db.lead.update({ where: { id }, data: { ...data, ownerId: extra.ownerId ?? me.id } });
      return id;
    };
    await lead("2026-05-03T21:00:00Z"); // today 00:00 local
    await lead("2026-05-04T20:59:00Z"); // today 23:59 local
    await lead("2026-05-03T20:59:00Z"); // yesterday local: overdue
    await lead("2026-05-04T21:00:00Z"); // tomorrow
    await lead("2026-05-01T00:00:00Z", { convertedAt: at("2026-05-02T00:00:00Z") });
    await lead("2026-05-04T10:00:00Z", { ownerId: other.id });
    // New leads: created yesterday (Sunday) local, and earlier this week is only today (Monday).
    await lead(null, { createdAt: at("2026-05-03T10:00:00Z") }); // Sunday: yesterday, and last week
    await lead(null, { createdAt: at("2026-05-03T21:30:00Z") }); // Monday 00:30 local: this week

    // Tasks assigned to me: today, overdue, done (not counted); one assigned to another user.
    const task = (dueAt: string, assigneeId: string, status: "OPEN" | "DONE" = "OPEN") => db.task.create({ data: { title: "T", dueAt: at(dueAt), assigneeId, status } });
    await task("2026-05-04T12:00:00Z", me.id);
    await task("2026-05-03T06:00:00Z", me.id);
    await task("2026-05-01T06:00:00Z", me.id);
    await task("2026-05-01T06:00:00Z", me.id, "DONE");
    await task("2026-05-04T12:00:00Z", other.id);

    // Outreach (outbound touches): mine yesterday 2, today 1 (this week), last week 1 more; inbound not counted; the team's.
    const touch = (occurredAt: string, authorId: string, direction: "OUTBOUND" | "INBOUND" = "OUTBOUND", type: "CALL" | "NOTE" = "CALL") =>
      db.activity.create({ data: { type, direction, occurredAt: at(occurredAt), authorId } });
    await touch("2026-05-03T08:00:00Z", me.id);
    await touch("2026-05-03T20:00:00Z", me.id);
    await touch("2026-05-04T06:00:00Z", me.id);
    await touch("2026-04-28T06:00:00Z", me.id);
    await touch("2026-05-03T09:00:00Z", me.id, "INBOUND");
    await touch("2026-05-03T09:00:00Z", me.id, "OUTBOUND", "NOTE");
    await touch("2026-05-03T09:00:00Z", other.id);
    await touch("2026-05-04T05:00:00Z", other.id);

    // Deals closed last week (Mon 27 Apr – Sun 3 May local): mine won 1, lost 1; the other's won 1; one closed this week.
    const pipeline = await createDealPipeline();
    const close = async (stage: "Won" | "Lost", ownerId: string, closedAt: string) => {
      const id = await createTestDeal(pipeline, stage, { ownerId });
      await db.deal.update({ where: { id }, data: { closedAt: at(closedAt) } });
    };
    await close("Won", me.id, "2026-04-27T10:00:00Z");
    await close("Lost", me.id, "2026-05-03T20:00:00Z");
    await close("Won", other.id, "2026-04-30T10:00:00Z");
    await close("Won", me.id, "2026-05-04T06:00:00Z");

    // Revenue and MRR in EUR; USD at 0.9; GBP without a rate.
    await db.exchangeRate.create({ data: { currency: "USD", rate: 0.9 } });
    const company = await db.company.create({ data: { name: "Client", status: "CLIENT" }, select: { id: true } });
    const churned = await db.company.create({ data: { name: "Gone", status: "CLIENT" }, select: { id: true } });
    const fresh = await db.company.create({ data: { name: "New", status: "CLIENT" }, select: { id: true } });
    const project = (amount: number, currency: string, paidAt: string) => db.project.create({ data: { name: "P", companyId: company.id, amount, currency, status: "PAID", paidAt: at(paidAt) } });
    await project(100_000, "EUR", "2026-04-29T10:00:00Z");
    await project(50_000, "USD", "2026-05-02T10:00:00Z");
    await project(30_000, "GBP", "2026-05-01T10:00:00Z");
    await project(70_000, "EUR", "2026-05-04T06:00:00Z"); // this week
    const line = (companyId: string, kind: "HOSTING" | "SAAS", amount: number, currency: string, billingPeriod: "MONTH" | "YEAR", startsAt: string, endsAt: string | null = null) =>
      db.recurringLine.create({ data: { companyId, kind, amount, currency, billingPeriod, startsAt: at(startsAt), endsAt: endsAt ? at(endsAt) : null } });
    await line(company.id, "HOSTING", 2_000, "EUR", "MONTH", "2025-01-10T00:00:00Z");
    await line(company.id, "SAAS", 120_000, "USD", "YEAR", "2025-06-01T00:00:00Z"); // 100 USD a month = 90 EUR
    await line(churned.id, "HOSTING", 3_000, "EUR", "MONTH", "2025-01-01T00:00:00Z", "2026-05-02T00:00:00Z");
    await line(fresh.id, "SAAS", 5_000, "EUR", "MONTH", "2026-05-01T12:00:00Z");
    await line(fresh.id, "HOSTING", 1_000, "GBP", "MONTH", "2026-05-01T12:00:00Z");

    // Game progress: 450 XP this week and 100 last week (550: level 3, 250 to level 4); a 4-day streak last extended yesterday.
    const award = (sourceId: string, xp: number, occurredAt: string) =>
      db.$transaction((tx) => awardInTx(tx, { userId: me.id, rule: "TEST_AWARD", sourceType: "test", sourceId, xp, tokens: 0, occurredAt: at(occurredAt) }));
    await award("this-week", 450, "2026-05-04T06:00:00Z");
    await award("last-week", 100, "2026-04-29T06:00:00Z");
    await db.gameProfile.update({ where: { userId: me.id }, data: { currentStreak: 4, longestStreak: 9, streakLastDay: "2026-05-03" } });

    const summary = await buildDailySummary(me, now);

    expect(summary.localDate).toBe("2026-05-04");
    expect(summary.followUps).toEqual({ today: { mine: 2, team: 3 }, overdue: { mine: 1, team: 1 } });
    expect(summary.tasks).toEqual({ today: 1, overdue: 2 });
    expect(summary.outreach).toEqual({ yesterday: { mine: 2, team: 3 }, week: { mine: 1, team: 2 } });
    expect(summary.newLeads).toEqual({ yesterday: 1, week: 1 });
    expect(summary.lastWeek).toEqual({
      outreach: { mine: 3, team: 4 },
      dealsWon: { mine: 1, team: 2 },
      dealsLost: { mine: 1, team: 1 },
      revenue: { total: 145_000, currency: "EUR", missingRates: ["GBP"] },
    });
    expect(summary.mrr).toEqual({ currency: "EUR", total: 2_000 + 9_000 + 5_000, hosting: 2_000, saas: 9_000 + 5_000, newThisMonth: 5_000, churnedThisMonth: 3_000, missingRates: ["GBP"] });
    expect(summary.progress).toEqual({ streakDays: 4, paused: false, xp: 550, xpThisWeek: 450, level: 3, xpToNextLevel: 250 });
    expect(summary.links.gamification).toBe("https://crm.example.com/gamification");
    expect(summary.links.followUpsToday).toBe("https://crm.example.com/leads?followUp=today&sort=nextActionAt&dir=asc");
    expect(summary.links.outreachYesterday).toBe("https://crm.example.com/outreach?from=2026-05-03&to=2026-05-03&by=me");

    // A sales user sees no team figures; Tuesday has no last week.
    const salesSummary = await buildDailySummary({ ...other, timeZone: "Europe/Nicosia" }, new Date("2026-05-05T07:30:00Z"));
    expect(salesSummary.outreach.week).toEqual({ mine: 1, team: null });
    expect(salesSummary.lastWeek).toBeUndefined();

    // The email shows those numbers.
    const { html, text } = await previewDailySummary(me, now);
    expect(html).toContain("€160");
    expect(html).toContain("2 · team 3");
    expect(text).toContain("Deals won");
    expect(html).toContain("Without GBP (no exchange rate)");
    // Streak, XP and level, linking to /gamification.
    expect(text).toMatch(/Outreach streak[\s\S]*4 days/);
    expect(text).toMatch(/XP[\s\S]*550/);
    expect(html).toContain("+450 this week");
    expect(html).toContain("250 XP to level 4");
    expect(html).toContain('href="https://crm.example.com/gamification"');
    // A sales user with no game yet: no streak, level 1.
    expect(salesSummary.progress).toMatchObject({ streakDays: 0, paused: false, xp: 0, level: 1, xpToNextLevel: 150 });
    // While a pause is on, the streak line says it is frozen.
    await startPause(other, { days: 2, reason: "Conference" }, new Date("2026-05-05T07:00:00Z"));
    const paused = await buildDailySummary({ ...other, timeZone: "Europe/Nicosia" }, new Date("2026-05-05T07:30:00Z"));
    expect(paused.progress!.paused).toBe(true);
  });
});

describe("Send me one now, preview and settings", () => {
  it("sends today's summary at once, on a weekend and opted out, without taking the day", async () => {
    const sales = await user("SALES", { enabled: false, hour: 23 });
    const sent = await sendDailySummaryNow(sales, SATURDAY_10);
    expect(sent).toMatchObject({ outbox: false, to: sales.email });
    expect(recipients()).toEqual([sales.email]);
    expect(await rows()).toEqual([]);

    // Opted in, it still gets the scheduled one that day.
    const admin = await user("ADMIN", { hour: 8 });
    await sendDailySummaryNow(admin, TUESDAY_10);
    expect(await sendDailySummaries({ now: TUESDAY_10 })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(fake.sentTo(admin.email)).toBe(2);
  });

  it("refuses to send now to a suppressed address", async () => {
    const admin = await user("ADMIN");
    await suppressAddress(admin.email, { reason: "COMPLAINT" });
    await expect(sendDailySummaryNow(admin, TUESDAY_10)).rejects.toBeInstanceOf(ConflictError);
    expect(fake.sent).toEqual([]);
  });

  it("previews without storing or sending anything", async () => {
    const admin = await user("ADMIN");
    const preview = await previewDailySummary(admin, SATURDAY_10);
    expect(preview.subject).toMatch(/^Your day, Sat 9 May: 0 follow-ups, 0 tasks$/);
    expect(preview.html).toContain("Your day");
    expect(fake.sent).toEqual([]);
    expect(await getDb().emailMessage.count()).toBe(0);
  });

  it("saves the choice and the hour, shows the role's default until then, and refuses bad input field by field", async () => {
    const sales = await user("SALES");
    expect(await getDailySummarySettings(sales.id)).toEqual({ dailySummaryEnabled: false, dailySummaryHour: 8, isDefault: true });
    const admin = await user("ADMIN");
    expect(await getDailySummarySettings(admin.id)).toMatchObject({ dailySummaryEnabled: true, isDefault: true });

    await updateDailySummarySettings(sales, { dailySummaryEnabled: true, dailySummaryHour: "17" });
    expect(await getDailySummarySettings(sales.id)).toEqual({ dailySummaryEnabled: true, dailySummaryHour: 17, isDefault: false });
    expect(await getDb().auditLog.count({ where: { entityId: sales.id, entityType: "User" } })).toBe(1);

    for (const [input, field] of [
      [{ dailySummaryEnabled: true, dailySummaryHour: 24 }, "dailySummaryHour"],
      [{ dailySummaryEnabled: true, dailySummaryHour: -1 }, "dailySummaryHour"],
      [{ dailySummaryEnabled: true, dailySummaryHour: 7.5 }, "dailySummaryHour"],
      [{ dailySummaryEnabled: true, dailySummaryHour: "eight" }, "dailySummaryHour"],
      [{ dailySummaryEnabled: true, dailySummaryHour: { $gt: 1 } }, "dailySummaryHour"],
      [{ dailySummaryEnabled: "yes", dailySummaryHour: 8 }, "dailySummaryEnabled"],
      [null, ""],
    ] as const) {
      const error = await updateDailySummarySettings(sales, input).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      if (field) expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    }
    expect(await getDailySummarySettings(sales.id)).toMatchObject({ dailySummaryHour: 17 });
  });
});
