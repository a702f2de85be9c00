import type { AttachmentRecord, AttachmentRecordType } from "@/lib/validation/attachment";
import type { Db, Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";

/** The foreign-key column of an attachment for each kind of record. */
const LINK_COLUMN = { lead: "leadId", contact: "contactId", company: "companyId", deal: "dealId" } as const satisfies Record<AttachmentRecordType, string>;
/** How a NotFoundError names each kind of record. */
const RECORD_NAME = { lead: "Lead", contact: "Contact", company: "Company", deal: "Deal" } as const satisfies Record<AttachmentRecordType, string>;

/** The attachment columns that link it to `record`, e.g. `{ leadId: "…" }`. */
export function attachmentLink({ recordType, recordId }: AttachmentRecord): { leadId: string } | { contactId: string } | { companyId: string } | { dealId: string } {
  return { [LINK_COLUMN[recordType]]: recordId } as ReturnType<typeof attachmentLink>;
}

/** What the attachment rules need to know of the record a file belongs to. */
export type AttachmentOwnerRecord = { ownerId: string | null; deletedAt: Date | null };

/**
 * The owner and soft-delete time of the record files are attached to (leads and deals are never
 * soft-deleted: their deletedAt is null).
 * @throws NotFoundError for an unknown record.
 */
export async function findAttachmentRecord(db: Db | Tx, { recordType, recordId }: AttachmentRecord): Promise<AttachmentOwnerRecord> {
  const where = { where: { id: recordId } };
  const record =
    recordType === "lead"
      ? await db.lead.findUnique({ ...where, select: { ownerId: true } }).then((r) => r && { ...r, deletedAt: null })
      : recordType === "deal"
        ? await db.deal.findUnique({ ...where, select: { ownerId: true } }).then((r) => r && { ...r, deletedAt: null })
        : recordType === "contact"
          ? await db.contact.findUnique({ ...where, select: { ownerId: true, deletedAt: true } })
          : await db.company.findUnique({ ...where, select: { ownerId: true, deletedAt: true } });
  if (!record) throw recordNotFound(recordType);
  return record;
}

/** The NotFoundError for a missing record of this kind ("Lead not found"). */
export function recordNotFound(recordType: AttachmentRecordType): NotFoundError {
  return new NotFoundError(RECORD_NAME[recordType]);
}
