import { NextResponse } from "next/server";
import { mavenImportSettingsSchema } from "@/lib/validation/maven-import";
import { getCurrentUser } from "@/server/auth/session";
import { UnauthorizedError } from "@/server/errors";
import { problemResponse } from "@/server/http";
import { previewMavenImport } from "@/server/services/imports/maven/preview-maven-import";
import { readMavenUpload } from "@/server/services/imports/maven/read-maven-upload";
import { parseOrThrow } from "@/server/services/parse";

/**
 * POST /api/imports/maven/preview — the same multipart form as POST /api/imports/maven; answers
 * what the import would do (MavenImportPreview) without writing anything. A route rather than a
 * server action: the files together exceed the server actions' body limit. Admins only.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return problemResponse(new UnauthorizedError());
  try {
    const { uploads, settings } = await readMavenUpload(request);
    return NextResponse.json(await previewMavenImport(user, { uploads, settings: parseOrThrow(mavenImportSettingsSchema, settings) }), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error);
  }
}
