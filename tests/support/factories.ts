import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/enums";
import { getDb } from "@/server/db";
import { ensureLeadPipeline } from "@/server/services/pipelines/ensure-lead-pipeline";

export type TestActor = { id: string; role: Role; timeZone: string; name: string; email: string };

/** Inserts a user of the given role (no password) and returns it as a service-layer actor. */
export async function createTestUser(role: Role = "ADMIN", timeZone = "UTC"): Promise<TestActor> {
  const suffix = randomBytes(4).toString("hex");
  const email = `${role.toLowerCase()}-${suffix}@example.test`;
  const user = await getDb().user.create({
    data: { email, name: `${role} ${suffix}`, role, timeZone },
    select: { id: true, role: true, timeZone: true, name: true },
  });
  return { ...user, email };
}

/** The lead pipeline's stages by name (creating the pipeline when missing). */
export async function leadStages(): Promise<Record<string, string>> {
  const pipelineId = await ensureLeadPipeline();
  const stages = await getDb().stage.findMany({ where: { pipelineId }, select: { id: true, name: true } });
  return Object.fromEntries(stages.map((s) => [s.name, s.id]));
}

/** A tag unique to one test, so tests in one file do not see each other's records. */
export const uniqueTag = () => `t-${Math.random().toString(36).slice(2, 10)}`;
