import { getDb } from "@/server/db";
import { getAttachmentStore } from "@/server/storage/attachment-store";
import { findStoredAttachment } from "./stored-attachment";

/**
 * An attachment's file for download: its stored name, detected content type, size in bytes,
 * SHA-256 (hex) and a stream of its bytes.
 * Permission: any signed-in user, as for the record it belongs to — every signed-in user may view
 * every lead, contact, company and deal (lib/permissions.ts restricts editing only). The caller
 * must have checked the session.
 * @throws NotFoundError for an unknown attachment, or when its file is missing from the store.
 */
export async function openAttachment(
  attachmentId: string,
): Promise<{ fileName: string; contentType: string; size: number; sha256: string; body: ReadableStream<Uint8Array> }> {
  const { fileName, contentType, size, sha256, storageKey } = await findStoredAttachment(getDb(), attachmentId);
  const body = await getAttachmentStore().get(storageKey);
  return { fileName, contentType, size, sha256, body };
}
