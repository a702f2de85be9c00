import { NextResponse } from "next/server";
import { BadRequestError } from "@/server/api/request-errors";
import { readRequestBody } from "@/server/api/read-request-body";
import { verifyUnsubscribeToken } from "@/server/email/unsubscribe-token";
import { NotFoundError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { unsubscribeEmailMessage } from "@/server/services/email/unsubscribe-email-message";

/** A one-click body is one short form field; anything longer is not one. */
const MAX_BODY_BYTES = 4096;

/**
 * Whether a POST body is RFC 8058's `List-Unsubscribe=One-Click`, sent as
 * application/x-www-form-urlencoded or multipart/form-data (RFC 8058 §3.1 allows both).
 */
async function isOneClickBody(request: Request): Promise<boolean> {
  const bytes = await readRequestBody(request, MAX_BODY_BYTES);
  const type = request.headers.get("content-type") ?? "";
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    const form = await new Response(Buffer.from(bytes), { headers: { "content-type": type } }).formData().catch(() => null);
    return form?.get("List-Unsubscribe") === "One-Click";
  }
  return new URLSearchParams(Buffer.from(bytes).toString("utf8")).get("List-Unsubscribe") === "One-Click";
}

/**
 * POST /api/unsubscribe/:token — the one-click unsubscribe a mail client posts for the
 * `List-Unsubscribe` header (RFC 8058 §3.1): no session, no cookies, no redirect; the body must be
 * `List-Unsubscribe=One-Click`. Answers 200 at once, also when the address was already
 * unsubscribed; 404 (problem details) for a malformed or forged token; 400 for another body.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await params;
    // A forged link is a 404 whatever its body says.
    if (!verifyUnsubscribeToken(token)) throw new NotFoundError("Unsubscribe link");
    if (!(await isOneClickBody(request))) throw new BadRequestError("The body of a one-click unsubscribe is List-Unsubscribe=One-Click (RFC 8058)");
    const { address } = await unsubscribeEmailMessage(token);
    return NextResponse.json({ unsubscribed: true, address }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}

/**
 * GET /api/unsubscribe/:token — a mail client or person that opens the header's link instead of
 * posting to it: sent on (303) to the unsubscribe page, which asks to confirm. A GET never
 * unsubscribes (link scanners open every link; RFC 8058 §3.2).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
