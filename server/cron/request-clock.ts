import { testOnlySettingEnabled } from "@/server/test-only-setting";

/** The test-only setting that lets a request carry its own "now" (e2e tests of time-bound routes). */
export const TEST_CLOCK_ENV = "LEADWELL_TEST_CLOCK";
/** The header naming the instant a request is to run at (ISO 8601). */
export const TEST_NOW_HEADER = "x-leadwell-test-now";

/**
 * The clock a cron call runs on: `clock`, unless the test-only setting LEADWELL_TEST_CLOCK=1 is
 * honoured (testOnlySettingEnabled: never in a production configuration) and the request carries
 * `x-leadwell-test-now: <ISO instant>` — then a clock that starts at that instant and runs on, so an
 * e2e test can call the daily summary on a weekday whatever day it runs. Anything else in the
 * header is ignored.
 * @param env - where the setting is read (process.env by default; tests pass their own).
 */
export function requestClock(request: Request, clock: () => Date, env: Readonly<Record<string, string | undefined>> = process.env): () => Date {
  const asked = request.headers.get(TEST_NOW_HEADER);
  if (!asked || !testOnlySettingEnabled(TEST_CLOCK_ENV, env)) return clock;
  const start = Date.parse(asked);
  if (Number.isNaN(start)) return clock;
  const offset = start - clock().getTime();
  return () => new Date(clock().getTime() + offset);
}
