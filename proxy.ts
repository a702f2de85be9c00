import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

/**
 * Paths reachable without a session: sign-in, first-run setup, invites and next-auth itself;
 * cron and webhook routes authenticate their callers themselves (bearer CRON_SECRET, signatures),
 * and so does REST API v1 (bearer API keys, server/api/api-route.ts; its openapi.json is public);
 * unsubscribe links (the page and the RFC 8058 one-click POST) carry a signed token instead.
 */
const PUBLIC_PATHS = [/^\/api-docs$/, /^\/sign-in$/, /^\/setup$/, /^\/invite\/[^/]+$/, /^\/api\/auth\//, /^\/api\/cron\//, /^\/api\/webhooks\//, /^\/api\/v1\//, /^\/unsubscribe\/[^/]+$/, /^\/api\/unsubscribe\/[^/]+$/];

/** Route handlers that answer a session or an API key (server/api/session-or-key-route.ts): /api/jobs and below. */
const KEY_OR_SESSION_PATHS = /^\/api\/jobs(\/|$)/;

/**
 * Every other page, server action (a POST to a page path) and route handler needs a session.
 * This is the outer guard; pages, actions and handlers check the session again themselves.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  // The lead-generation job routes take a session or an API key: a bearer key is checked by the route.
  if (KEY_OR_SESSION_PATHS.test(pathname) && /^Bearer\s/i.test(request.headers.get("authorization") ?? "")) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET });
  if (token) return NextResponse.next();
  if (pathname.startsWith("/api/") || request.headers.has("next-action")) {
    return NextResponse.json(
      { type: "about:blank", title: "Unauthorized", status: 401, detail: "Sign in to continue" },
      { status: 401, headers: { "content-type": "application/problem+json" } },
    );
  }
  const signIn = new URL("/sign-in", request.url);
  if (request.method === "GET" && pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // The upload routes (CSV imports from the browser, attachments) are left out: through a proxy,
  // Next.js buffers request bodies and cuts them at 10 MB (proxyClientMaxBodySize). Those routes
  // check the session before they read the body. REST API v1, cron and webhook routes are left out
  // too: they authenticate every request themselves (above), and skipping the proxy saves each of
  // their calls a pass through it — they are the routes called at volume (bench:api, bench:email).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/imports/leads$|api/attachments$|api/v1/|api/cron/|api/webhooks/).*)"],
};
