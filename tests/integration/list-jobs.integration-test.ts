import { beforeAll, describe, expect, it } from "vitest";
import { jobListQuerySchema } from "@/lib/validation/job-list";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { appendJobLog } from "@/server/jobs/job-log";
import { listJobLog } from "@/server/services/jobs/list-job-log";
import { listJobs } from "@/server/services/jobs/list-jobs";
import { createTestUser, type TestActor } from "../support/factories";

let admin: TestActor;
let manager: TestActor;
let seller: TestActor;
let other: TestActor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  [admin, manager, seller, other] = await Promise.all([createTestUser("ADMIN"), createTestUser("MANAGER"), createTestUser("SALES"), createTestUser("SALES")]);
  const base = Date.parse("2026-12-01T10:00:00.000Z");
  const rows: Array<[string, string, "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED", string | null]> = [
    ["sellerImport", "LEAD_IMPORT", "SUCCEEDED", seller.id],
    ["sellerFailed", "LEAD_IMPORT", "FAILED", seller.id],
    ["otherImport", "LEAD_IMPORT", "RUNNING", other.id],
    ["maintenance", "QUEUE_MAINTENANCE", "SUCCEEDED", null],
  ];
  for (const [index, [name, type, status, createdById]] of rows.entries()) {
    const job = await getDb().job.create({ data: { type, status, payload: { fileName: `${name}.csv` }, createdById, createdAt: new Date(base + index * 60_000) } });
    ids[name] = job.id;
  }
  await appendJobLog(ids.sellerFailed, { level: "warn", message: "first", attempt: 1, at: new Date(base + 1000) });
  await appendJobLog(ids.sellerFailed, { level: "error", message: "second", attempt: 2, at: new Date(base + 2000) });
});

const filters = (input: Record<string, unknown> = {}) => jobListQuerySchema.parse(input);

describe("the jobs list", () => {
  it("shows admins and managers every job, newest first, and the types there are", async () => {
    for (const viewer of [admin, manager]) {
      const { jobs, total, types } = await listJobs(viewer, { filters: filters(), page: 1 });
      expect(jobs.map((job) => job.id)).toEqual([ids.maintenance, ids.otherImport, ids.sellerFailed, ids.sellerImport]);
      expect(total).toBe(4);
      expect(types).toEqual(["LEAD_IMPORT", "QUEUE_MAINTENANCE"]);
    }
  });

  it("shows everyone else only their own jobs", async () => {
    const { jobs, types } = await listJobs(seller, { filters: filters(), page: 1 });
    expect(jobs.map((job) => job.id)).toEqual([ids.sellerFailed, ids.sellerImport]);
    expect(jobs[0]).toMatchObject({ fileName: "sellerFailed.csv", createdBy: { id: seller.id } });
    expect(types).toEqual(["LEAD_IMPORT"]);
  });

  it("filters by status and type; unknown filter values are ignored, a page past the end is empty", async () => {
    expect((await listJobs(admin, { filters: filters({ status: "FAILED,RUNNING" }), page: 1 })).jobs.map((job) => job.id)).toEqual([ids.otherImport, ids.sellerFailed]);
    expect((await listJobs(admin, { filters: filters({ type: "QUEUE_MAINTENANCE" }), page: 1 })).total).toBe(1);
    expect((await listJobs(admin, { filters: filters({ status: "BOGUS_ENUM_VALUE" }), page: 1 })).total).toBe(4);
    expect((await listJobs(admin, { filters: filters({ status: ["<script>", 42] }), page: 1 })).total).toBe(4);
    expect((await listJobs(admin, { filters: filters(), page: 50 })).jobs).toEqual([]);
  });

  it("shows a job's log oldest first to whoever may see the job", async () => {
    expect((await listJobLog(seller, ids.sellerFailed)).map((line) => [line.level, line.attempt, line.message])).toEqual([
      ["warn", 1, "first"],
      ["error", 2, "second"],
    ]);
    await expect(listJobLog(other, ids.sellerFailed)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listJobLog(admin, "no such id!")).rejects.toBeInstanceOf(NotFoundError);
  });
});
