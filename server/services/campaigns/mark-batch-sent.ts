import { isPostgres, type Tx } from "@/server/db";

/** One recipient of a sent batch: its row, Resend's email id (null in the outbox) and what it got. */
export type SentRecipient = { messageId: string; providerId: string | null; subject: string; html: string | null; text: string | null };

/**
 * Marks a batch's recipients SENT in one SQL statement inside the caller's transaction: status
 * SENT at `at` (statusAt, sentAt), the sender's From and Reply-To, and per recipient its Resend
 * id, subject and — for the outbox, which shows them — the HTML and text parts. The rows go in as
 * one JSON parameter (SQLite `json_each`, PostgreSQL `jsonb_to_recordset`), as insertRows does:
 * a hundred Prisma updates cost about 200 ms and several MB of garbage a batch, in the worker
 * that has to keep up with the rate limit.
 * @param outbox - whether the batch went to the local outbox instead of Resend.
 */
export async function markBatchSent(
  tx: Tx,
  { recipients, at, from, replyTo, outbox }: { recipients: readonly SentRecipient[]; at: Date; from: string; replyTo: string | null; outbox: boolean },
): Promise<void> {
  if (!recipients.length) return;
  const common = `"status" = 'SENT', "outbox" = ${outbox ? "true" : "false"}`;
  if (isPostgres()) {
    const rows = recipients.map(({ messageId, providerId, subject, html, text }) => ({ id: messageId, providerId, subject, html, text }));
    await tx.$executeRawUnsafe(
      `UPDATE "EmailMessage" AS m SET ${common}, "statusAt" = $1, "sentAt" = $2, "updatedAt" = $3, "fromAddress" = $4, "replyTo" = $5,
         "providerId" = j."providerId", "subject" = j."subject", "html" = j."html", "text" = j."text"
       FROM jsonb_to_recordset($6::jsonb) AS j("id" text, "providerId" text, "subject" text, "html" text, "text" text)
       WHERE m."id" = j."id"`,
      at,
      at,
      at,
      from,
      replyTo,
      JSON.stringify(rows),
    );
    return;
  }
  // SQLite reads arrays by position faster than objects by key.
  const rows = recipients.map(({ messageId, providerId, subject, html, text }) => [messageId, providerId, subject, html, text]);
  await tx.$executeRawUnsafe(
    `UPDATE "EmailMessage" SET ${common}, "statusAt" = ?, "sentAt" = ?, "updatedAt" = ?, "fromAddress" = ?, "replyTo" = ?,
       "providerId" = j.value ->> 1, "subject" = j.value ->> 2, "html" = j.value ->> 3, "text" = j.value ->> 4
     FROM json_each(?) AS j
     WHERE "EmailMessage"."id" = j.value ->> 0`,
    at,
    at,
    at,
    from,
    replyTo,
    JSON.stringify(rows),
  );
}
