import { jobIdSchema } from "@/lib/validation/import";
import { getCurrentUser } from "@/server/auth/session";
import { NotFoundError, UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { exportJobRowErrors } from "@/server/services/jobs/export-job-row-errors";

/** GET /api/jobs/:id/errors — the rows the job rejected (line, reason, raw row) as a CSV download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const id = jobIdSchema.safeParse((await params).id);
    if (!id.success) throw new NotFoundError("Job");
    const { fileName, csv } = await exportJobRowErrors(user, id.data);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
