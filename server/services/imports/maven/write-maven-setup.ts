import { mavenNameKey } from "@/lib/import/maven/maven-values";
import type { Tx } from "@/server/db";
import { changedFields, recordAudit } from "@/server/services/audit";
import { ensureMavenPipeline, type MavenStages } from "./ensure-maven-pipeline";
import type { MavenSetupPlan } from "./plan-maven-setup";

/** How many companies and users the import created, filled in or left alone. */
export type MavenSetupCounts = {
  companies: { created: number; updated: number; skipped: number };
  users: { created: number; reused: number; mapped: number };
};

export type MavenSetupResult = {
  pipelineId: string;
  stages: MavenStages;
  /** Every company an opportunity may name, by name key. */
  companyByKey: Map<string, { id: string; name: string }>;
  /** The user of each agent, by agent name key. */
  userByAgentKey: Map<string, string>;
  counts: MavenSetupCounts;
};

/**
 * Writes the planned setup inside the caller's transaction: the Maven pipeline (when missing),
 * the agents' users without sign-in (role SALES, no email, no password), the new companies
 * (owned by the importing user) with their note, the blank fields and parents the accounts fill
 * in on existing companies, and the audit log (one "import" entry for the job naming what it
 * created, one "update" entry per company it changed).
 * @param actorId - the importing user; null for a system import.
 * @param now - when the notes were written.
 */
export async function writeMavenSetup(
  tx: Tx,
  { plan, actorId, jobId, now }: { plan: MavenSetupPlan; actorId: string | null; jobId: string; now: Date },
): Promise<MavenSetupResult> {
  const { pipelineId, stages } = await ensureMavenPipeline(tx);

  const userByAgentKey = new Map<string, string>();
  const newAgents = plan.agents.filter((agent) => agent.user.action === "create");
  const createdUsers = newAgents.length
    ? await tx.user.createManyAndReturn({
        data: newAgents.map((agent) => ({ name: agent.name, role: "SALES" as const, email: null, passwordHash: null })),
        select: { id: true, name: true },
      })
    : [];
  for (const user of createdUsers) userByAgentKey.set(mavenNameKey(user.name), user.id);
  for (const agent of plan.agents) if (agent.user.action !== "create") userByAgentKey.set(mavenNameKey(agent.name), agent.user.userId);

  const companyByKey = new Map<string, { id: string; name: string }>(plan.otherCompanies);
  const creates = plan.companies.filter((company) => company.action === "create");
  const createdCompanies = creates.length
    ? await tx.company.createManyAndReturn({
        data: creates.map((company) => ({ name: company.name, ...company.columns, ownerId: actorId })),
        select: { id: true, name: true },
      })
    : [];
  for (const company of createdCompanies) companyByKey.set(mavenNameKey(company.name), company);
  for (const company of plan.companies) if (company.existingId) companyByKey.set(company.key, { id: company.existingId, name: company.name });

  const notes = creates.flatMap((company) => (company.note ? [{ company, note: company.note }] : []));
  if (notes.length) {
    await tx.activity.createMany({
      data: notes.map(({ company, note }) => ({ type: "NOTE" as const, body: note, companyId: companyByKey.get(company.key)!.id, authorId: actorId, occurredAt: now })),
    });
  }

  // Parents are set once every company exists: a subsidiary may come before its parent.
  const newByParent = new Map<string, string[]>();
  for (const company of creates) {
    if (!company.parentKey) continue;
    const parentId = companyByKey.get(company.parentKey)!.id;
    newByParent.set(parentId, [...(newByParent.get(parentId) ?? []), companyByKey.get(company.key)!.id]);
  }
  for (const [parentId, ids] of newByParent) await tx.company.updateMany({ where: { id: { in: ids } }, data: { parentId } });
  const updates = plan.companies.filter((company) => company.action === "update");
  for (const company of updates) {
    const data = { ...company.columns, ...(company.setParent ? { parentId: companyByKey.get(company.parentKey!)!.id } : {}) };
    await tx.company.update({ where: { id: company.existingId! }, data, select: { id: true } });
    const before = Object.fromEntries(Object.keys(data).map((column) => [column, null]));
    await recordAudit(tx, { actorId, action: "update", entityType: "Company", entityId: company.existingId!, changes: changedFields(before, data) });
  }

  if (createdUsers.length || createdCompanies.length) {
    await recordAudit(tx, {
      actorId,
      action: "import",
      entityType: "Job",
      entityId: jobId,
      changes: { createdUserIds: createdUsers.map((u) => u.id), createdCompanyIds: createdCompanies.map((c) => c.id) },
    });
  }
  const count = (action: string) => plan.agents.filter((agent) => agent.user.action === action).length;
  return {
    pipelineId,
    stages,
    companyByKey,
    userByAgentKey,
    counts: {
      companies: { created: createdCompanies.length, updated: updates.length, skipped: plan.companies.length - creates.length - updates.length },
      users: { created: createdUsers.length, reused: count("reuse"), mapped: count("map") },
    },
  };
}
