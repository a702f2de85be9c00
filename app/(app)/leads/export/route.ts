import { type NextRequest } from "next/server";
import { parseLeadListQuery } from "@/lib/validation/lead-list";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { exportLeadsCsv } from "@/server/services/leads/export-leads";

/** GET /leads/export?<list filters>: every lead matching the filters, as CSV. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  const params = Object.fromEntries([...new Set(request.nextUrl.searchParams.keys())].map((k) => [k, request.nextUrl.searchParams.getAll(k)]));
  const csv = await exportLeadsCsv(parseLeadListQuery(params), user);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="leads-${stamp}.csv"`,
    },
  });
}
