import { describe, expect, it } from "vitest";
import { parseTaskListQuery } from "@/lib/validation/task-list";
import type { TaskInput } from "@/lib/validation/task";
import { getDb } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { createCompany } from "@/server/services/companies/create-company";
import { createContact } from "@/server/services/contacts/create-contact";
import { countFollowUps } from "@/server/services/dashboard/count-follow-ups";
import { createLead } from "@/server/services/leads/create-lead";
import { completeTask } from "@/server/services/tasks/complete-task";
import { countMyDueTasks } from "@/server/services/tasks/count-my-due-tasks";
import { createTask } from "@/server/services/tasks/create-task";
import { deleteTask } from "@/server/services/tasks/delete-task";
import { getTask } from "@/server/services/tasks/get-task";
import { listCalendarItems } from "@/server/services/tasks/list-calendar-items";
import { listRecordTasks } from "@/server/services/tasks/list-record-tasks";
import { listTasks } from "@/server/services/tasks/list-tasks";
import { reopenTask } from "@/server/services/tasks/reopen-task";
import { updateTask } from "@/server/services/tasks/update-task";
import { createTestUser, type TestActor } from "../support/factories";

/** The pinned clock: 10 March 2026, 09:00 UTC. */
const NOW = new Date("2026-03-10T09:00:00Z");

/** The ids in each section of the tasks page, for `viewer` with URL params `params`. */
async function sections(viewer: TestActor, params: Record<string, string> = {}, now = NOW) {
  const list = await listTasks(parseTaskListQuery(params), viewer, now);
  return Object.fromEntries(list.map((s) => [s.section, { ids: s.rows.map((r) => r.id), total: s.total }]));
}

/** A deal in a fresh deal pipeline (the deals service is another feature's). */
async function createDeal(title: string): Promise<string> {
  const db = getDb();
  const pipeline = await db.pipeline.create({ data: { name: `Deals ${title}`, kind: "DEAL", stages: { create: { name: "Open", position: 0 } } }, include: { stages: true } });
  return (await db.deal.create({ data: { title, pipelineId: pipeline.id, stageId: pipeline.stages[0].id }, select: { id: true } })).id;
}

const task = (actor: TestActor, input: TaskInput, now = NOW) => createTask(actor, input, now);

