// Sequences (issue 12 §2): the scheduler tick on a pinned clock — send windows across time zones
// and DST, waits in business days, daily caps and spacing per sender, skips recorded, every exit
// rule, one active enrolment per sequence, and two racing ticks never sending a step twice. Emails
// go to the fake Resend server. Runs on SQLite and PostgreSQL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { signUnsubscribeToken } from "@/server/email/unsubscribe-token";
import { ConflictError, ForbiddenError, ValidationError } from "@/server/errors";
import { recordActivity, type ActivityDraft } from "@/server/services/activities/record-activity";
import { unsubscribeEmailMessage } from "@/server/services/email/unsubscribe-email-message";
import { applyMessageEvent, eventMessageSelect, newMessageEventWrites, writeMessageEvents } from "@/server/services/email-events/apply-message-event";
import { recordInboundReply } from "@/server/services/email-events/record-inbound-reply";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { changeSequenceStatus } from "@/server/services/sequences/change-sequence-status";
import { createSequence } from "@/server/services/sequences/create-sequence";
import { enrolInSequence } from "@/server/services/sequences/enrol-in-sequence";
import { getSequenceStats } from "@/server/services/sequences/get-sequence-stats";
import { runSequenceTick } from "@/server/services/sequences/run-sequence-tick";
import { unenrolFromSequence } from "@/server/services/sequences/unenrol-from-sequence";
import { updateSequence } from "@/server/services/sequences/update-sequence";
import { suppressAddress } from "@/server/services/suppression/suppress-address";
import { createTemplate } from "@/server/services/templates/create-template";
import type { SequenceInput } from "@/lib/validation/sequence";
import type { ResendEmailEvent } from "@/lib/email/resend-event";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";
import { createTestUser, leadStages, uniqueTag, type TestActor } from "../support/factories";

let fake: FakeResend;
const savedEnv = { ...process.env };

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = "re_test";
  process.env.RESEND_BASE_URL = fake.url;
  process.env.UNSUBSCRIBE_SECRET ??= "sequence-test-secret";
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  process.env.EMAIL_FROM = "Leadwell <sequences@example.com>";
});

afterAll(async () => {
  await fake.close();
  process.env = savedEnv;
});

afterEach(async () => {
  fake.reset();
  fake.setRateLimit(null);
  // Each test's sequences stop taking part in later ticks.
  await getDb().sequence.updateMany({ data: { status: "ARCHIVED" } });
});

/** A tick on a pinned clock, without waiting between Resend tries longer than needed. */
const tick = (at: Date | string) => runSequenceTick({ now: () => new Date(at), pacer: null });

async function emailTemplate(actor: TestActor, variants = false) {
  return createTemplate(actor, {
    name: `Seq ${uniqueTag()}`,
    category: "EMAIL",
    subcategory: "COLD_OUTREACH",
    subject: "Hi {{ businessName }}",
    body: 'Hello {{ firstName | default: "there" }}',
    variants: variants ? [{ label: "B", subject: "Hey {{ businessName }}", body: "Hey {{ firstName }}" }] : [],
  });
}

/** An active sequence: email, wait 2 days, WhatsApp task (or the steps given). */
async function activeSequence(actor: TestActor, overrides: Partial<SequenceInput> = {}) {
  const template = await emailTemplate(actor);
  const input: SequenceInput = {
    name: `Sequence ${uniqueTag()}`,
    steps: [
      { kind: "EMAIL", templateId: template.id },
      { kind: "WAIT", waitDays: 2, businessDays: false },
      { kind: "TASK", channel: "WHATSAPP", title: "WhatsApp {{ businessName }}", body: "Hi {{ firstName }}, did you see my email?" },
    ],
    sendDays: [1, 2, 3, 4, 5, 6, 7],
    sendFromHour: 0,
    sendToHour: 24,
    ...overrides,
  };
  const sequence = await createSequence(actor, input);
  await changeSequenceStatus(actor, sequence.id, { status: "ACTIVE" });
  return { ...sequence, templateId: template.id };
}

async function makeLead(actor: TestActor, fields: { email?: string | null; country?: string | null; city?: string | null; phone?: string | null; ownerId?: string | null } = {}) {
  const stages = await leadStages();
  const tag = uniqueTag();
  return getDb().lead.create({
    data: {
      name: `Biz ${tag}`,
      contactName: "Maria Georgiou",
      email: fields.email === undefined ? `${tag}@example.com` : fields.email,
      country: fields.country ?? null,
      city: fields.city ?? null,
      phone: fields.phone ?? null,
      ownerId: fields.ownerId === undefined ? actor.id : fields.ownerId,
      stageId: stages.New,
    },
    select: { id: true, email: true },
  });
}

