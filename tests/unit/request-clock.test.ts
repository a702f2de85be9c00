import { describe, expect, it } from "vitest";
import { requestClock, TEST_CLOCK_ENV, TEST_NOW_HEADER } from "@/server/cron/request-clock";

const real = () => new Date("2026-12-06T10:00:00Z"); // a Sunday
const asking = (value: string) => new Request("http://127.0.0.1/api/cron/daily-summary", { headers: { [TEST_NOW_HEADER]: value } });
const monday = "2026-12-07T09:30:00Z";

describe("a cron call's test clock", () => {
  it("runs from the asked instant with LEADWELL_TEST_CLOCK=1 outside production", () => {
    expect(requestClock(asking(monday), real, { [TEST_CLOCK_ENV]: "1", NODE_ENV: "test" })()).toEqual(new Date(monday));
    expect(requestClock(asking(monday), real, { [TEST_CLOCK_ENV]: "1", NODE_ENV: "production", NEXTAUTH_URL: "http://127.0.0.1:3100" })()).toEqual(new Date(monday));
  });

  it("is the real clock without the setting, in a production configuration, or for a value that is no instant", () => {
    expect(requestClock(asking(monday), real, { NODE_ENV: "test" })()).toEqual(real());
    expect(requestClock(asking(monday), real, { [TEST_CLOCK_ENV]: "1", NODE_ENV: "production" })()).toEqual(real());
    expect(requestClock(asking(monday), real, { [TEST_CLOCK_ENV]: "1", NODE_ENV: "production", NEXTAUTH_URL: "https://crm.example.com" })()).toEqual(real());
    expect(requestClock(asking("next monday"), real, { [TEST_CLOCK_ENV]: "1", NODE_ENV: "test" })()).toEqual(real());
  });
});
