import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as runJobsRoute from "@/app/api/cron/run-jobs/route";
import { getDb } from "@/server/db";
import { withCron } from "@/server/cron/with-cron";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { queueMaintenanceJob } from "@/server/jobs/queue-maintenance-job";

const SECRET = "test-cron-secret-0123456789";
const URL_RUN_JOBS = "http://localhost/api/cron/run-jobs";

function call(handler: (request: Request) => Promise<Response>, authorization?: string, url = URL_RUN_JOBS): Promise<Response> {
  return handler(new Request(url, { headers: authorization === undefined ? {} : { authorization } }));
}

/** A once-per-slot route on a five-minute schedule with a settable clock, counting its runs. */
function testRoute(route: string, options: { fail?: () => boolean } = {}) {
  const state = { clock: new Date("2026-05-04T10:07:30Z"), runs: [] as string[] };
  const GET = withCron({
    route,
    schedule: "*/5 * * * *",
    oncePerSlot: true,
    now: () => state.clock,
    run: async ({ slot }) => {
      if (options.fail?.()) throw new Error("boom");
      state.runs.push(slot.toISOString());
      return { ran: true };
    },
  });
  return { GET, state };
}

/** A due job: it stays QUEUED until something drains the queue. */
async function dueJob(): Promise<string> {
  const { id } = await enqueueJob(queueMaintenanceJob, { payload: {}, runAt: new Date(Date.now() - 1000) });
  return id;
}

async function jobStatus(id: string): Promise<string> {
  return (await getDb().job.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
}

beforeEach(async () => {
  vi.stubEnv("CRON_SECRET", SECRET);
  await getDb().job.deleteMany(); // each test counts its own jobs
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("cron routes", () => {
  it("answer 401 problem+json and run nothing without the right bearer secret", async () => {
    const id = await dueJob();
    const { GET, state } = testRoute("test-refused");
    const otherLength = SECRET + "x";
    const sameLength = SECRET.slice(0, -1) + (SECRET.endsWith("9") ? "8" : "9");
    for (const authorization of [undefined, "", "Bearer", "Bearer ", `Basic ${SECRET}`, SECRET, `Token ${SECRET}`, `Bearer ${sameLength}`, `Bearer ${otherLength}`, "Bearer x", `Bearer ${SECRET} extra`]) {
      for (const handler of [runJobsRoute.GET, GET]) {
        const response = await call(handler, authorization);
        expect(response.status, String(authorization)).toBe(401);
        expect(response.headers.get("content-type")).toContain("application/problem+json");
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
        expect(await response.json()).toMatchObject({ status: 401, title: "Unauthorized" });
      }
    }
    expect(await jobStatus(id)).toBe("QUEUED");
    expect(state.runs).toEqual([]);
  });

  it("refuse every call when CRON_SECRET is unset, in production and elsewhere", async () => {
    const id = await dueJob();
    const { GET, state } = testRoute("test-unset");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const nodeEnv of ["production", "development", "test"]) {
      vi.stubEnv("NODE_ENV", nodeEnv);
      for (const secret of [undefined, ""]) {
        vi.stubEnv("CRON_SECRET", secret);
        for (const handler of [runJobsRoute.GET, GET]) {
          // With credentials: 503, the server is not configured. Without: 401 as always.
          const configured = await call(handler, `Bearer ${SECRET}`);
          expect(configured.status, nodeEnv).toBe(503);
          expect(configured.headers.get("content-type")).toContain("application/problem+json");
          expect((await configured.json()).detail).toContain("CRON_SECRET");
          expect((await call(handler, "Bearer ")).status).toBe(401);
          expect((await call(handler)).status).toBe(401);
        }
      }
    }
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(await jobStatus(id)).toBe("QUEUED");
    expect(state.runs).toEqual([]);
  });

  it("run-jobs drains due jobs with the right secret and answers a JSON summary, every call", async () => {
    const first = await dueJob();
    const response = await call(runJobsRoute.GET, `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ route: "run-jobs", duplicate: false, summary: { claimed: 1, succeeded: 1, failed: 0, retried: 0, cancelled: 0 } });
    expect(new Date(body.slot).getUTCSeconds()).toBe(0);
    expect(Date.now() - new Date(body.slot).getTime()).toBeLessThan(120_000);
    expect(await jobStatus(first)).toBe("SUCCEEDED");

    // Not once per slot: a second call in the same minute drains again.
    const second = await dueJob();
    const again = await (await call(runJobsRoute.GET, `bearer ${SECRET}`)).json();
    expect(again).toMatchObject({ duplicate: false, summary: { claimed: 1, succeeded: 1 } });
    expect(await jobStatus(second)).toBe("SUCCEEDED");
  });

  it("run-jobs exports only GET (other methods get Next's 405) and its maxDuration", () => {
    expect(Object.keys(runJobsRoute).sort()).toEqual(["GET", "maxDuration"]);
    expect(runJobsRoute.maxDuration).toBe(60);
  });

  it("a once-per-slot route runs once per slot of its schedule and again in the next slot", async () => {
    const { GET, state } = testRoute("test-once");
    const slot = "2026-05-04T10:05:00.000Z";
    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toEqual({ route: "test-once", slot, duplicate: false, summary: { ran: true } });
    state.clock = new Date("2026-05-04T10:09:59.999Z");
    const duplicate = await call(GET, `Bearer ${SECRET}`);
    expect(duplicate.status).toBe(200);
    expect(await duplicate.json()).toEqual({ route: "test-once", slot, duplicate: true });
    // Two deliveries at once: one runs.
    state.clock = new Date("2026-05-04T10:10:00Z");
    const together = await Promise.all([call(GET, `Bearer ${SECRET}`), call(GET, `Bearer ${SECRET}`)]);
    expect(together.map((response) => response.status)).toEqual([200, 200]);
    expect((await Promise.all(together.map((response) => response.json()))).map((body) => body.duplicate).sort()).toEqual([false, true]);
    // A skipped slot is not made up: the next call belongs to the slot it falls in.
    state.clock = new Date("2026-05-04T10:21:00Z");
    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toMatchObject({ slot: "2026-05-04T10:20:00.000Z", duplicate: false });
    expect(state.runs).toEqual([slot, "2026-05-04T10:10:00.000Z", "2026-05-04T10:20:00.000Z"]);
  });

  it("a once-per-slot run that fails answers 500 and gives its slot back to a redelivery", async () => {
    let failing = true;
    const { GET, state } = testRoute("test-fails", { fail: () => failing });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await call(GET, `Bearer ${SECRET}`);
    expect(failed.status).toBe(500);
    expect(failed.headers.get("content-type")).toContain("application/problem+json");
    error.mockRestore();
    failing = false;
    expect(await (await call(GET, `Bearer ${SECRET}`)).json()).toMatchObject({ duplicate: false, summary: { ran: true } });
    expect(state.runs).toEqual(["2026-05-04T10:05:00.000Z"]);
  });

  it("refuses an invalid cron expression when the route is defined", () => {
    expect(() => withCron({ route: "broken", schedule: "every minute", run: async () => null })).toThrow();
  });
});
