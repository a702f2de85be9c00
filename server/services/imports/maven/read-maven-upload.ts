import { MAX_MAVEN_UPLOAD_BYTES } from "@/lib/validation/maven-import";
import { ValidationError } from "@/server/errors";
import type { MavenUpload } from "./read-maven-files";

/** Room for the multipart envelope and the settings next to the files, in bytes. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function badUpload(message: string): ValidationError {
  return new ValidationError(message, { files: [message] });
}

/**
 * The Maven files and settings of a multipart upload: every `files` part (CSV files, read as
 * UTF-8) and `settings` (JSON, optional; checked by the service). A body larger than
 * MAX_MAVEN_UPLOAD_BYTES is refused from its Content-Length before it is read.
 * @throws ValidationError for a too large or unreadable body, no files, or settings that are not JSON.
 */
export async function readMavenUpload(request: Request): Promise<{ uploads: MavenUpload[]; settings: unknown }> {
  const size = `${MAX_MAVEN_UPLOAD_BYTES / 1024 / 1024} MB`;
  if (Number(request.headers.get("content-length")) > MAX_MAVEN_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) throw badUpload(`The files are larger than ${size} together`);
  const form = await request.formData().catch(() => {
    throw badUpload("The upload could not be read; try again");
  });
  const files = form.getAll("files").filter((file): file is File => file instanceof File && file.size > 0);
  if (!files.length) throw badUpload("Choose the Maven CSV files");
  if (files.reduce((sum, file) => sum + file.size, 0) > MAX_MAVEN_UPLOAD_BYTES) throw badUpload(`The files are larger than ${size} together`);
  const raw = form.get("settings");
  let settings: unknown = {};
  if (typeof raw === "string" && raw) {
    try {
      settings = JSON.parse(raw);
    } catch {
      throw new ValidationError("The import settings are not valid JSON");
    }
  }
  return { uploads: await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))), settings };
}
