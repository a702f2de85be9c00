import { describe, expect, it } from "vitest";
import { parseOutreachListQuery } from "@/lib/validation/outreach";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { deleteActivity } from "@/server/services/activities/delete-activity";
import { listTimeline } from "@/server/services/activities/list-timeline";
import { logActivity } from "@/server/services/activities/log-activity";
import { updateActivity } from "@/server/services/activities/update-activity";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { changeLeadStage } from "@/server/services/leads/change-lead-stage";
import { convertLead } from "@/server/services/leads/convert-lead";
import { createLead } from "@/server/services/leads/create-lead";
import { countOutreach } from "@/server/services/outreach/count-outreach";
import { listOutreach } from "@/server/services/outreach/list-outreach";
import { logOutreach } from "@/server/services/outreach/log-outreach";
import { createTestUser, leadStages, type TestActor } from "../support/factories";
import { corruptEachField, idOf, readColumn } from "../support/hostile-values";

const NOW = new Date("2026-03-10T09:00:00Z");

async function stageOf(leadId: string): Promise<string> {
  return (await getDb().lead.findUniqueOrThrow({ where: { id: leadId }, select: { stage: { select: { name: true } } } })).stage.name;
}

/** A lead owned by `owner`, moved to stage `stage` (by name) first. */
async function leadIn(owner: TestActor, stage = "New", name = "Lead"): Promise<string> {
  const { id } = await createLead(owner, { name });
  if (stage !== "New") await changeLeadStage(owner, id, (await leadStages())[stage], NOW);
  return id;
}

