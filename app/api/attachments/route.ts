import { NextResponse } from "next/server";
import { attachmentUploadSchema } from "@/lib/validation/attachment";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError, ValidationError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { FileTooLargeError, maxAttachmentBytes } from "@/server/services/attachments/attachment-limits";
import { uploadAttachment } from "@/server/services/attachments/upload-attachment";
import { parseOrThrow } from "@/server/services/parse";
import { readLimitedForm } from "./read-limited-form";

/** Room for the multipart envelope and the small fields next to the file, in bytes. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * POST /api/attachments — multipart form with `file`, `category` (QUOTE, CONTRACT, PHOTO,
 * DOCUMENT), `recordType` (lead, contact, company, deal) and `recordId`. Answers 201 with the
 * attachment's id, stored name, detected content type and size; 413 problem JSON for a file over
 * the limit (without reading more of the body than the limit); 422 problem JSON with field errors
 * for anything else wrong with the input. A route handler rather than a server action, because
 * server actions take bodies of at most 2 MB; left out of the proxy (proxy.ts, which would cut
 * bodies at 10 MB), so it checks the session itself before reading the body.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const maxBytes = maxAttachmentBytes();
    const form = await readLimitedForm(request, maxBytes + FORM_OVERHEAD_BYTES, () => new FileTooLargeError(maxBytes));
    const file = form.get("file");
    if (!(file instanceof File)) throw new ValidationError("Choose a file", { file: ["Choose a file"] });
    if (file.size > maxBytes) throw new FileTooLargeError(maxBytes);
    const field = (name: string) => form.get(name) ?? undefined;
    const input = parseOrThrow(attachmentUploadSchema, {
      recordType: field("recordType"),
      recordId: field("recordId"),
      category: field("category"),
      fileName: file.name,
      content: new Uint8Array(await file.arrayBuffer()),
    });
    return NextResponse.json(await uploadAttachment(user, input), { status: 201 });
  } catch (error) {
    return problemResponse(error);
  }
}
