import "server-only";
import path from "node:path";
import { LocalDiskStore } from "./local-disk-store";
import { uploadDir } from "./upload-dir";

/** The bytes of a file to store: all of them, or a stream of chunks (a Node or web stream). */
export type StoredContent = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Where attachment files are kept, by storage key. The database holds each file's metadata and
 * key; the store holds only bytes. Implementations:
 * - LocalDiskStore (the default): files under `$UPLOAD_DIR/attachments`.
 * - Object storage (S3, R2, GCS…) later: implement these three methods with the provider's
 *   put/get/delete object calls (a key is a valid object name as it is) and return that store
 *   from getAttachmentStore, e.g. when ATTACHMENT_STORE=s3.
 */
export interface AttachmentStore {
  /**
   * Stores `content` under `key`, all or nothing: readers never see a partly written file.
   * @throws InvalidStorageKeyError (storage-key.ts) for a key newStorageKey could not have made.
   */
  put(key: string, content: StoredContent): Promise<void>;
  /**
   * The stored bytes as a stream.
   * @throws NotFoundError("Stored file") when nothing is stored under `key`.
   */
  get(key: string): Promise<ReadableStream<Uint8Array>>;
  /** Removes the file under `key`; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

/** The attachment store of this deployment: files on local disk under `$UPLOAD_DIR/attachments`. */
export function getAttachmentStore(): AttachmentStore {
  return new LocalDiskStore(path.join(uploadDir(), "attachments"));
}
