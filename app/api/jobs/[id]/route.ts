import { NextResponse } from "next/server";
import { jobIdSchema } from "@/lib/validation/import";
import { getCurrentUser } from "@/server/auth/session";
import { NotFoundError, UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { getJob } from "@/server/services/jobs/get-job";

/** GET /api/jobs/:id — a job's status and counts as JSON (polled by the import progress page). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const id = jobIdSchema.safeParse((await params).id);
    if (!id.success) throw new NotFoundError("Job");
    return NextResponse.json(await getJob(user, id.data), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}