const enrolment = (id: string) => getDb().sequenceEnrolment.findUniqueOrThrow({ where: { id }, select: { status: true, nextStep: true, nextRunAt: true, exitReason: true, activeKey: true } });

describe("building and enrolling", () => {
  it("refuses a window that ends before it starts, an unknown template variable and a foreign template", async () => {
    const actor = await createTestUser();
    const template = await emailTemplate(actor);
    await expect(createSequence(actor, { name: "x", steps: [{ kind: "EMAIL", templateId: template.id }], sendFromHour: 17, sendToHour: 9 })).rejects.toBeInstanceOf(ValidationError);
    await expect(createSequence(actor, { name: "x", steps: [{ kind: "TASK", channel: "CALL", title: "Call {{ nope }}", body: null }] })).rejects.toBeInstanceOf(ValidationError);
    await expect(createSequence(actor, { name: "x", steps: [{ kind: "EMAIL", templateId: "cmnotatemplate00000000001" }] })).rejects.toBeInstanceOf(ValidationError);
    await expect(createSequence(actor, { name: "x", steps: [{ kind: "WAIT", waitDays: 2, businessDays: false }] })).rejects.toBeInstanceOf(ValidationError);
  });

  it("keeps one active enrolment per record and sequence, and allows a new one after it ends", async () => {
    const actor = await createTestUser();
    const sequence = await activeSequence(actor);
    const lead = await makeLead(actor);
    const first = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] });
    expect(first).toMatchObject({ enrolled: 1, alreadyEnrolled: 0 });
    const again = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] });
    expect(again).toMatchObject({ enrolled: 0, alreadyEnrolled: 1 });
    expect(await getDb().sequenceEnrolment.count({ where: { sequenceId: sequence.id, leadId: lead.id } })).toBe(1);
    await unenrolFromSequence(actor, first.enrolmentIds[0]);
    await expect(unenrolFromSequence(actor, first.enrolmentIds[0])).rejects.toBeInstanceOf(ConflictError);
    const later = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] });
    expect(later.enrolled).toBe(1);
    const timeline = await getDb().activity.findMany({ where: { leadId: lead.id }, select: { subject: true } });
    expect(timeline.map((a) => a.subject)).toEqual(expect.arrayContaining([expect.stringContaining("Enrolled in the sequence"), expect.stringContaining("unenrolled by hand")]));
  });

  it("enrols by the leads list's filters, and a salesperson only their own leads", async () => {
    const admin = await createTestUser();
    const sales = await createTestUser("SALES");
    const sequence = await activeSequence(admin);
    const city = `City ${uniqueTag()}`;
    const mine = await makeLead(sales, { city, ownerId: sales.id });
    const theirs = await makeLead(admin, { city, ownerId: admin.id });
    await expect(enrolInSequence(sales, { sequenceId: sequence.id, leadIds: [theirs.id] })).rejects.toBeInstanceOf(ForbiddenError);
    const result = await enrolInSequence(sales, { sequenceId: sequence.id, leadFilters: { city } as never });
    expect(result.enrolled).toBe(1);
    const rows = await getDb().sequenceEnrolment.findMany({ where: { sequenceId: sequence.id }, select: { leadId: true, ownerId: true } });
    expect(rows).toEqual([{ leadId: mine.id, ownerId: sales.id }]);
  });
});

