import { createHash } from "node:crypto";
import { sanitizeFileName } from "@/lib/attachments/file-name";
import { attachmentUploadSchema, type AttachmentUploadInput } from "@/lib/validation/attachment";
import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { getAttachmentStore, type AttachmentStore } from "@/server/storage/attachment-store";
import { newStorageKey } from "@/server/storage/storage-key";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { maxAttachmentBytes } from "./attachment-limits";
import { attachmentLink, findAttachmentRecord, recordNotFound } from "./attachment-record";
import { checkAttachmentContent } from "./check-attachment-content";

/** A foreign key that no longer points anywhere: the record was deleted while the file was stored. */
const isMissingReference = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003";

/**
 * Attaches a file to a lead, contact, company or deal. The file is checked (size, type by
 * content, extension; see checkAttachmentContent), stored under a new random key, then its row is
 * inserted with an audit entry; when the insert fails the stored file is removed again, so a
 * refused or failed upload leaves nothing behind.
 * Permission: whoever may edit the record (its owner, managers and admins; lib/permissions.ts).
 * @param input - the record, category, the file name as sent (it is sanitised) and the bytes.
 * @param options.store - where the file goes (tests pass a wrapped store); options.now - upload time.
 * @throws ValidationError (field errors) for bad input or a refused file; FileTooLargeError (413)
 *   over maxAttachmentBytes(); NotFoundError for an unknown record; ForbiddenError when `actor`
 *   may not edit it; ConflictError when it is deleted.
 */
export async function uploadAttachment(
  actor: Actor,
  input: AttachmentUploadInput,
  { store = getAttachmentStore(), now = new Date() }: { store?: AttachmentStore; now?: Date } = {},
): Promise<{ id: string; fileName: string; contentType: string; size: number }> {
  const { recordType, recordId, category, fileName: rawName, content } = parseOrThrow(attachmentUploadSchema, input);
  const db = getDb();
  const record = await findAttachmentRecord(db, { recordType, recordId });
  assertCanEdit(actor, record, recordType);
  if (record.deletedAt) throw new ConflictError(`This ${recordType} is deleted; restore it to attach files`);

  const fileName = sanitizeFileName(rawName);
  const contentType = await checkAttachmentContent(fileName, content, maxAttachmentBytes());
  const storageKey = newStorageKey();
  await store.put(storageKey, content);
  try {
    return await db.$transaction(async (tx) => {
      const attachment = await tx.attachment.create({
        data: {
          fileName,
          contentType,
          size: content.byteLength,
          sha256: createHash("sha256").update(content).digest("hex"),
          storageKey,
          category,
          ...attachmentLink({ recordType, recordId }),
          uploadedById: actor.id,
          createdAt: now,
        },
        select: { id: true, fileName: true, contentType: true, size: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "Attachment",
        entityId: attachment.id,
        changes: { fileName, contentType, size: attachment.size, category, recordType, recordId },
      });
      return attachment;
    });
  } catch (error) {
    await store.delete(storageKey);
    if (isMissingReference(error)) throw recordNotFound(recordType);
    throw error;
  }
}
