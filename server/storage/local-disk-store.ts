import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { NotFoundError } from "@/server/errors";
import type { AttachmentStore, StoredContent } from "./attachment-store";
import { InvalidStorageKeyError, STORAGE_KEY_PATTERN } from "./storage-key";

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "ENOENT";

/**
 * Attachment files on local disk: `<root>/<first two key digits>/<key>` (the two-digit folders
 * keep any one directory small). A file is written to a temporary name beside its final one,
 * flushed to disk and renamed, so a crash never leaves a half-written file under a key. Keys are
 * checked against STORAGE_KEY_PATTERN, so no key can reach outside `root`.
 */
export class LocalDiskStore implements AttachmentStore {
  constructor(private readonly root: string) {}

  private fileOf(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new InvalidStorageKeyError(key);
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, content: StoredContent): Promise<void> {
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      const handle = await fs.open(temp, "wx", 0o640);
      try {
        for await (const chunk of content instanceof Uint8Array ? [content] : content) await handle.write(chunk);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<ReadableStream<Uint8Array>> {
    const file = this.fileOf(key);
    const handle = await fs.open(file, "r").catch((error: unknown) => {
      throw isMissing(error) ? new NotFoundError("Stored file") : error;
    });
    return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.fileOf(key), { force: true });
  }
}
