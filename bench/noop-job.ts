import { z } from "zod";
import { defineJobType } from "@/server/jobs/job-type";

/** A job that does nothing, for measuring the queue itself (claim, run, complete). */
export const noopJob = defineJobType({
  type: "BENCH_NOOP",
  payload: z.object({ n: z.number().int() }),
  handler: async () => {},
});
