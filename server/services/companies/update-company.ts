import { companyInputSchema, type CompanyInput } from "@/lib/validation/company";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import { changedFields, recordAudit } from "@/server/services/audit";
import { refreshCompanyDealSearchText } from "@/server/services/deals/refresh-deal-search-text";
import { setTags } from "@/server/services/leads/lead-write-data";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { assertOwnerExists } from "./assert-owner-exists";
import { companyColumns } from "./company-columns";

/**
 * Replaces a company's fields with `input` (a full company form). SALES users cannot hand a
 * company to someone else (their owner choice is ignored). A new name is written into the search
 * text of the company's deals.
 * @throws ValidationError; NotFoundError for an unknown company; ForbiddenError unless `actor`
 *   may edit it; ConflictError when it is deleted (restore it first).
 */
export async function updateCompany(actor: Actor, companyId: string, input: CompanyInput): Promise<void> {
  assertRecordId(companyId, "Company");
  const data = parseOrThrow(companyInputSchema, input);
  await getDb().$transaction(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: companyId } });
    if (!before) throw new NotFoundError("Company");
    assertCanEdit(actor, before, "company");
    if (before.deletedAt) throw new ConflictError("This company is deleted; restore it before editing");
    const ownerId = actor.role === "SALES" ? before.ownerId : data.ownerId;
    if (ownerId !== before.ownerId) await assertOwnerExists(tx, ownerId);
    const columns = companyColumns(data);
    await tx.company.update({ where: { id: companyId }, data: { ...columns, ownerId, tags: setTags(data.tags) } });
    if (columns.name !== before.name) await refreshCompanyDealSearchText(tx, companyId, columns.name);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entityType: "Company",
      entityId: companyId,
      changes: changedFields(before, { ...columns, ownerId }),
    });
  });
}
