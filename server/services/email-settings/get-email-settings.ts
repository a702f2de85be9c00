import { emailAddressSchema } from "@/lib/email/email-address";
import { emailSettingsSchema, type EmailSettings } from "@/lib/validation/email-settings";
import { getDb, type Db, type Tx } from "@/server/db";

/** The Setting row that holds Settings → Email. */
export const EMAIL_SETTINGS_KEY = "email";

/** The From used before anyone saved Settings → Email and without EMAIL_FROM. */
const FALLBACK_FROM = { fromName: "Leadwell", fromAddress: "leadwell@localhost" };

/**
 * The settings a fresh install starts with: the From of EMAIL_FROM (`Name <address>` or a bare
 * address; anything else is ignored) or `Leadwell <leadwell@localhost>`, and no Reply-To.
 * @param env - EMAIL_FROM (process.env by default).
 */
export function defaultEmailSettings(env: Readonly<Record<string, string | undefined>> = process.env): EmailSettings {
  const raw = env.EMAIL_FROM?.trim() ?? "";
  const match = /^(?:"?([^"<>]*?)"?\s*<([^<>]+)>|([^<>\s]+))$/.exec(raw);
  // The fallback address has no dot in its domain, so it is taken as given rather than parsed.
  const address = emailAddressSchema.safeParse(match?.[2] ?? match?.[3] ?? "");
  if (!address.success) return { ...FALLBACK_FROM, replyTo: null };
  return { fromName: match?.[1]?.trim() || null, fromAddress: address.data, replyTo: null };
}

/**
 * Settings → Email as stored in Setting "email", or defaultEmailSettings when nothing (or nothing
 * valid: a hand-edited row) is stored.
 */
export async function getEmailSettings(db: Db | Tx = getDb()): Promise<EmailSettings> {
  const row = await db.setting.findUnique({ where: { key: EMAIL_SETTINGS_KEY }, select: { value: true } });
  const stored = row ? emailSettingsSchema.safeParse(row.value) : null;
  return stored?.success ? stored.data : defaultEmailSettings();
}