describe("creating and editing tasks", () => {
  it("stores a task with its due time in the creator's time zone, links, creator and an audit entry", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    const { id: leadId } = await createLead(sydney, { name: "Harbour Cafe" });
    const { id } = await task(sydney, { title: "  Call the owner  ", type: "CALL", priority: "HIGH", dueDay: "2026-03-11", dueTime: "00:30", assigneeId: sydney.id, leadId, notes: "Ask for Maria" });
    const stored = await getDb().task.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      title: "Call the owner",
      type: "CALL",
      priority: "HIGH",
      status: "OPEN",
      dueAt: new Date("2026-03-10T13:30:00Z"),
      allDay: false,
      completedAt: null,
      assigneeId: sydney.id,
      createdById: sydney.id,
      leadId,
      notes: "Ask for Maria",
    });
    expect(await getDb().auditLog.count({ where: { entityType: "Task", entityId: id, action: "create" } })).toBe(1);
  });

  it("stores a day without a time as an all-day task at local midnight, and allows past days", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    const { id } = await task(sydney, { title: "Send the quote", dueDay: "2026-03-01" });
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ dueAt: new Date("2026-02-28T13:00:00Z"), allDay: true, assigneeId: null });
  });

  it("updates every field and keeps a due date the form did not change, even set in another time zone", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    const london = await createTestUser("MANAGER", "Europe/London");
    const { id } = await task(sydney, { title: "Demo", dueDay: "2026-03-11", assigneeId: sydney.id });
    // The London manager sees the all-day task on 10 March (Sydney's midnight is 13:00 UTC on the 10th).
    await updateTask(london, id, { title: "Demo for the board", type: "DEMO", priority: "URGENT", dueDay: "2026-03-10", assigneeId: sydney.id }, NOW);
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Demo for the board", type: "DEMO", priority: "URGENT", dueAt: new Date("2026-03-10T13:00:00Z"), allDay: true });
    await updateTask(london, id, { title: "Demo for the board", dueDay: "2026-03-12", dueTime: "15:00", assigneeId: london.id }, NOW);
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ dueAt: new Date("2026-03-12T15:00:00Z"), allDay: false, assigneeId: london.id });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: id, action: "update" }, orderBy: { createdAt: "desc" } });
    expect(audit.changes).toHaveProperty("assigneeId");
  });

  it("refuses an unknown assignee or linked record with a field error and stores nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const before = await getDb().task.count();
    const error = await task(admin, { title: "x", assigneeId: "nosuchuser", leadId: "nosuchlead", contactId: "nosuchcontact", companyId: "nosuchcompany", dealId: "nosuchdeal" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["assigneeId", "companyId", "contactId", "dealId", "leadId"]);
    expect(await getDb().task.count()).toBe(before);
    await expect(getTask("nosuchtask")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTask("../etc")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("completing, reopening and deleting", () => {
  it("completes a task once: DONE, completedAt, and a TASK_COMPLETED activity on each linked record", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "Linked Lead" });
    const { id: companyId } = await createCompany(admin, { name: "Linked Co" });
    const { id: contactId } = await createContact(admin, { firstName: "Lina", companyId });
    const dealId = await createDeal("Linked deal");
    const { id } = await task(admin, { title: "Follow up on the quote", leadId, contactId, companyId, dealId, assigneeId: admin.id });

    const completedAt = new Date("2026-03-10T10:00:00Z");
    expect(await completeTask(admin, id, completedAt)).toEqual({ changed: true, links: { leadId, contactId, companyId, dealId } });
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", completedAt });
    const activities = await getDb().activity.findMany({ where: { type: "TASK_COMPLETED", subject: "Follow up on the quote" } });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ leadId, contactId, companyId, dealId, authorId: admin.id, occurredAt: completedAt, data: { taskId: id } });

    // A second click changes nothing and records no second activity.
    expect((await completeTask(admin, id, NOW)).changed).toBe(false);
    expect(await getDb().activity.count({ where: { type: "TASK_COMPLETED", leadId } })).toBe(1);
  });

  it("completes through the edit form too, and reopening clears completedAt but keeps the history", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "Reopen Lead" });
    const { id } = await task(admin, { title: "Reopen me", leadId });
    await updateTask(admin, id, { title: "Reopen me", leadId, status: "DONE" }, NOW);
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", completedAt: NOW });
    expect((await reopenTask(admin, id)).changed).toBe(true);
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", completedAt: null });
    expect(await getDb().activity.count({ where: { type: "TASK_COMPLETED", leadId } })).toBe(1);
    expect((await reopenTask(admin, id)).changed).toBe(false);
  });

  it("records the completion of a task created as done", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "Done Lead" });
    const { id } = await task(admin, { title: "Already called", leadId, status: "DONE" });
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", completedAt: NOW });
    expect(await getDb().activity.count({ where: { type: "TASK_COMPLETED", leadId } })).toBe(1);
  });

  it("deletes a task, keeping its completion on the timeline", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: leadId } = await createLead(admin, { name: "Delete Lead" });
    const { id } = await task(admin, { title: "Delete me", leadId, status: "DONE" });
    expect(await deleteTask(admin, id)).toEqual({ links: { leadId, contactId: null, companyId: null, dealId: null } });
    expect(await getDb().task.count({ where: { id } })).toBe(0);
    expect(await getDb().activity.count({ where: { type: "TASK_COMPLETED", leadId } })).toBe(1);
    await expect(deleteTask(admin, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(completeTask(admin, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("task permissions", () => {
  it("lets assignee and creator work on a task, and keeps other SALES users out", async () => {
    const manager = await createTestUser("MANAGER");
    const assignee = await createTestUser("SALES");
    const creator = await createTestUser("SALES");
    const outsider = await createTestUser("SALES");
    const { id } = await task(creator, { title: "Shared task", assigneeId: assignee.id });
    const form = { title: "Renamed", assigneeId: assignee.id };

    await expect(updateTask(outsider, id, form)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(completeTask(outsider, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reopenTask(outsider, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteTask(outsider, id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Shared task", status: "OPEN" });

    // The assignee may edit and complete, but neither reassign nor delete a task someone gave them.
    await updateTask(assignee, id, form);
    await expect(updateTask(assignee, id, { ...form, assigneeId: outsider.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteTask(assignee, id)).rejects.toBeInstanceOf(ForbiddenError);
    await completeTask(assignee, id);
    await reopenTask(creator, id);

    // The creator may reassign; a manager may do anything.
    await updateTask(creator, id, { ...form, assigneeId: outsider.id });
    await updateTask(manager, id, { ...form, title: "Manager's edit", assigneeId: manager.id });
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Manager's edit", assigneeId: manager.id });
    await deleteTask(manager, id);
  });

  it("lets a SALES user delete a task they created and assigned to someone else", async () => {
    const creator = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const { id } = await task(creator, { title: "Delegated", assigneeId: other.id });
    await deleteTask(creator, id);
    expect(await getDb().task.count({ where: { id } })).toBe(0);
  });
});

describe("the tasks page's sections and filters", () => {
  it("at 10 March 2026 09:00 UTC, a task due 11 March 00:30 Sydney time is upcoming for Sydney and due today for London", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    const london = await createTestUser("SALES", "Europe/London");
    const { id } = await task(sydney, { title: "Time zone boundary", dueDay: "2026-03-11", dueTime: "00:30", assigneeId: sydney.id });
    const filter = { assignee: sydney.id };
    expect(await sections(sydney, filter)).toMatchObject({ overdue: { ids: [] }, today: { ids: [] }, upcoming: { ids: [id] } });
    expect(await sections(london, filter)).toMatchObject({ overdue: { ids: [] }, today: { ids: [id] }, upcoming: { ids: [] } });
    // The home page counts follow the same days.
    expect(await countMyDueTasks(sydney, NOW)).toEqual({ overdue: 0, today: 0 });
    await updateTask(sydney, id, { title: "Time zone boundary", dueDay: "2026-03-11", dueTime: "00:30", assigneeId: london.id });
    expect(await countMyDueTasks(london, NOW)).toEqual({ overdue: 0, today: 1 });
  });

  it("sorts open tasks into overdue, today, upcoming and no due date, and done ones into completed", async () => {
    const me = await createTestUser("SALES", "Europe/London");
    const mine = { assigneeId: me.id };
    const overdue = await task(me, { ...mine, title: "Overdue", dueDay: "2026-03-09", dueTime: "17:00" });
    const older = await task(me, { ...mine, title: "Older overdue", dueDay: "2026-02-01" });
    const today = await task(me, { ...mine, title: "Today, already past", dueDay: "2026-03-10", dueTime: "08:00" });
    const todayAllDay = await task(me, { ...mine, title: "Today, all day", dueDay: "2026-03-10", status: "IN_PROGRESS" });
    const upcoming = await task(me, { ...mine, title: "Upcoming", dueDay: "2026-03-11" });
    const none = await task(me, { ...mine, title: "Someday" });
    const done = await task(me, { ...mine, title: "Done", dueDay: "2026-03-01", status: "DONE" });

    const all = await sections(me, { assignee: "me" });
    expect(all).toEqual({
      overdue: { ids: [older.id, overdue.id], total: 2 },
      // An all-day task is due from the day's midnight, so it comes first.
      today: { ids: [todayAllDay.id, today.id], total: 2 },
      upcoming: { ids: [upcoming.id], total: 1 },
      none: { ids: [none.id], total: 1 },
      completed: { ids: [done.id], total: 1 },
    });
    expect(await sections(me, { assignee: "me", status: "IN_PROGRESS" })).toEqual({
      overdue: { ids: [], total: 0 },
      today: { ids: [todayAllDay.id], total: 1 },
      upcoming: { ids: [], total: 0 },
      none: { ids: [], total: 0 },
    });
    expect(await sections(me, { assignee: "me", status: "DONE" })).toEqual({ completed: { ids: [done.id], total: 1 } });
    expect(await sections(me, { assignee: "me", due: "overdue" })).toEqual({ overdue: { ids: [older.id, overdue.id], total: 2 } });
    // Due range: whole days in the viewer's zone, inclusive, without undated tasks.
    expect(await sections(me, { assignee: "me", from: "2026-03-09", to: "2026-03-10" })).toEqual({
      overdue: { ids: [overdue.id], total: 1 },
      today: { ids: [todayAllDay.id, today.id], total: 2 },
      upcoming: { ids: [], total: 0 },
      completed: { ids: [], total: 0 },
    });
    // A day later the same tasks move on.
    expect(await sections(me, { assignee: "me", due: "overdue" }, new Date("2026-03-11T09:00:00Z"))).toMatchObject({ overdue: { total: 4 } });
  });

  it("filters by assignee, priority, type and title", async () => {
    const me = await createTestUser("SALES", "UTC");
    const other = await createTestUser("SALES", "UTC");
    const urgentCall = await task(me, { title: "Urgent call Zeta", priority: "URGENT", type: "CALL", assigneeId: me.id, dueDay: "2026-03-10" });
    await task(me, { title: "Low email Zeta", priority: "LOW", type: "EMAIL", assigneeId: me.id, dueDay: "2026-03-10" });
    const unassigned = await task(me, { title: "Nobody's Zeta", dueDay: "2026-03-10" });
    const theirs = await task(other, { title: "Theirs Zeta", assigneeId: other.id, dueDay: "2026-03-10" });
    const today = async (params: Record<string, string>) => (await sections(me, { q: "zeta", ...params, due: "today" })).today.ids;
    expect(await today({ assignee: "me", priority: "URGENT" })).toEqual([urgentCall.id]);
    expect(await today({ assignee: "me", type: "CALL" })).toEqual([urgentCall.id]);
    expect(await today({ assignee: other.id })).toEqual([theirs.id]);
    expect(await today({ assignee: "none" })).toEqual([unassigned.id]);
    expect((await today({})).length).toBe(4);
    expect(await today({ q: "URGENT CALL" })).toEqual([urgentCall.id]);
  });

  it("shows a preview of each section and pages through one section", async () => {
    const me = await createTestUser("SALES", "UTC");
    const db = getDb();
    await db.task.createMany({
      // Every third one in progress: the page merges the two statuses' lists in due order.
      data: Array.from({ length: 60 }, (_, i) => ({
        title: `Bulk ${i}`,
        status: i % 3 === 0 ? ("IN_PROGRESS" as const) : ("OPEN" as const),
        assigneeId: me.id,
        createdById: me.id,
        dueAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const overview = await listTasks(parseTaskListQuery({ assignee: "me" }), me, NOW);
    const overdue = overview.find((s) => s.section === "overdue")!;
    expect(overdue).toMatchObject({ total: 60, paged: false });
    expect(overdue.rows.map((r) => r.title)).toEqual(Array.from({ length: 25 }, (_, i) => `Bulk ${i}`));
    const page2 = (await listTasks(parseTaskListQuery({ assignee: "me", due: "overdue", page: "2" }), me, NOW))[0];
    expect(page2).toMatchObject({ section: "overdue", total: 60, paged: true, page: 2, pageSize: 50 });
    expect(page2.rows.map((r) => r.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Bulk ${50 + i}`));
  });
});

describe("follow-ups and tasks on the home page and the calendar", () => {
  it("changes the home page counts as tasks and follow-ups come due and get done", async () => {
    const me = await createTestUser("SALES", "Europe/London");
    expect(await countMyDueTasks(me, NOW)).toEqual({ overdue: 0, today: 0 });
    const overdue = await task(me, { title: "Overdue call", dueDay: "2026-03-09", assigneeId: me.id });
    await task(me, { title: "Today's email", dueDay: "2026-03-10", dueTime: "16:00", assigneeId: me.id });
    await task(me, { title: "Not mine", dueDay: "2026-03-10" });
    expect(await countMyDueTasks(me, NOW)).toEqual({ overdue: 1, today: 1 });
    await completeTask(me, overdue.id, NOW);
    expect(await countMyDueTasks(me, NOW)).toEqual({ overdue: 0, today: 1 });

    const scope = { timeZone: me.timeZone, now: NOW };
    const before = await countFollowUps(scope);
    await createLead(me, { name: "Follow me up", nextActionDay: "2026-03-10" });
    expect((await countFollowUps(scope)).today).toBe(before.today + 1);
  });

  it("lists a view's tasks and lead follow-ups by the viewer's days", async () => {
    const sydney = await createTestUser("SALES", "Australia/Sydney");
    const inside = await task(sydney, { title: "Calendar task", dueDay: "2026-03-31", dueTime: "23:30", assigneeId: sydney.id });
    await task(sydney, { title: "Next month", dueDay: "2026-04-06", assigneeId: sydney.id });
    const { id: leadId } = await createLead(sydney, { name: "Calendar lead", nextActionDay: "2026-03-15", ownerId: sydney.id });
    const items = await listCalendarItems({ from: "2026-02-23", until: "2026-04-06", assignee: "me" }, sydney);
    expect(items.tasks.map((t) => t.id)).toEqual([inside.id]);
    expect(items.followUps.map((l) => l.id)).toEqual([leadId]);
    expect(items.truncated).toBe(false);
  });

  it("lists a record's open tasks, a company's including its contacts'", async () => {
    const admin = await createTestUser("ADMIN");
    const { id: companyId } = await createCompany(admin, { name: "Record Co" });
    const { id: contactId } = await createContact(admin, { firstName: "Rita", companyId });
    const { id: leadId } = await createLead(admin, { name: "Record lead" });
    const viaContact = await task(admin, { title: "Via contact", contactId, dueDay: "2026-03-12" });
    const direct = await task(admin, { title: "Direct", companyId, dueDay: "2026-03-11" });
    const undated = await task(admin, { title: "Undated", companyId });
    await task(admin, { title: "Done", companyId, status: "DONE" });
    const onLead = await task(admin, { title: "On lead", leadId });
    expect((await listRecordTasks("companyId", companyId)).rows.map((t) => t.id)).toEqual([direct.id, viaContact.id, undated.id]);
    expect(await listRecordTasks("contactId", contactId)).toMatchObject({ total: 1, rows: [{ id: viaContact.id }] });
    expect(await listRecordTasks("leadId", leadId)).toMatchObject({ total: 1, rows: [{ id: onLead.id }] });
  });
});
