import { getDb, type Tx } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { getAttachmentStore } from "@/server/storage/attachment-store";

/**
 * Runs `deleteRecords` in a transaction and, once it has committed, removes the stored files of
 * the attachments `where` selects — those the deletion removes by cascade (e.g.
 * `{ leadId: { in: ids } }` when deleting leads), which would otherwise stay on disk.
 * @returns what `deleteRecords` returns; its errors propagate and no file is removed.
 */
export async function deleteWithAttachmentFiles<T>(where: Prisma.AttachmentWhereInput, deleteRecords: (tx: Tx) => Promise<T>): Promise<T> {
  const { result, storageKeys } = await getDb().$transaction(async (tx) => {
    const attachments = await tx.attachment.findMany({ where, select: { storageKey: true } });
    return { result: await deleteRecords(tx), storageKeys: attachments.map((a) => a.storageKey) };
  });
  const store = getAttachmentStore();
  for (const key of storageKeys) await store.delete(key);
  return result;
}