describe("status moves from logged activities", () => {
  it("moves a New lead to Contacted when outreach is logged as contacted, recording who moved it", async () => {
    const sales = await createTestUser("SALES");
    const leadId = await leadIn(sales);
    const logged = await logOutreach(sales, { type: "EMAIL", outcome: "CONTACTED", body: "Sent the **intro**", leadId }, NOW);
    expect(logged.movedTo?.name).toBe("Contacted");
    expect(await stageOf(leadId)).toBe("Contacted");
    const entries = await getDb().activity.findMany({ where: { leadId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
    expect(entries.map((e) => [e.type, e.direction, e.outcome, e.authorId])).toEqual([
      ["EMAIL", "OUTBOUND", "CONTACTED", sales.id],
      ["STAGE_CHANGED", null, null, sales.id],
    ]);
    expect(entries[1].subject).toBe("New → Contacted");
    // Logging "contacted" again, or on a lead already further on, moves nothing.
    expect((await logOutreach(sales, { type: "CALL", outcome: "CONTACTED", leadId }, NOW)).movedTo).toBeNull();
    const qualified = await leadIn(sales, "Qualified");
    await logOutreach(sales, { type: "DM", outcome: "CONTACTED", leadId: qualified }, NOW);
    expect(await stageOf(qualified)).toBe("Qualified");
  });

  it("moves a lead in New or Contacted to Replied on an inbound reply, and leaves later stages", async () => {
    const admin = await createTestUser("ADMIN");
    for (const [from, type] of [["New", "EMAIL"], ["Contacted", "DM"], ["Contacted", "CALL"], ["New", "WHATSAPP"], ["Contacted", "SMS"]] as const) {
      const leadId = await leadIn(admin, from);
      const logged = await logActivity(admin, { type, direction: "INBOUND", subject: "They answered", leadId }, NOW);
      expect(logged.movedTo?.name, `${type} in ${from}`).toBe("Replied");
      expect(await stageOf(leadId)).toBe("Replied");
    }
    const proposal = await leadIn(admin, "Proposal Sent");
    await logActivity(admin, { type: "EMAIL", direction: "INBOUND", leadId: proposal }, NOW);
    expect(await stageOf(proposal)).toBe("Proposal Sent");
    // Outbound touches, inbound meetings and notes are not replies.
    const contacted = await leadIn(admin, "Contacted");
    await logActivity(admin, { type: "EMAIL", direction: "OUTBOUND", leadId: contacted }, NOW);
    await logActivity(admin, { type: "MEETING", direction: "INBOUND", leadId: contacted }, NOW);
    await logActivity(admin, { type: "NOTE", body: "They replied by post", leadId: contacted }, NOW);
    expect(await stageOf(contacted)).toBe("Contacted");
    // A booked call means they answered.
    await logOutreach(admin, { type: "CALL", outcome: "BOOKED_CALL", leadId: contacted }, NOW);
    expect(await stageOf(contacted)).toBe("Replied");
  });

  it("moves a lead to Won or Lost on a closed outcome, but not a converted lead", async () => {
    const admin = await createTestUser("ADMIN");
    const won = await leadIn(admin, "Qualified");
    const lost = await leadIn(admin, "Contacted");
    await logOutreach(admin, { type: "CALL", outcome: "CLOSED_WON", leadId: won }, NOW);
    await logOutreach(admin, { type: "EMAIL", outcome: "CLOSED_LOST", leadId: lost }, NOW);
    expect([await stageOf(won), await stageOf(lost)]).toEqual(["Won", "Lost"]);
    // A closed lead stays closed whatever is logged next.
    await logOutreach(admin, { type: "EMAIL", outcome: "CONTACTED", leadId: lost }, NOW);
    await logActivity(admin, { type: "EMAIL", direction: "INBOUND", leadId: lost }, NOW);
    expect(await stageOf(lost)).toBe("Lost");

    const converted = await leadIn(admin, "New", "Converted Cafe");
    await convertLead(admin, { leadId: converted, companyName: "Converted Cafe Ltd" });
    const stage = await stageOf(converted);
    await logOutreach(admin, { type: "EMAIL", outcome: "CLOSED_LOST", leadId: converted }, NOW);
    expect(await stageOf(converted)).toBe(stage);
  });

  it("finds the stages by role when an admin renamed them", async () => {
    const admin = await createTestUser("ADMIN");
    const stages = await leadStages();
    const db = getDb();
    await db.stage.update({ where: { id: stages.New }, data: { name: "Fresh" } });
    await db.stage.update({ where: { id: stages.Contacted }, data: { name: "Reached out" } });
    try {
      const leadId = await leadIn(admin);
      await logOutreach(admin, { type: "EMAIL", outcome: "CONTACTED", leadId }, NOW);
      expect(await stageOf(leadId)).toBe("Reached out");
      await logActivity(admin, { type: "EMAIL", direction: "INBOUND", leadId }, NOW);
      expect(await stageOf(leadId)).toBe("Replied");
    } finally {
      await db.stage.update({ where: { id: stages.New }, data: { name: "New" } });
      await db.stage.update({ where: { id: stages.Contacted }, data: { name: "Contacted" } });
    }
  });
});

describe("follow-up dates", () => {
  it("sets the lead's next action to midnight of the chosen day in the user's time zone", async () => {
    const sales = await createTestUser("SALES", "Europe/Nicosia");
    const leadId = await leadIn(sales);
    const logged = await logOutreach(sales, { type: "CALL", followUpDay: "2026-03-17", leadId }, NOW);
    // Midnight in Nicosia (UTC+2 in March) is 22:00 UTC the day before.
    expect(logged.nextActionAt?.toISOString()).toBe("2026-03-16T22:00:00.000Z");
    const lead = await getDb().lead.findUniqueOrThrow({ where: { id: leadId } });
    expect(lead.nextActionAt?.toISOString()).toBe("2026-03-16T22:00:00.000Z");
    // A date without an outcome records "follow-up set"; the lead stays New (no "contacted").
    const entry = await getDb().activity.findUniqueOrThrow({ where: { id: logged.id } });
    expect(entry.outcome).toBe("FOLLOW_UP_SET");
    expect(await stageOf(leadId)).toBe("New");
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "Lead", entityId: leadId, action: "update" } });
    expect(audit.changes).toEqual({ nextActionAt: [null, "2026-03-16T22:00:00.000Z"] });
    // "Contacted" with a date keeps its outcome and moves the lead too.
    const other = await leadIn(sales);
    const both = await logOutreach(sales, { type: "EMAIL", outcome: "CONTACTED", followUpDay: "2026-03-12", leadId: other }, NOW);
    expect(both.movedTo?.name).toBe("Contacted");
    expect((await getDb().activity.findUniqueOrThrow({ where: { id: both.id } })).outcome).toBe("CONTACTED");
  });

  it("refuses 'follow-up set' without a date and a date without a lead, storing nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const leadId = await leadIn(admin);
    const { id: contactId } = await createContact(admin, { firstName: "Fola" });
    const before = await getDb().activity.count();
    const noDay = await logOutreach(admin, { type: "EMAIL", outcome: "FOLLOW_UP_SET", leadId }, NOW).catch((e) => e);
    expect(noDay).toBeInstanceOf(ValidationError);
    expect(noDay.fieldErrors).toEqual({ followUpDay: ["Choose the follow-up date"] });
    const noLead = await logOutreach(admin, { type: "EMAIL", followUpDay: "2026-03-12", contactId }, NOW).catch((e) => e);
    expect(noLead.fieldErrors).toEqual({ followUpDay: ["A follow-up date needs a lead"] });
    expect(await getDb().activity.count()).toBe(before);
    expect((await getDb().lead.findUniqueOrThrow({ where: { id: leadId } })).nextActionAt).toBeNull();
  });
});

