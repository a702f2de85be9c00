import { NextResponse } from "next/server";
import { mavenImportSettingsSchema } from "@/lib/validation/maven-import";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { readMavenUpload } from "@/server/services/imports/maven/read-maven-upload";
import { parseOrThrow } from "@/server/services/parse";
import { startMavenImport } from "@/server/services/imports/maven/start-maven-import";

/**
 * POST /api/imports/maven — multipart form with the Maven CSV files (`files`, several) and
 * `settings` (JSON, see mavenImportSettingsSchema). Starts the import job and answers 201
 * `{ jobId }`; the import runs on in the background (progress: GET /api/jobs/:id). Admins only.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const { uploads, settings } = await readMavenUpload(request);
    const { jobId } = await startMavenImport(user, { uploads, settings: parseOrThrow(mavenImportSettingsSchema, settings) });
    return NextResponse.json({ jobId }, { status: 201 });
  } catch (error) {
    return problemResponse(error);
  }
}
