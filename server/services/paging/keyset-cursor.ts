import { z } from "zod";
import { recordIdSchema } from "@/lib/validation/common";

/**
 * A position in a list read in (createdAt, id) order, ascending: the next page holds the rows
 * after this one. Rows inserted meanwhile have a later createdAt, so they land on later pages and
 * paging neither repeats nor skips a row.
 */
export type KeysetCursor = { createdAt: Date; id: string };

const payloadSchema = z.object({ c: z.iso.datetime(), i: recordIdSchema }).strict();

/** The cursor as an opaque URL-safe string: base64url of `{"c": ISO instant, "i": id}`. */
export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify({ c: cursor.createdAt.toISOString(), i: cursor.id }), "utf8").toString("base64url");
}

/**
 * Reads a cursor made by encodeKeysetCursor.
 * @returns the cursor, or null for anything else (not base64url, not that JSON, a bad date or id).
 */
export function decodeKeysetCursor(value: string): KeysetCursor | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? { createdAt: new Date(parsed.data.c), id: parsed.data.i } : null;
}
