import { z } from "zod";
import { getDb } from "@/server/db";

/** The Setting row the Resend webhook route writes on each delivery it receives. */
export const LAST_WEBHOOK_KEY = "resend.lastWebhook";

const lastWebhookSchema = z.object({ at: z.iso.datetime({ offset: true }), verified: z.boolean(), reason: z.string().optional() });

/** When the last webhook arrived, whether its signature verified, and why not. */
export type LastWebhook = { at: Date; verified: boolean; reason: string | null };

/**
 * The last Resend webhook delivery (Setting "resend.lastWebhook", `{ at: ISO string, verified,
 * reason? }`, written by the webhook route), or null when none arrived yet or the row is not of
 * that shape.
 */
export async function getLastWebhook(): Promise<LastWebhook | null> {
  const row = await getDb().setting.findUnique({ where: { key: LAST_WEBHOOK_KEY }, select: { value: true } });
  const parsed = row ? lastWebhookSchema.safeParse(row.value) : null;
  if (!parsed?.success) return null;
  return { at: new Date(parsed.data.at), verified: parsed.data.verified, reason: parsed.data.reason ?? null };
}
