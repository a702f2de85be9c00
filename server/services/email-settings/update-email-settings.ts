import { emailSettingsSchema, type EmailSettings } from "@/lib/validation/email-settings";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertAdmin, type Actor } from "@/server/services/permissions";
import { EMAIL_SETTINGS_KEY } from "./get-email-settings";

/**
 * Saves Settings → Email (workspace From name and address, Reply-To) in Setting "email".
 * @throws ForbiddenError unless `actor` is an admin; ValidationError with field errors.
 */
export async function updateEmailSettings(actor: Actor, input: unknown): Promise<EmailSettings> {
  assertAdmin(actor, "Only an admin can change the email settings");
  const settings = parseOrThrow(emailSettingsSchema, input);
  await getDb().$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: EMAIL_SETTINGS_KEY }, create: { key: EMAIL_SETTINGS_KEY, value: settings }, update: { value: settings } });
    await recordAudit(tx, { actorId: actor.id, action: "update", entityType: "Setting", entityId: EMAIL_SETTINGS_KEY, changes: settings });
  });
  return settings;
}
