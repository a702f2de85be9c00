import type { Db, Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";

const owner = { select: { ownerId: true } } as const;

/**
 * An attachment's file facts and the owner of the record it is attached to (`record` is null only
 * for a row that lost its record, which the cascading foreign keys prevent).
 * @throws NotFoundError("Attachment") for an unknown or malformed id.
 */
export async function findStoredAttachment(db: Db | Tx, attachmentId: string) {
  assertRecordId(attachmentId, "Attachment");
  const row = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
      storageKey: true,
      uploadedById: true,
      lead: owner,
      contact: owner,
      company: owner,
      deal: owner,
    },
  });
  if (!row) throw new NotFoundError("Attachment");
  const { lead, contact, company, deal, ...attachment } = row;
  return { ...attachment, record: lead ?? contact ?? company ?? deal };
}
