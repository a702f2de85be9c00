import { TZDate } from "@date-fns/tz";
import { zonedDay } from "@/lib/dates";
import type { Role } from "@/lib/enums";

/** The send hour a user has until they choose one (User.dailySummaryHour's default). */
export const DEFAULT_SUMMARY_HOUR = 8;

/**
 * Whether a user gets the daily summary: their own choice (User.dailySummaryEnabled), or, while
 * they have made none (null), the default — on for admins (the solo operator), off for everyone
 * else (issue 11 §5).
 */
export function dailySummaryOptedIn(user: { role: Role; dailySummaryEnabled: boolean | null }): boolean {
  return user.dailySummaryEnabled ?? user.role === "ADMIN";
}

/** Where an instant falls in a user's calendar: the local date, ISO weekday and hour. */
export type LocalMoment = {
  /** The local calendar day, "YYYY-MM-DD": the key of DailySummary (one per user per local day). */
  localDate: string;
  /** ISO 8601 weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** 0–23, local. */
  hour: number;
};

/**
 * The local date, weekday and hour of `now` in `timeZone`.
 * @param now - the current instant (injected so tests control the clock).
 * @param timeZone - the user's IANA time zone (User.timeZone).
 */
export function localMoment(now: Date, timeZone: string): LocalMoment {
  const local = new TZDate(now.getTime(), timeZone);
  return { localDate: zonedDay(now, timeZone), weekday: local.getDay() === 0 ? 7 : local.getDay(), hour: local.getHours() };
}

/**
 * Whether the daily summary is due at `now` for a user: a working day (Monday to Friday) in their
 * time zone, and their local hour has reached their send hour. Whether it was already sent that
 * day is the caller's question (the DailySummary row), so a call later the same day catches up a
 * run that was skipped.
 * @param now - the current instant.
 * @param sendHour - the user's send hour, 0–23 local (User.dailySummaryHour).
 */
export function isSummaryDue(now: Date, timeZone: string, sendHour: number): boolean {
  const { weekday, hour } = localMoment(now, timeZone);
  return weekday <= 5 && hour >= sendHour;
}
