import { formatInZone } from "@/lib/dates";

/** A local day "yyyy-MM-dd" as people read it ("Tue 8 Dec"); the day is taken as written, whatever the time zone. */
export function dayLabel(day: string, pattern = "EEE d MMM"): string {
  return formatInZone(new Date(`${day}T12:00:00Z`), "UTC", pattern);
}

/** A month "yyyy-MM" as people read it ("December 2026"). */
export function monthLabel(month: string): string {
  return formatInZone(new Date(`${month}-15T12:00:00Z`), "UTC", "MMMM yyyy");
}
