/** The longest duration accepted for a call or meeting: 24 hours, in seconds. */
export const MAX_DURATION_SECONDS = 24 * 60 * 60;

/**
 * Parses a duration as typed in the activity form: minutes ("5", "2.5") or clock notation
 * ("12:30" = 12 min 30 s, "1:05:00" = 1 h 5 min).
 * @returns whole seconds, or null when `text` is not a duration (blank is not a duration either).
 */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (/^\d{1,4}(\.\d{1,2})?$/.test(value)) return Math.round(Number(value) * 60);
  const clock = /^(?:(\d{1,2}):)?(\d{1,4}):([0-5]\d)$/.exec(value);
  if (!clock) return null;
  const [, hours, minutes, seconds] = clock;
  if (hours !== undefined && Number(minutes) > 59) return null;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Seconds as the form shows them: "12:30", "1:05:00". */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Seconds for reading: "45 s", "12 min", "12 min 30 s", "1 h 5 min". */
export function describeDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}
