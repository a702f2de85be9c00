import { z } from "zod";
import { ATTACHMENT_CATEGORIES } from "@/lib/enums";
import { recordIdSchema } from "./common";

/** The kinds of record a file can be attached to. */
export const ATTACHMENT_RECORD_TYPES = ["lead", "contact", "company", "deal"] as const;
export type AttachmentRecordType = (typeof ATTACHMENT_RECORD_TYPES)[number];

/** The record an attachment belongs to. */
export const attachmentRecordSchema = z.object({
  recordType: z.enum(ATTACHMENT_RECORD_TYPES, { error: "Attach files to a lead, contact, company or deal" }),
  recordId: recordIdSchema,
});
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

/**
 * An upload: the record, the category (DOCUMENT when not given), the file's name as the browser
 * sent it (sanitised by the service) and its bytes. Limits on the bytes are checked by the service.
 */
export const attachmentUploadSchema = attachmentRecordSchema.extend({
  category: z.enum(ATTACHMENT_CATEGORIES, { error: "Choose quote, contract, photo or document" }).default("DOCUMENT"),
  fileName: z.string({ error: "The file has no name" }),
  content: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "Choose a file" }),
});
export type AttachmentUploadInput = z.input<typeof attachmentUploadSchema>;
