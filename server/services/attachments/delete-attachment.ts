import { canDeleteAttachment } from "@/lib/attachments/can-delete-attachment";
import { getDb } from "@/server/db";
import { ForbiddenError } from "@/server/errors";
import { getAttachmentStore } from "@/server/storage/attachment-store";
import { recordAudit } from "@/server/services/audit";
import type { Actor } from "@/server/services/permissions";
import { findStoredAttachment } from "./stored-attachment";

/**
 * Deletes an attachment: its row (with an audit entry), then its stored file.
 * Permission: the uploader, or whoever may edit the record (canDeleteAttachment).
 * @throws NotFoundError for an unknown attachment; ForbiddenError when `actor` may not delete it.
 */
export async function deleteAttachment(actor: Actor, attachmentId: string): Promise<void> {
  const storageKey = await getDb().$transaction(async (tx) => {
    const attachment = await findStoredAttachment(tx, attachmentId);
    if (!canDeleteAttachment(actor, attachment, attachment.record ?? { ownerId: null })) {
      throw new ForbiddenError("Only the uploader, the record's owner, a manager or an admin can delete this file");
    }
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entityType: "Attachment",
      entityId: attachment.id,
      changes: { fileName: attachment.fileName, size: attachment.size, sha256: attachment.sha256 },
    });
    return attachment.storageKey;
  });
  await getAttachmentStore().delete(storageKey);
}
