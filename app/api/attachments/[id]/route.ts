import { attachmentDisposition } from "@/lib/attachments/file-name";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { deleteAttachment } from "@/server/services/attachments/delete-attachment";
import { openAttachment } from "@/server/services/attachments/open-attachment";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/attachments/:id — the file as a download: Content-Type is the type detected at upload
 * (text with charset=utf-8), Content-Disposition `attachment` with the stored name (RFC 6266), no
 * sniffing, and a sandboxing CSP in case a browser shows it anyway. Any signed-in user may
 * download (see openAttachment); 401 without a session, 404 problem JSON for an unknown id.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const file = await openAttachment((await params).id);
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType.startsWith("text/") ? `${file.contentType}; charset=utf-8` : file.contentType,
        "content-length": String(file.size),
        "content-disposition": attachmentDisposition(file.fileName),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}

/**
 * DELETE /api/attachments/:id — deletes the attachment and its file (the uploader, or whoever may
 * edit its record); 204, or problem JSON (401, 403, 404).
 */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    await deleteAttachment(user, (await params).id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return problemResponse(error);
  }
}
