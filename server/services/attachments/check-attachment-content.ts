import { fileTypeFromBuffer } from "file-type";
import {
  ATTACHMENT_TYPES_SUMMARY,
  attachmentTypeOfExtension,
  attachmentTypeOfMime,
  refusedTypeLabel,
} from "@/lib/attachments/file-types";
import { fileExtension } from "@/lib/attachments/file-name";
import { ValidationError } from "@/server/errors";
import { FileTooLargeError } from "./attachment-limits";

function refuse(message: string): never {
  throw new ValidationError(message, { file: [message] });
}

/** Whether `bytes` are UTF-8 text without NUL characters (what a .txt/.csv/.md file must hold). */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides whether a file may be attached, from its content: the type file-type detects must be
 * one of ATTACHMENT_FILE_TYPES and the name's extension must be one of that type's (a PDF named
 * .exe is refused as surely as an executable named .pdf). Text has no signature: a file whose
 * type is not detected is accepted as text only when named .txt/.csv/.md and its bytes are UTF-8
 * without NULs.
 * @param fileName - the sanitised file name.
 * @param maxBytes - the size limit in bytes.
 * @returns the content type to store and serve.
 * @throws FileTooLargeError (413) over `maxBytes`; ValidationError on `file` for an empty file, a
 *   refused type or a name that does not match the content.
 */
export async function checkAttachmentContent(fileName: string, content: Uint8Array, maxBytes: number): Promise<string> {
  if (content.byteLength === 0) refuse("The file is empty");
  if (content.byteLength > maxBytes) throw new FileTooLargeError(maxBytes);
  const extension = fileExtension(fileName);
  if (!extension) refuse("The file name has no extension (such as .pdf); rename it and try again");
  const claimed = attachmentTypeOfExtension(extension);
  const detected = await fileTypeFromBuffer(content);

  if (!detected) {
    if (claimed?.text) {
      if (isUtf8Text(content)) return claimed.mime;
      refuse(`This file is not ${claimed.label}: it is not UTF-8 text`);
    }
    if (claimed) refuse(`This file is not ${claimed.label}: its content does not match its name`);
    refuse(`Files of type .${extension} cannot be attached. Allowed: ${ATTACHMENT_TYPES_SUMMARY}`);
  }

  const allowed = attachmentTypeOfMime(detected.mime);
  if (!allowed) {
    const actual = refusedTypeLabel(detected);
    if (claimed) refuse(`This file is ${actual}, not ${claimed.label}`);
    refuse(`This file is ${actual}, which cannot be attached. Allowed: ${ATTACHMENT_TYPES_SUMMARY}`);
  }
  if (!allowed.extensions.includes(extension)) {
    refuse(`This file is ${allowed.label}, but its name ends in .${extension}; rename it to .${allowed.extensions[0]}`);
  }
  return allowed.mime;
}
