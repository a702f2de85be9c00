import { describe, expect, it } from "vitest";
import { canManageTask, canWorkOnTask } from "@/lib/tasks/task-permissions";
import { taskInputSchema } from "@/lib/validation/task";
import { parseTaskListQuery, taskListSearch, visibleSections } from "@/lib/validation/task-list";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";

const errorsOf = (input: unknown) => {
  const result = taskInputSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("taskInputSchema", () => {
  it("fills defaults and turns blanks into nulls", () => {
    expect(taskInputSchema.parse({ title: "  Call back  ", dueDay: "", dueTime: "", leadId: "" })).toMatchObject({
      title: "Call back",
      type: "TODO",
      priority: "MEDIUM",
      status: "OPEN",
      dueDay: null,
      dueTime: null,
      leadId: null,
      notes: null,
    });
  });

  it("refuses unknown types, priorities and statuses, and malformed days and times", () => {
    expect(Object.keys(errorsOf({ title: "x", type: "PARTY", priority: "ASAP", status: "LATER", dueDay: "10/03/2026", dueTime: "2pm" })).sort()).toEqual(
      ["dueDay", "dueTime", "priority", "status", "type"],
    );
    expect(errorsOf({ title: "x", dueDay: "2026-02-30" })).toHaveProperty("dueDay");
    expect(errorsOf({ title: "x", dueDay: "2026-03-10", dueTime: "24:00" })).toHaveProperty("dueTime");
  });

  it("wants a day for a time, and a title", () => {
    expect(errorsOf({ title: "x", dueTime: "10:00" })).toEqual({ dueTime: ["Choose a day for this time"] });
    expect(errorsOf({ title: "   " })).toEqual({ title: ["Title is required"] });
  });

  it("accepts days in the past (a task can be logged overdue)", () => {
    expect(taskInputSchema.parse({ title: "x", dueDay: "2020-01-01", dueTime: "08:00" })).toMatchObject({ dueDay: "2020-01-01", dueTime: "08:00" });
  });
});

describe("the tasks list query", () => {
  it("drops malformed filters instead of failing", () => {
    expect(parseTaskListQuery({ status: "BOGUS", due: "yesterday", from: "2026-13-01", priority: "x", page: "-3", assignee: "me" })).toMatchObject({
      status: undefined,
      due: undefined,
      from: null,
      priority: undefined,
      page: 1,
      assignee: "me",
    });
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const query = parseTaskListQuery({ due: "overdue", assignee: "me", from: "2026-03-01" });
    expect(taskListSearch(query)).toBe("?due=overdue&from=2026-03-01&assignee=me");
    expect(parseTaskListQuery(Object.fromEntries(new URLSearchParams(taskListSearch(query))))).toEqual(query);
    expect(taskListSearch(parseTaskListQuery({}))).toBe("");
  });

  it("shows the sections its filters allow", () => {
    const q = (params: Record<string, string>) => visibleSections(parseTaskListQuery(params));
    expect(q({})).toEqual(["overdue", "today", "upcoming", "none", "completed"]);
    expect(q({ status: "OPEN" })).toEqual(["overdue", "today", "upcoming", "none"]);
    expect(q({ status: "DONE" })).toEqual(["completed"]);
    expect(q({ due: "today" })).toEqual(["today"]);
    expect(q({ from: "2026-03-01", to: "2026-03-31" })).toEqual(["overdue", "today", "upcoming", "completed"]);
    expect(q({ due: "none", from: "2026-03-01" })).toEqual([]);
  });
});

describe("task permissions", () => {
  const task = { assigneeId: "assignee", createdById: "creator" };
  it("lets the assignee and the creator work on a task, and managers and admins any task", () => {
    expect(canWorkOnTask({ id: "assignee", role: "SALES" }, task)).toBe(true);
    expect(canWorkOnTask({ id: "creator", role: "SALES" }, task)).toBe(true);
    expect(canWorkOnTask({ id: "other", role: "SALES" }, task)).toBe(false);
    expect(canWorkOnTask({ id: "other", role: "MANAGER" }, task)).toBe(true);
    expect(canWorkOnTask({ id: "other", role: "ADMIN" }, task)).toBe(true);
  });

  it("lets only the creator, managers and admins delete or reassign", () => {
    expect(canManageTask({ id: "assignee", role: "SALES" }, task)).toBe(false);
    expect(canManageTask({ id: "creator", role: "SALES" }, task)).toBe(true);
    expect(canManageTask({ id: "other", role: "MANAGER" }, task)).toBe(true);
  });
});
