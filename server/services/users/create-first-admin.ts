import { firstAdminSchema, type FirstAdminInput } from "@/lib/validation/user";
import { getDb } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";
import { parseOrThrow } from "@/server/services/parse";
import { ensureDefaultScoringRules } from "@/server/services/scoring/ensure-default-scoring-rules";
import { ensureDefaultTemplates } from "@/server/services/templates/ensure-default-templates";

/**
 * Creates the first user as ADMIN. Allowed only while no user exists.
 * @throws ValidationError for bad input; ConflictError once any user exists.
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<{ id: string; email: string }> {
  const data = parseOrThrow(firstAdminSchema, input);
  const passwordHash = await hashPassword(data.password);
  const db = getDb();
  const user = await db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new ConflictError("An admin account already exists; sign in instead");
    return tx.user.create({
      data: { email: data.email, name: data.name, passwordHash, role: "ADMIN" },
      select: { id: true },
    });
  });
  await ensureLeadPipeline();
  await ensureDealPipeline();
  await ensureDefaultTemplates();
  await ensureDefaultScoringRules();
  return { id: user.id, email: data.email };
}

/** Whether any user exists (the first visit offers to create the admin account until one does). */
export async function hasUsers(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}
