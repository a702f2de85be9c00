import { formatFileSize } from "@/lib/attachments/format-file-size";
import { ValidationError } from "@/server/errors";

/** Largest attachment accepted when ATTACHMENT_MAX_BYTES is not set: 10 MiB. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Largest attachment accepted, in bytes: ATTACHMENT_MAX_BYTES, or DEFAULT_ATTACHMENT_MAX_BYTES.
 * Read on every call (tests change it).
 * @throws Error when ATTACHMENT_MAX_BYTES is set but not a positive whole number (a setup mistake).
 */
export function maxAttachmentBytes(): number {
  const setting = process.env.ATTACHMENT_MAX_BYTES?.trim();
  if (!setting) return DEFAULT_ATTACHMENT_MAX_BYTES;
  const bytes = Number(setting);
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new Error(`ATTACHMENT_MAX_BYTES must be a number of bytes, not ${JSON.stringify(setting)}`);
  return bytes;
}

/** A file over the size limit: a field error on `file`, answered 413 by route handlers. */
export class FileTooLargeError extends ValidationError {
  override readonly status = 413;

  constructor(maxBytes: number) {
    const message = `The file is larger than ${formatFileSize(maxBytes)}`;
    super(message, { file: [message] });
  }
}