describe("the scheduler tick", () => {
  it("sends the email, waits two days, then makes the WhatsApp task with its wa.me link", async () => {
    const actor = await createTestUser();
    const sequence = await activeSequence(actor);
    const lead = await makeLead(actor, { country: "Cyprus", phone: "97 754374" });
    const start = new Date("2026-03-02T08:00:00Z");
    const { enrolmentIds } = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] }, start);
    const first = await tick("2026-03-02T08:01:00Z");
    expect(first).toMatchObject({ emailsSent: 1, claimed: 1 });
    expect(fake.sentTo(lead.email!)).toBe(1);
    expect(fake.sent[0].idempotencyKey).toMatch(/^sequence\/\d+\//);
    expect(fake.sent[0].subject).toContain("Hi Biz");
    const after = await enrolment(enrolmentIds[0]);
    expect(after).toMatchObject({ status: "ACTIVE", nextStep: 2 });
    // Two calendar days later at the same local time (Cyprus, UTC+2 in March before the change).
    expect(after.nextRunAt?.toISOString()).toBe("2026-03-04T08:01:00.000Z");

    expect((await tick("2026-03-03T08:01:00Z")).claimed).toBe(0);
    const third = await tick("2026-03-04T08:02:00Z");
    expect(third).toMatchObject({ tasksCreated: 1, completed: 1 });
    const run = await getDb().sequenceStepRun.findFirstOrThrow({ where: { enrolmentId: enrolmentIds[0], status: "TASK_OPEN" }, select: { task: { select: { title: true, notes: true, assigneeId: true, status: true } } } });
    expect(run.task).toMatchObject({ title: expect.stringContaining("WhatsApp Biz"), assigneeId: actor.id, status: "OPEN" });
    expect(run.task?.notes).toContain("https://wa.me/35797754374?text=Hi%20Maria%2C%20did%20you%20see%20my%20email%3F");
    expect((await enrolment(enrolmentIds[0])).status).toBe("COMPLETED");
    const runs = await getDb().sequenceStepRun.findMany({ where: { enrolmentId: enrolmentIds[0] }, select: { status: true } });
    expect(runs.map((r) => r.status).sort()).toEqual(["DONE", "SENT", "TASK_OPEN"]);
    const stats = await getSequenceStats(sequence.id);
    expect(stats.steps[0]).toMatchObject({ sent: 1 });
    expect(stats.funnel.enrolled).toBe(1);
    expect(stats.funnel.completed).toBe(1);
  });

  it("sends in each lead's own window: its country's zone, else its owner's, through a DST change", async () => {
    const actor = await createTestUser("ADMIN", "America/New_York");
    const sequence = await activeSequence(actor, { sendDays: [1, 2, 3, 4, 5], sendFromHour: 9, sendToHour: 17 });
    const cyprus = await makeLead(actor, { country: "Cyprus" });
    const chicago = await makeLead(actor, { country: "United States", city: "Chicago" });
    const owners = await makeLead(actor, {});
    // Friday 27 March 2026, 22:00 UTC: past the window in all three zones; Cyprus moves to
    // summer time on Sunday 29 March, the United States already did on 8 March.
    const at = new Date("2026-03-27T22:00:00Z");
    await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [cyprus.id, chicago.id, owners.id] }, at);
    const next = async (leadId: string) => (await getDb().sequenceEnrolment.findFirstOrThrow({ where: { sequenceId: sequence.id, leadId }, select: { nextRunAt: true } })).nextRunAt?.toISOString();
    expect(await next(cyprus.id)).toBe("2026-03-30T06:00:00.000Z"); // Monday 09:00 EEST (UTC+3)
    expect(await next(chicago.id)).toBe("2026-03-30T14:00:00.000Z"); // Monday 09:00 CDT (UTC−5)
    expect(await next(owners.id)).toBe("2026-03-30T13:00:00.000Z"); // the owner's New York, 09:00 EDT
    expect((await tick("2026-03-29T12:00:00Z")).claimed).toBe(0); // Sunday: nobody
    expect((await tick("2026-03-30T06:00:00Z")).emailsSent).toBe(1);
    expect(fake.sentTo(cyprus.email!)).toBe(1);
    expect((await tick("2026-03-30T14:00:00Z")).emailsSent).toBe(2);
  });

  it("waits in business days: an email on Friday and a 1-business-day wait run the task on Monday", async () => {
    const actor = await createTestUser();
    const template = await emailTemplate(actor);
    const sequence = await activeSequence(actor, {
      steps: [
        { kind: "EMAIL", templateId: template.id },
        { kind: "WAIT", waitDays: 1, businessDays: true },
        { kind: "TASK", channel: "CALL", title: "Call {{ businessName }}", body: null },
      ],
    });
    const lead = await makeLead(actor, {});
    const { enrolmentIds } = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] }, new Date("2026-03-06T10:00:00Z"));
    await tick("2026-03-06T10:00:00Z"); // Friday
    expect((await enrolment(enrolmentIds[0])).nextRunAt?.toISOString()).toBe("2026-03-09T10:00:00.000Z");
  });

  it("holds a sender to the daily cap in their own day, and spaces their emails", async () => {
    const actor = await createTestUser("ADMIN", "Europe/Nicosia");
    const capped = await activeSequence(actor, { dailyCap: 2 });
    const leads = [await makeLead(actor), await makeLead(actor), await makeLead(actor)];
    await enrolInSequence(actor, { sequenceId: capped.id, leadIds: leads.map((l) => l.id) }, new Date("2026-03-02T08:00:00Z"));
    const first = await tick("2026-03-02T08:00:00Z");
    expect(first).toMatchObject({ emailsSent: 2, deferred: 1 });
    const waiting = await getDb().sequenceEnrolment.findFirstOrThrow({ where: { sequenceId: capped.id, nextStep: 0 }, select: { nextRunAt: true } });
    // Midnight of 3 March in Nicosia (UTC+2).
    expect(waiting.nextRunAt?.toISOString()).toBe("2026-03-02T22:00:00.000Z");
    expect((await tick("2026-03-02T23:00:00Z")).emailsSent).toBe(1);

    const other = await createTestUser();
    const spaced = await activeSequence(other, { spacingMinutes: 10 });
    const two = [await makeLead(other), await makeLead(other)];
    await enrolInSequence(other, { sequenceId: spaced.id, leadIds: two.map((l) => l.id) }, new Date("2026-03-02T08:00:00Z"));
    expect(await tick("2026-03-02T08:00:00Z")).toMatchObject({ emailsSent: 1, deferred: 1 });
    const deferred = await getDb().sequenceEnrolment.findFirstOrThrow({ where: { sequenceId: spaced.id, nextStep: 0 }, select: { nextRunAt: true } });
    expect(deferred.nextRunAt?.toISOString()).toBe("2026-03-02T08:10:00.000Z");
    expect((await tick("2026-03-02T08:05:00Z")).emailsSent).toBe(0);
    expect((await tick("2026-03-02T08:10:00Z")).emailsSent).toBe(1);
  });

  it("skips suppressed, unsubscribed and email-less recipients and records why", async () => {
    const actor = await createTestUser();
    const sequence = await activeSequence(actor);
    const none = await makeLead(actor, { email: null });
    const suppressed = await makeLead(actor);
    await suppressAddress(suppressed.email!, { reason: "HARD_BOUNCE" });
    const contact = await getDb().contact.create({ data: { firstName: "Uma", email: `${uniqueTag()}@example.com`, emailStatus: "UNSUBSCRIBED", ownerId: actor.id }, select: { id: true } });
    const fine = await makeLead(actor);
    await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [none.id, suppressed.id, fine.id], contactIds: [contact.id] }, new Date("2026-03-02T08:00:00Z"));
    const result = await tick("2026-03-02T08:00:00Z");
    expect(result).toMatchObject({ emailsSent: 1, skipped: 3 });
    expect(fake.sent.map((e) => e.to[0])).toEqual([fine.email]);
    const skipped = await getDb().sequenceStepRun.findMany({ where: { status: "SKIPPED", enrolment: { sequenceId: sequence.id } }, select: { skipReason: true } });
    expect(skipped.map((s) => s.skipReason).sort()).toEqual(["No email address", "Suppressed: hard bounce", "Unsubscribed from email"]);
    const notes = await getDb().activity.findMany({ where: { leadId: none.id, subject: { contains: "email skipped" } }, select: { subject: true } });
    expect(notes).toHaveLength(1);
    // The skipped ones went on to their next step (the wait).
    expect(await getDb().sequenceEnrolment.count({ where: { sequenceId: sequence.id, nextStep: 2 } })).toBe(4);
  });

  it("never sends a step twice when two ticks race", async () => {
    const actor = await createTestUser();
    const sequence = await activeSequence(actor, { dailyCap: 1000 });
    const leads = [];
    for (let i = 0; i < 30; i++) leads.push(await makeLead(actor));
    await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: leads.map((l) => l.id) }, new Date("2026-03-02T08:00:00Z"));
    const [a, b] = await Promise.all([tick("2026-03-02T08:00:00Z"), tick("2026-03-02T08:00:00Z")]);
    expect(a.emailsSent + b.emailsSent).toBe(30);
    expect(a.claimed + b.claimed).toBe(30);
    expect(fake.sent).toHaveLength(30);
    expect(new Set(fake.sent.map((e) => e.to[0])).size).toBe(30);
    expect(await getDb().sequenceStepRun.count({ where: { enrolment: { sequenceId: sequence.id }, status: "SENT" } })).toBe(30);
    // And once more, later: nothing left to send at this step.
    await tick("2026-03-02T08:01:00Z");
    expect(fake.sent).toHaveLength(30);
  });

  it("sends A/B variants by the split and counts them per variant", async () => {
    const actor = await createTestUser();
    const template = await emailTemplate(actor, true);
    const sequence = await activeSequence(actor, { dailyCap: 1000, steps: [{ kind: "EMAIL", templateId: template.id, split: [{ label: "A", percent: 50 }, { label: "B", percent: 50 }] }] });
    const leads = [];
    for (let i = 0; i < 40; i++) leads.push(await makeLead(actor));
    await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: leads.map((l) => l.id) }, new Date("2026-03-02T08:00:00Z"));
    await tick("2026-03-02T08:00:00Z");
    const stats = await getSequenceStats(sequence.id);
    const variants = stats.steps[0].variants;
    expect(variants.map((v) => v.label).sort()).toEqual(["A", "B"]);
    expect(variants.reduce((sum, v) => sum + v.sent, 0)).toBe(40);
    expect(variants.every((v) => v.sent > 5)).toBe(true);
    expect(fake.sent.filter((e) => e.subject.startsWith("Hey")).length).toBe(variants.find((v) => v.label === "B")!.sent);
  });
});

