"use server";

import { revalidatePath } from "next/cache";
import type { EmailRecordInput, SendEmailInput } from "@/lib/validation/send-email";
import { runAction } from "@/server/action";
import { checkEmailRecipient } from "@/server/services/email/check-email-recipient";
import { listEmailTemplates } from "@/server/services/email/list-email-templates";
import { previewEmail } from "@/server/services/email/preview-email";
import { sendOneEmail } from "@/server/services/email/send-one-email";
import { getTemplate } from "@/server/services/templates/get-template";

// The send dialog's actions (lead, contact and deal pages); what they send without a Resend key
// lands in /outbox.

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

/** Whom the dialog would email (a missing or suppressed address comes back as a field error on `to`). */
export async function checkEmailRecipientAction(input: EmailRecordInput) {
  return runAction((user) => checkEmailRecipient(user, input));
}

/** The email templates to pick from. */
export async function listEmailTemplatesAction() {
  return runAction(() => listEmailTemplates());
}

/** A template's subject and body per variant, to fill the dialog with. */
export async function loadEmailTemplateAction(templateId: string) {
  return runAction(async () => {
    const template = await getTemplate(idOf(templateId));
    return [{ label: "A", subject: template.subject, body: template.body }, ...template.variants.map(({ label, subject, body }) => ({ label, subject, body }))];
  });
}

/** The dialog's preview: rendered for the record's recipient, nothing sent. */
export async function previewEmailAction(input: SendEmailInput) {
  return runAction((user) => previewEmail(user, input));
}

/** Sends (or puts in the outbox) and logs it on the record's timeline. */
export async function sendEmailAction(input: SendEmailInput) {
  return runAction(async (user) => {
    const sent = await sendOneEmail(user, input);
    revalidatePath("/outbox");
    return { to: sent.to, outbox: sent.outbox, movedTo: sent.activity.movedTo };
  });
}
