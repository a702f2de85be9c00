import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { getNotificationFeed } from "@/server/services/notifications/get-notification-feed";

/**
 * GET /api/notifications[?after=<ISO instant>] — the signed-in user's unread count and latest
 * notifications (only those created after `after` when given), for the header's bell, which polls
 * it. 401 problem JSON without a session; 422 for a malformed `after`.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const after = new URL(request.url).searchParams.get("after");
    const feed = await getNotificationFeed(user.id, { after });
    return NextResponse.json(feed, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}
