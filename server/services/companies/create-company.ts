import { companyInputSchema, type CompanyInput } from "@/lib/validation/company";
import { getDb } from "@/server/db";
import { recordAudit } from "@/server/services/audit";
import { parseOrThrow } from "@/server/services/parse";
import { ownerForNewRecord, type Actor } from "@/server/services/permissions";
import { assertOwnerExists } from "./assert-owner-exists";
import { companyColumns } from "./company-columns";

/**
 * Creates a company. SALES users always own the companies they create; managers and admins may
 * assign another owner (default: themselves).
 * @throws ValidationError for invalid input or an unknown owner.
 */
export async function createCompany(actor: Actor, input: CompanyInput): Promise<{ id: string }> {
  const data = parseOrThrow(companyInputSchema, input);
  return getDb().$transaction(async (tx) => {
    const ownerId = ownerForNewRecord(actor, data.ownerId);
    await assertOwnerExists(tx, ownerId);
    const company = await tx.company.create({
      data: {
        ...companyColumns(data),
        ownerId,
        tags: { connectOrCreate: data.tags.map((name) => ({ where: { name }, create: { name } })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "create", entityType: "Company", entityId: company.id, changes: { name: data.name } });
    return company;
  });
}
