import { attachmentRecordSchema, type AttachmentRecord } from "@/lib/validation/attachment";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { parseOrThrow } from "@/server/services/parse";
import { attachmentLink } from "./attachment-record";

const attachmentRowSelect = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  category: true,
  createdAt: true,
  uploadedBy: { select: { id: true, name: true } },
} satisfies Prisma.AttachmentSelect;

export type AttachmentRow = Prisma.AttachmentGetPayload<{ select: typeof attachmentRowSelect }>;

/**
 * The files attached to a record, newest first. Anyone signed in may see them (every signed-in
 * user may view every record).
 * @throws ValidationError for an unknown record type or a malformed id.
 */
export async function listAttachments(record: AttachmentRecord): Promise<AttachmentRow[]> {
  const parsed = parseOrThrow(attachmentRecordSchema, record);
  return getDb().attachment.findMany({
    where: attachmentLink(parsed),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: attachmentRowSelect,
  });
}