describe("who may log, edit and delete", () => {
  it("lets anyone log on any lead but refuses changes to a lead the actor may not edit, storing nothing", async () => {
    const owner = await createTestUser("SALES");
    const colleague = await createTestUser("SALES");
    const leadId = await leadIn(owner);
    await expect(logActivity(colleague, { type: "NOTE", body: "Saw them at the fair", leadId }, NOW)).resolves.toMatchObject({ movedTo: null });
    await expect(logOutreach(colleague, { type: "EMAIL", outcome: "NO_RESPONSE", leadId }, NOW)).resolves.toMatchObject({ movedTo: null });
    const before = await getDb().activity.count();
    await expect(logOutreach(colleague, { type: "EMAIL", outcome: "CONTACTED", leadId }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(logOutreach(colleague, { type: "CALL", followUpDay: "2026-03-12", leadId }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().activity.count()).toBe(before);
    expect(await stageOf(leadId)).toBe("New");
  });

  it("lets the author, a manager or an admin edit and delete an entry, and nobody a system entry", async () => {
    const author = await createTestUser("SALES", "Europe/London");
    const colleague = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const admin = await createTestUser("ADMIN");
    const leadId = await leadIn(author);
    const { id } = await logActivity(author, { type: "CALL", direction: "OUTBOUND", subject: "First call", duration: "5", leadId }, NOW);
    expect((await getDb().activity.findUniqueOrThrow({ where: { id } })).durationSeconds).toBe(300);

    await expect(updateActivity(colleague, id, { type: "CALL", subject: "Hijacked" }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteActivity(colleague, id)).rejects.toBeInstanceOf(ForbiddenError);

    await updateActivity(author, id, { type: "CALL", direction: "INBOUND", outcome: "BOOKED_CALL", subject: "They called back", duration: "12:30", occurredAt: "2026-03-09T17:45" }, NOW);
    const edited = await getDb().activity.findUniqueOrThrow({ where: { id } });
    expect(edited).toMatchObject({ direction: "INBOUND", outcome: "BOOKED_CALL", subject: "They called back", durationSeconds: 750, leadId });
    expect(edited.occurredAt.toISOString()).toBe("2026-03-09T17:45:00.000Z");
    // Editing does not move the lead (status changes are their own entries).
    expect(await stageOf(leadId)).toBe("New");
    await updateActivity(manager, id, { type: "CALL", subject: "Fixed by the manager" }, NOW);
    // Blank "when" keeps the time.
    expect((await getDb().activity.findUniqueOrThrow({ where: { id } })).occurredAt.toISOString()).toBe("2026-03-09T17:45:00.000Z");

    await changeLeadStage(author, leadId, (await leadStages()).Contacted, NOW);
    const stageChange = await getDb().activity.findFirstOrThrow({ where: { leadId, type: "STAGE_CHANGED" } });
    await expect(updateActivity(admin, stageChange.id, { type: "NOTE", body: "rewrite history" }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteActivity(admin, stageChange.id)).rejects.toBeInstanceOf(ForbiddenError);

    await deleteActivity(admin, id);
    expect(await getDb().activity.findUnique({ where: { id } })).toBeNull();
    expect(await getDb().auditLog.count({ where: { entityType: "Activity", entityId: id, action: { in: ["create", "update", "delete"] } } })).toBe(4);
    await expect(deleteActivity(admin, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateActivity(admin, "no such id!", { type: "NOTE", body: "x" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a SALES user change entries it wrote on someone else's record", async () => {
    const owner = await createTestUser("SALES");
    const colleague = await createTestUser("SALES");
    const leadId = await leadIn(owner);
    const { id } = await logActivity(colleague, { type: "NOTE", body: "Mine", leadId }, NOW);
    await updateActivity(colleague, id, { type: "NOTE", body: "Still mine" }, NOW);
    await expect(updateActivity(owner, id, { type: "NOTE", body: "The lead's owner is not the author" }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await deleteActivity(colleague, id);
  });
});

describe("timelines", () => {
  it("shows a contact's activities on its company, newest first, and filters by type", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: companyId } = await createCompany(admin, { name: "Rollup Ltd" });
    const { id: contactId } = await createContact(admin, { firstName: "Rita", companyId });
    const { id: otherCompany } = await createCompany(admin, { name: "Elsewhere Ltd" });
    await logActivity(admin, { type: "CALL", direction: "OUTBOUND", subject: "Called Rita", contactId, occurredAt: "2026-03-01T10:00" }, NOW);
    await logActivity(admin, { type: "NOTE", body: "Company note", companyId, occurredAt: "2026-03-02T10:00" }, NOW);
    await logActivity(admin, { type: "EMAIL", direction: "INBOUND", subject: "Rita wrote", contactId, occurredAt: "2026-03-03T10:00" }, NOW);
    await logActivity(admin, { type: "NOTE", body: "Not theirs", companyId: otherCompany }, NOW);

    const all = await listTimeline({ kind: "company", id: companyId }, { activity: [] });
    expect(all.entries.map((e) => e.subject ?? e.body)).toEqual(["Rita wrote", "Company note", "Called Rita"]);
    expect(all.entries[0]).toMatchObject({ direction: "INBOUND", contact: { id: contactId, firstName: "Rita" } });
    expect(all.typeCounts).toEqual([
      { type: "CALL", count: 1 },
      { type: "EMAIL", count: 1 },
      { type: "NOTE", count: 1 },
    ]);
    const calls = await listTimeline({ kind: "company", id: companyId }, { activity: ["CALL", "EMAIL"] });
    expect(calls.entries.map((e) => e.type)).toEqual(["EMAIL", "CALL"]);
    expect(calls.total).toBe(3);
    expect((await listTimeline({ kind: "contact", id: contactId }, { activity: [] })).entries).toHaveLength(2);
    // Moving the contact to another company moves its history with it.
    await getDb().contact.update({ where: { id: contactId }, data: { companyId: otherCompany } });
    expect((await listTimeline({ kind: "company", id: companyId }, { activity: [] })).entries.map((e) => e.body)).toEqual(["Company note"]);
  });

  it("pages a long timeline newest first with a cursor: no entry lost or repeated, ties included", async () => {
    const admin = await createTestUser("ADMIN");
    const leadId = await leadIn(admin);
    const base = Date.parse("2026-01-01T00:00:00Z");
    // 120 entries, 3 per minute: equal times are ordered by id.
    await getDb().activity.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ type: i % 2 ? "CALL" : "EMAIL", leadId, subject: `#${i}`, occurredAt: new Date(base + Math.floor(i / 3) * 60_000) }) as const),
    });
    const seen: string[] = [];
    let before: string | undefined;
    const sizes: number[] = [];
    for (;;) {
      const page = await listTimeline({ kind: "lead", id: leadId }, { activity: [], before });
      sizes.push(page.entries.length);
      expect(page.isOlderPage).toBe(before !== undefined);
      seen.push(...page.entries.map((e) => e.id));
      if (!page.olderCursor) break;
      before = page.olderCursor;
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    const expected = await getDb().activity.findMany({ where: { leadId }, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(expected.map((e) => e.id));
    // Filtered pages: 60 calls.
    const callsPage = await listTimeline({ kind: "lead", id: leadId }, { activity: ["CALL"] }, 40);
    const rest = await listTimeline({ kind: "lead", id: leadId }, { activity: ["CALL"], before: callsPage.olderCursor! }, 40);
    expect([callsPage.entries.length, rest.entries.length, rest.olderCursor]).toEqual([40, 20, null]);
    // A cursor edited by hand is the newest page.
    expect((await listTimeline({ kind: "lead", id: leadId }, { activity: [], before: "garbage" })).entries[0].id).toBe(expected[0].id);
    await expect(listTimeline({ kind: "lead", id: "bad id!" }, { activity: [] })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the outreach list", () => {
  it("lists outbound touches with filters and counts today / this week / this month in the viewer's time zone", async () => {
    const london = await createTestUser("SALES", "Europe/London");
    const sydney = { ...london, timeZone: "Australia/Sydney" };
    const leadId = await leadIn(london, "New", "Counted Cafe");
    // 10 March 2026 (a Tuesday) 09:00 UTC. Sydney is UTC+11, so there it is 20:00 on the 10th.
    const at = (utc: string, type: "EMAIL" | "CALL" | "DM" = "EMAIL", outcome = "NO_RESPONSE") =>
      logActivity({ ...london, timeZone: "UTC" }, { type, direction: "OUTBOUND", outcome, occurredAt: utc, leadId }, NOW);
    await at("2026-03-09T12:00", "CALL"); // London: Mon 9th. Sydney: Mon 9th 23:00.
    await at("2026-03-09T14:00", "DM"); // London: Mon 9th. Sydney: Tue 10th 01:00 — today.
    await at("2026-03-08T22:00"); // London: Sun 8th (last week). Sydney: Mon 9th 09:00.
    await at("2026-03-10T08:00", "EMAIL", "BOOKED_CALL"); // today for both.
    await at("2026-02-28T23:30"); // London: February. Sydney: 1 March 10:30.
    // Not outreach: inbound, notes.
    await logActivity(london, { type: "EMAIL", direction: "INBOUND", leadId }, NOW);
    await logActivity(london, { type: "NOTE", body: "note", leadId }, NOW);

    const mine = parseOutreachListQuery({ by: "me" });
    const counts = async (viewer: TestActor) => {
      const c = await countOutreach(mine, viewer, NOW);
      return [c.today.count, c.week.count, c.month.count];
    };
    expect(await counts(london)).toEqual([1, 3, 4]);
    expect(await counts(sydney)).toEqual([2, 4, 5]);
    const c = await countOutreach(mine, london, NOW);
    expect([c.today.from, c.week.from, c.week.to, c.month.from, c.month.to]).toEqual(["2026-03-10", "2026-03-09", "2026-03-15", "2026-03-01", "2026-03-31"]);

    const list = await listOutreach(mine, london);
    expect(list.total).toBe(5);
    expect(list.rows[0]).toMatchObject({ type: "EMAIL", outcome: "BOOKED_CALL", lead: { id: leadId, name: "Counted Cafe" } });
    const total = async (params: Record<string, string>) => (await listOutreach(parseOutreachListQuery({ by: "me", ...params }), london)).total;
    expect(await total({ type: "CALL" })).toBe(1);
    expect(await total({ outcome: "BOOKED_CALL" })).toBe(1);
    expect(await total({ from: "2026-03-09", to: "2026-03-09" })).toBe(2);
    expect(await total({ from: "2026-03-01" })).toBe(4);
    expect(await total({ q: "counted" })).toBe(5);
    expect(await total({ from: "10/03/2026", type: "FAX", outcome: "MAYBE" })).toBe(5); // malformed filters are dropped
    expect((await listOutreach(parseOutreachListQuery({ by: "not a user id" }), london)).total).toBe(0);
    const paged = await listOutreach(parseOutreachListQuery({ by: "me", pageSize: "25", page: "2" }), london);
    expect(paged).toEqual({ rows: [], total: 5 });
  });
});

describe("bad input", () => {
  it("refuses unknown types, malformed dates and durations, future times and links to nothing with field errors", async () => {
    const admin = await createTestUser("ADMIN");
    const leadId = await leadIn(admin);
    const before = await getDb().activity.count();
    const fields = async (input: Record<string, unknown>, log = logActivity) => ((await log(admin, input, NOW).catch((e) => e)) as ValidationError).fieldErrors;
    expect(await fields({ type: "FAX", leadId })).toHaveProperty("type");
    expect(await fields({ type: "STAGE_CHANGED", leadId })).toHaveProperty("type");
    expect(await fields({ type: "CALL", occurredAt: "10/03/2026 14:30", leadId })).toEqual({ occurredAt: ["Use a date and time like 2026-03-10T14:30"] });
    expect(await fields({ type: "CALL", occurredAt: "2026-02-30T10:00", leadId })).toHaveProperty("occurredAt");
    expect(await fields({ type: "CALL", occurredAt: "2026-03-11T09:00", leadId })).toEqual({ occurredAt: ["Cannot be in the future"] });
    expect(await fields({ type: "CALL", duration: "ten minutes", leadId })).toHaveProperty("duration");
    expect(await fields({ type: "CALL", duration: "25:00:00", leadId })).toEqual({ duration: ["At most 24 hours"] });
    expect(await fields({ type: "CALL", direction: "SIDEWAYS", leadId })).toHaveProperty("direction");
    expect(await fields({ type: "CALL", followUpDay: "2026-3-1", leadId })).toHaveProperty("followUpDay");
    expect(await fields({ type: "NOTE", body: "   ", leadId })).toEqual({ body: ["Write the note"] });
    expect(await fields({ type: "CALL" })).toEqual({ _form: ["Choose a lead, contact, company or deal"] });
    expect(await fields({ type: "MEETING", leadId: "x'; DROP TABLE" })).toHaveProperty("leadId");
    expect(await fields({ type: "IN_PERSON", outcome: "MAYBE", leadId }, logOutreach)).toHaveProperty("outcome");
    expect(await fields({ type: "SMS", leadId }, logOutreach)).toHaveProperty("type");
    await expect(logActivity(admin, { type: "CALL", leadId: "cunknownlead000000000000" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().activity.count()).toBe(before);

    // What does not apply to a type is dropped: a note has no direction, an email no duration.
    const note = await logActivity(admin, { type: "NOTE", body: "x", direction: "INBOUND", outcome: "CONTACTED", duration: "5", leadId }, NOW);
    expect(await getDb().activity.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ direction: null, outcome: null, durationSeconds: null });
    expect(await stageOf(leadId)).toBe("New");
  });

  it("refuses hostile values in every field of logging, outreach and editing, storing nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const leadId = await leadIn(admin);
    const { id: activityId } = await logActivity(admin, { type: "CALL", direction: "OUTBOUND", leadId }, NOW);
    const db = getDb();
    const snapshot = () =>
      Promise.all([
        db.activity.count(),
        db.auditLog.count(),
        db.lead.findUnique({ where: { id: leadId }, select: { stageId: true, nextActionAt: true } }),
        db.activity.findUnique({ where: { id: activityId } }),
      ]);
    const read = (id: string) => db.activity.findUnique({ where: { id } });
    const columns = { duration: "durationSeconds" };
    // No time means now; a bare number of minutes is stored in seconds; a follow-up day without an
    // outcome is logged as "follow-up set".
    const normalised = {
      occurredAt: (v: unknown) => v ?? NOW,
      duration: (v: unknown) => (v === null ? null : Number(v) * 60),
      outcome: (v: unknown) => v ?? "FOLLOW_UP_SET",
    };
    // An edit without a time keeps the entry's time (08:00 UTC from the valid edits before it).
    const normalisedEdit = { ...normalised, occurredAt: (v: unknown) => v ?? new Date("2026-03-10T08:00:00Z") };
    const { fieldErrors } = await corruptEachField(
      [
        {
          name: "logActivity",
          valid: { type: "CALL", direction: "OUTBOUND", outcome: "NO_RESPONSE", subject: "s", body: "b", occurredAt: "2026-03-10T08:00", duration: "5", followUpDay: "2026-03-12", leadId },
          call: (i: never) => logActivity(admin, i, NOW),
          readBack: readColumn((r) => read(idOf(r)), columns),
          normalised,
          notStored: ["followUpDay"], // null: no follow-up set, nothing to store
        },
        { name: "logOutreach", valid: { type: "EMAIL", outcome: "NO_RESPONSE", body: "b", followUpDay: "2026-03-12", leadId }, call: (i: never) => logOutreach(admin, i, NOW),
          readBack: readColumn((r) => read(idOf(r)), columns), normalised, notStored: ["followUpDay"] },
        { name: "updateActivity", valid: { type: "CALL", direction: "INBOUND", subject: "s", body: "b", occurredAt: "2026-03-10T08:00", duration: "1:00" }, call: (i: never) => updateActivity(admin, activityId, i, NOW), readBack: readColumn(() => read(activityId), columns), normalised: normalisedEdit },
      ],
      snapshot,
    );
    expect(fieldErrors).toBeGreaterThan(150);
  });
});
