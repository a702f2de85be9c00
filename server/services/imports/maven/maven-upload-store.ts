import fs from "node:fs";
import path from "node:path";
import { ValidationError } from "@/server/errors";
import { importUploadDir } from "../import-upload-path";
import type { MavenUpload } from "./read-maven-files";

const uploadFolder = (upload: string) => path.join(importUploadDir(), upload);

/**
 * Stores a Maven import's uploaded files until its job succeeds, as
 * `$UPLOAD_DIR/imports/<upload>/<index>.csv` (the original names travel in the job's payload, so
 * no uploaded name becomes a path).
 * @param upload - a new upload id (newUploadId).
 */
export async function storeMavenUploads(upload: string, uploads: MavenUpload[]): Promise<void> {
  await fs.promises.mkdir(uploadFolder(upload), { recursive: true });
  await Promise.all(uploads.map((file, index) => fs.promises.writeFile(path.join(uploadFolder(upload), `${index}.csv`), file.text, "utf8")));
}

/**
 * The stored files of a Maven import, with their original names.
 * @throws ValidationError when they are no longer there.
 */
export async function readMavenUploads(upload: string, names: string[]): Promise<MavenUpload[]> {
  try {
    return await Promise.all(names.map(async (name, index) => ({ name, text: await fs.promises.readFile(path.join(uploadFolder(upload), `${index}.csv`), "utf8") })));
  } catch {
    throw new ValidationError("The uploaded files are no longer there; upload them again");
  }
}

/** Removes a Maven import's stored files. */
export async function removeMavenUploads(upload: string): Promise<void> {
  await fs.promises.rm(uploadFolder(upload), { recursive: true, force: true });
}
