import { NextResponse } from "next/server";
import { leadImportSettingsSchema, MAX_IMPORT_FILE_BYTES } from "@/lib/validation/import";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError, ValidationError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { startLeadImport } from "@/server/services/imports/start-lead-import";
import { parseOrThrow } from "@/server/services/parse";

/** Room for the multipart envelope and the settings next to the file, in bytes. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function badUpload(message: string): ValidationError {
  return new ValidationError(message, { file: [message] });
}

/**
 * POST /api/imports/leads — multipart form with `file` (the CSV) and `settings` (JSON, see
 * leadImportSettingsSchema). Starts the import job and answers 201 `{ jobId }`; the import runs
 * on in the background. An upload route rather than a server action: server actions buffer
 * bodies only up to the small global limit, and this route can refuse a too large file from its
 * Content-Length before reading it.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const length = Number(request.headers.get("content-length"));
    if (length > MAX_IMPORT_FILE_BYTES + FORM_OVERHEAD_BYTES) {
      throw badUpload(`The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB; split it into smaller files`);
    }
    const form = await request.formData().catch(() => {
      throw badUpload("The upload could not be read; try again");
    });
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw badUpload("Choose a CSV file");
    let json: unknown;
    try {
      json = JSON.parse(String(form.get("settings")));
    } catch {
      throw new ValidationError("The import settings are not valid JSON");
    }
    const settings = parseOrThrow(leadImportSettingsSchema, json);
    const { jobId } = await startLeadImport(user, { source: file.stream(), settings });
    return NextResponse.json({ jobId }, { status: 201 });
  } catch (error) {
    return problemResponse(error);
  }
}
