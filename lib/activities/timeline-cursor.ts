/** A position in a timeline (newest first): entries strictly older than this one come next. */
export type TimelineCursor = { occurredAt: Date; id: string };

/** The cursor as it appears in a "Show older" link: base-36 milliseconds, a dot, the entry's id. */
export function encodeTimelineCursor(cursor: TimelineCursor): string {
  return `${cursor.occurredAt.getTime().toString(36)}.${cursor.id}`;
}

/** Reads a cursor from a link; anything malformed (edited by hand) is null, i.e. the newest page. */
export function decodeTimelineCursor(value: string | undefined): TimelineCursor | null {
  const match = value ? /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{1,64})$/.exec(value) : null;
  if (!match) return null;
  const occurredAt = new Date(parseInt(match[1], 36));
  return Number.isNaN(occurredAt.getTime()) ? null : { occurredAt, id: match[2] };
}
