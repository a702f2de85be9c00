import { z } from "zod";
import { optionalId } from "./common";
import { ALL_TEMPLATE_VARIANT_LABELS, templateVariantSchema } from "./template";

const exactlyOneRecord = (input: { leadId: string | null; contactId: string | null; dealId: string | null }) =>
  [input.leadId, input.contactId, input.dealId].filter(Boolean).length === 1;

/** The record an email is sent from: exactly one of a lead, a contact or a deal. */
export const emailRecordSchema = z
  .object({ leadId: optionalId, contactId: optionalId, dealId: optionalId })
  .refine(exactlyOneRecord, { error: "Send to one lead, contact or deal", path: ["leadId"] });
export type EmailRecordInput = z.input<typeof emailRecordSchema>;

/**
 * One email from a lead, contact or deal page (the send dialog, and its preview).
 * - Exactly one record: `leadId`, `contactId` or `dealId` (a deal's email goes to its contact,
 *   else to the lead it came from).
 * - `templateId` and `variant` say which template the text came from (kept on the message for
 *   the record); the text sent is `subject` and `body` as edited.
 * - `subject` and `body` are checked like a template's (lib/validation/template.ts): known
 *   variables only, balanced braces, one-line subject of at most 300 characters, a body of at
 *   most 200 KB; an email needs a subject.
 */
export const sendEmailInputSchema = z
  .object({
    leadId: optionalId,
    contactId: optionalId,
    dealId: optionalId,
    templateId: optionalId,
    variant: z.enum(ALL_TEMPLATE_VARIANT_LABELS, { error: "Choose A, B, C or D" }).default("A"),
    subject: templateVariantSchema.shape.subject,
    body: templateVariantSchema.shape.body,
  })
  .refine(exactlyOneRecord, { error: "Send to one lead, contact or deal", path: ["leadId"] })
  .refine((input) => input.subject.length > 0, { error: "An email needs a subject", path: ["subject"] });

export type SendEmailInput = z.input<typeof sendEmailInputSchema>;
export type SendEmailData = z.output<typeof sendEmailInputSchema>;
