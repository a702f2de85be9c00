import "server-only";
import type { NextRequest } from "next/server";
import { searchParamsObject } from "@/lib/search-params";
import { getCurrentUser, type CurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";

/**
 * A GET route handler that exports a list as a CSV download: checks the session (401 problem
 * JSON without one), hands the list's URL filters to `exportCsv` and names the file
 * `<name>-<UTC date>.csv`.
 */
export function csvDownload(
  name: string,
  exportCsv: (params: Record<string, string | string[]>, user: CurrentUser) => Promise<string>,
) {
  return async function GET(request: NextRequest): Promise<Response> {
    const user = await getCurrentUser();
    if (!user) return problemResponse(new UnauthorizedError());
    const csv = await exportCsv(searchParamsObject(request.nextUrl.searchParams), user);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  };
}