describe("exit rules", () => {
  /** One lead enrolled in a sequence with the email sent and a task waiting: returns its ids. */
  async function enrolledAfterEmail(overrides: Partial<SequenceInput> = {}) {
    const actor = await createTestUser();
    const template = await emailTemplate(actor);
    const sequence = await activeSequence(actor, {
      steps: [
        { kind: "TASK", channel: "CALL", title: "Call {{ businessName }}", body: null },
        { kind: "EMAIL", templateId: template.id },
        { kind: "WAIT", waitDays: 3, businessDays: false },
        { kind: "EMAIL", templateId: template.id },
      ],
      ...overrides,
    });
    const lead = await makeLead(actor, { phone: "+357 97 754374" });
    const { enrolmentIds } = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] }, new Date("2026-03-02T08:00:00Z"));
    await tick("2026-03-02T08:00:00Z"); // the call task
    await tick("2026-03-02T08:00:00Z"); // the email
    const message = await getDb().emailMessage.findFirstOrThrow({ where: { leadId: lead.id }, select: { id: true } });
    return { actor, sequence, lead, enrolmentId: enrolmentIds[0], messageId: message.id };
  }

  async function expectExited(enrolmentId: string, reason: string) {
    const row = await enrolment(enrolmentId);
    expect(row).toMatchObject({ status: "EXITED", exitReason: reason, activeKey: null, nextRunAt: null });
    const runs = await getDb().sequenceStepRun.findMany({ where: { enrolmentId }, select: { status: true, task: { select: { status: true } } } });
    // The call task was closed; the step not reached (the last email) is cancelled.
    expect(runs.filter((r) => r.status === "CANCELLED").length).toBeGreaterThanOrEqual(2);
    expect(runs.every((r) => !r.task || r.task.status === "DONE")).toBe(true);
    expect(await tick("2026-03-09T08:00:00Z")).toMatchObject({ emailsSent: 0 });
  }

  const draft = (leadId: string, fields: Partial<ActivityDraft>): ActivityDraft => ({
    type: "WHATSAPP", direction: "INBOUND", outcome: null, subject: null, body: "Thanks!", occurredAt: new Date("2026-03-03T08:00:00Z"), durationSeconds: null, followUpDay: null, leadId, contactId: null, companyId: null, dealId: null, ...fields,
  });

  it("a reply on any channel (a logged inbound WhatsApp)", async () => {
    const { actor, lead, enrolmentId } = await enrolledAfterEmail();
    await getDb().$transaction((tx) => recordActivity(tx, actor, draft(lead.id, {}), new Date("2026-03-03T08:00:00Z")));
    await expectExited(enrolmentId, "REPLIED");
    const note = await getDb().activity.findFirst({ where: { leadId: lead.id, subject: { contains: "Left the sequence" } }, select: { subject: true } });
    expect(note?.subject).toContain("replied");
  });

  it("an email reply received by Resend (email.received)", async () => {
    const { lead, enrolmentId } = await enrolledAfterEmail();
    const event = { type: "email.received", created_at: "2026-03-03T08:00:00Z", data: { email_id: "in-1", from: `Maria <${lead.email}>`, to: ["sequences@example.com"], subject: "Re: Hi" } } as ResendEmailEvent;
    await getDb().$transaction((tx) => recordInboundReply(tx, event as never, new Date("2026-03-03T08:00:00Z")));
    await expectExited(enrolmentId, "REPLIED");
  });

  it("a booked call", async () => {
    const { actor, lead, enrolmentId } = await enrolledAfterEmail();
    await getDb().$transaction((tx) => recordActivity(tx, actor, draft(lead.id, { type: "CALL", direction: "OUTBOUND", outcome: "BOOKED_CALL" }), new Date("2026-03-03T08:00:00Z")));
    await expectExited(enrolmentId, "BOOKED_CALL");
  });

  for (const type of ["email.bounced", "email.complained"] as const) {
    it(`a ${type === "email.bounced" ? "bounce" : "complaint"}`, async () => {
      const { enrolmentId, messageId } = await enrolledAfterEmail();
      const message = await getDb().emailMessage.findUniqueOrThrow({ where: { id: messageId }, select: eventMessageSelect });
      const event = { type, created_at: "2026-03-03T08:00:00Z", data: { email_id: "x", from: "a@example.com", to: [message.toAddress], ...(type === "email.bounced" ? { bounce: { type: "Transient" } } : {}) } } as ResendEmailEvent;
      await getDb().$transaction(async (tx) => {
        const writes = newMessageEventWrites();
        await applyMessageEvent(tx, writes, { message: message as never, event, now: new Date("2026-03-03T08:00:00Z") });
        await writeMessageEvents(tx, writes, new Date("2026-03-03T08:00:00Z"));
      });
      await expectExited(enrolmentId, type === "email.bounced" ? "BOUNCED" : "COMPLAINED");
    });
  }

  it("an unsubscribe", async () => {
    const { enrolmentId, messageId } = await enrolledAfterEmail();
    await unsubscribeEmailMessage(signUnsubscribeToken(messageId), new Date("2026-03-03T08:00:00Z"));
    await expectExited(enrolmentId, "UNSUBSCRIBED");
  });

  it("the lead reaching Won, Lost, or a stage the sequence names — and not another stage", async () => {
    const stages = await leadStages();
    const won = await enrolledAfterEmail();
    await changeLeadStage(won.actor, won.lead.id, stages.Won, new Date("2026-03-03T08:00:00Z"));
    await expectExited(won.enrolmentId, "WON");
    const lost = await enrolledAfterEmail();
    await changeLeadStage(lost.actor, lost.lead.id, stages.Lost, new Date("2026-03-03T08:00:00Z"));
    await expectExited(lost.enrolmentId, "LOST");
    const named = await enrolledAfterEmail({ exitStageIds: [stages.Qualified] });
    await changeLeadStage(named.actor, named.lead.id, stages["Proposal Sent"], new Date("2026-03-03T08:00:00Z"));
    expect((await enrolment(named.enrolmentId)).status).toBe("ACTIVE");
    await changeLeadStage(named.actor, named.lead.id, stages.Qualified, new Date("2026-03-03T08:00:00Z"));
    await expectExited(named.enrolmentId, "STAGE");
  });

  it("a manual unenrol; others in the sequence go on", async () => {
    const { actor, sequence, enrolmentId } = await enrolledAfterEmail();
    const lead = await makeLead(actor);
    const other = await enrolInSequence(actor, { sequenceId: sequence.id, leadIds: [lead.id] }, new Date("2026-03-02T08:00:00Z"));
    await unenrolFromSequence(actor, enrolmentId, new Date("2026-03-03T08:00:00Z"));
    await expectExited(enrolmentId, "MANUAL");
    expect((await enrolment(other.enrolmentIds[0])).status).toBe("ACTIVE");
  });

  it("a paused sequence runs nothing until it is active again; edits keep steps by position", async () => {
    const { actor, sequence, enrolmentId } = await enrolledAfterEmail();
    await changeSequenceStatus(actor, sequence.id, { status: "PAUSED" });
    expect((await tick("2026-03-06T08:00:00Z")).claimed).toBe(0);
    const template = await emailTemplate(actor);
    await updateSequence(actor, sequence.id, { name: "Renamed", steps: [{ kind: "TASK", channel: "CALL", title: "Call", body: null }, { kind: "EMAIL", templateId: template.id }], sendFromHour: 0, sendToHour: 24, sendDays: [1, 2, 3, 4, 5, 6, 7] });
    await changeSequenceStatus(actor, sequence.id, { status: "ACTIVE" });
    await tick("2026-03-06T08:00:00Z");
    expect((await enrolment(enrolmentId)).status).toBe("COMPLETED");
  });
});
