import { describe, expect, it } from "vitest";
import { parseTaskListQuery } from "@/lib/validation/task-list";
import { taskCalendarQuerySchema } from "@/lib/validation/task-calendar";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { createLead } from "@/server/services/leads/create-lead";
import { completeTask } from "@/server/services/tasks/complete-task";
import { createTask } from "@/server/services/tasks/create-task";
import { deleteTask } from "@/server/services/tasks/delete-task";
import { listRecordTasks } from "@/server/services/tasks/list-record-tasks";
import { listTasks } from "@/server/services/tasks/list-tasks";
import { reopenTask } from "@/server/services/tasks/reopen-task";
import { updateTask } from "@/server/services/tasks/update-task";
import { createTestUser } from "../support/factories";
import { HOSTILE_VALUES, corruptEachField, idOf, readColumn } from "../support/hostile-values";

/** Row counts and the target task as stored: a refused call must change none of them. */
async function snapshot(taskId: string) {
  const db = getDb();
  return Promise.all([db.task.count(), db.activity.count(), db.auditLog.count(), db.task.findUnique({ where: { id: taskId } })]);
}

describe("hostile input to the task forms", () => {
  it("is refused with field errors (never a crash) and a refused call stores nothing", async () => {
    const admin = await createTestUser("ADMIN", "Europe/London");
    const { id: leadId } = await createLead(admin, { name: "Target lead" });
    const { id: taskId } = await createTask(admin, { title: "Target task", leadId });
    const valid = { title: "Valid task", notes: "n", type: "CALL", priority: "HIGH", status: "IN_PROGRESS", dueDay: "2026-03-10", dueTime: "09:30", assigneeId: admin.id, leadId };
    const read = (id: string) => getDb().task.findUnique({ where: { id } });
    // Without a time the task is all-day.
    const columns = { dueTime: "allDay" };
    const normalised = { dueTime: (v: unknown) => v === null };
    const { refused, fieldErrors } = await corruptEachField(
      [
        { name: "createTask", valid, call: (i: never) => createTask(admin, i), readBack: readColumn((r) => read(idOf(r)), columns), normalised },
        { name: "updateTask", valid, call: (i: never) => updateTask(admin, taskId, i), readBack: readColumn(() => read(taskId), columns), normalised },
      ],
      () => snapshot(taskId),
    );
    expect(fieldErrors).toBeGreaterThan(150);
    expect(refused).toBe(fieldErrors);
  });

  it("refuses wrong date formats and impossible dates by field", async () => {
    const admin = await createTestUser("ADMIN");
    const before = await getDb().task.count();
    for (const [dueDay, dueTime] of [["10/03/2026", null], ["2026-3-10", null], ["2026-02-30", null], ["2026-03-10T09:00", null], ["2026-03-10", "9:30am"], ["2026-03-10", "25:00"], [null, "09:00"]]) {
      const error = await createTask(admin, { title: "Bad date", dueDay, dueTime }).catch((e) => e);
      expect(error, `${dueDay} ${dueTime}`).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual([dueDay && /^\d{4}-\d{2}-\d{2}$/.test(dueDay) && dueDay !== "2026-02-30" ? "dueTime" : dueDay ? "dueDay" : "dueTime"]);
    }
    expect(await getDb().task.count()).toBe(before);
  });

  it("answers hostile ids with NotFoundError and changes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const before = await snapshot("none");
    for (const id of HOSTILE_VALUES) {
      for (const call of [completeTask, reopenTask, deleteTask]) await expect(call(admin, id as string)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateTask(admin, id as string, { title: "x" })).rejects.toBeInstanceOf(NotFoundError);
      // An id-shaped value ("BOGUS_ENUM_VALUE") is looked up and has no tasks; anything else is refused.
      await listRecordTasks("leadId", id as string).then(
        (result) => expect(result.total).toBe(0),
        (error) => expect(error).toBeInstanceOf(NotFoundError),
      );
    }
    expect(await snapshot("none")).toEqual(before);
  });

  it("opens the list and the calendar with any hostile URL parameter, ignoring it", async () => {
    const admin = await createTestUser("ADMIN");
    for (const value of HOSTILE_VALUES) {
      for (const key of ["q", "status", "due", "from", "to", "assignee", "priority", "type", "page"]) {
        const query = parseTaskListQuery({ [key]: value as string });
        await expect(listTasks(query, admin)).resolves.toBeInstanceOf(Array);
      }
      expect(taskCalendarQuerySchema.safeParse({ view: value, date: value, assignee: value }).success).toBe(true);
    }
  });
});
