import { websiteDomain } from "@/lib/leads/normalize";
import { isWebUrl } from "@/lib/validation/common";
import { contactInputSchema, splitPersonName } from "@/lib/validation/contact";
import { newDealSchema } from "@/lib/validation/deal";
import { convertLeadSchema, type ConvertLeadInput } from "@/lib/validation/lead";
import { getDb } from "@/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit";
import { insertContact } from "@/server/services/contacts/insert-contact";
import { demoteOtherPrimaries, hasPrimaryContact, lockCompany } from "@/server/services/contacts/primary-contact";
import { insertDeal } from "@/server/services/deals/insert-deal";
import { assertRecordId, parseOrThrow } from "@/server/services/parse";
import { assertCanEdit, type Actor } from "@/server/services/permissions";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { moveLeadToStage } from "./change-lead-stage";

export type ConvertLeadResult = { companyId: string; contactId: string | null; createdCompany: boolean; createdContact: boolean; dealId: string | null };

/**
 * Converts a lead into a client, all in one transaction (nothing is left half-done on failure):
 * 1. Company: links the active company `companyId`, or creates one from the lead — `companyName`
 *    (default: the lead's name), its http(s) website and that website's domain, niche → industry,
 *    phone, address, city, country, the lead's tags and owner (the actor when unowned) — with
 *    status CLIENT. A linked company's fields are left as they are.
 * 2. Contact: links `contactId` (a contact of that company, or one without a company, which then
 *    joins it), or creates one from `contactFirstName`/`contactLastName`/`contactEmail`, falling
 *    back to the lead's contact person (split at the first space), email and phone. It becomes the
 *    company's primary contact when the company has none. Without any first name no contact is
 *    created.
 * 3. Deal, when `createDeal`: titled `dealTitle` (default: the lead's name), worth `dealValue` in
 *    major units of `dealCurrency` (default: the lead's estimated value and currency), in the open
 *    stage `dealStageId` (default: the default deal pipeline's first open stage), at the top of
 *    its column, linked to the company, the contact and the lead, owned like the company.
 * 4. The lead gets convertedAt, companyId and contactId and moves to its pipeline's won stage
 *    (recorded as STAGE_CHANGED); its existing activities keep their leadId and also get the
 *    company and contact, so the history shows on their pages; a CONVERTED activity and audit
 *    entries are added.
 * @param now - the conversion time.
 * @throws ValidationError for invalid input, a contact of another company, a new contact with a
 *   last name or email but no first name, when no company name is available, or for an unsuitable
 *   deal stage (on `dealStageId`); NotFoundError for an unknown lead, company or contact (deleted
 *   ones count as unknown); ForbiddenError unless `actor` may edit the lead; ConflictError when the
 *   lead is already converted.
 */
export async function convertLead(actor: Actor, input: ConvertLeadInput, now = new Date()): Promise<ConvertLeadResult> {
  const data = parseOrThrow(convertLeadSchema, input);
  assertRecordId(data.leadId, "Lead");
  if (data.companyId) assertRecordId(data.companyId, "Company");
  if (data.contactId) assertRecordId(data.contactId, "Contact");
  // Created (when missing) before the transaction, which holds SQLite's only write lock.
  const dealPipelineId = data.createDeal && !data.dealStageId ? await ensureDealPipeline() : null;
  return getDb().$transaction(async (tx) => {
    const lead = await tx.lead.findUnique({
      where: { id: data.leadId },
      select: {
        id: true,
        name: true,
        contactName: true,
        email: true,
        phone: true,
        website: true,
        niche: true,
        address: true,
        city: true,
        country: true,
        ownerId: true,
        convertedAt: true,
        estimatedValue: true,
        currency: true,
        stage: { select: { kind: true, pipelineId: true } },
        tags: { select: { id: true } },
      },
    });
    if (!lead) throw new NotFoundError("Lead");
    assertCanEdit(actor, lead, "lead");
    if (lead.convertedAt) throw new ConflictError("This lead is already converted");
    const ownerId = lead.ownerId ?? actor.id;
    // Company websites are http(s) only (the company form's rule); other lead values are not carried over.
    const website = lead.website && isWebUrl(lead.website) ? lead.website : null;

    // 1. The company.
    let company: { id: string; name: string };
    const createdCompany = !data.companyId;
    if (data.companyId) {
      const existing = await tx.company.findFirst({ where: { id: data.companyId, deletedAt: null }, select: { id: true, name: true } });
      if (!existing) throw new NotFoundError("Company");
      company = existing;
    } else {
      const name = data.companyName ?? lead.name.trim();
      if (!name) throw new ValidationError("Some fields need attention", { companyName: ["Enter a company name or choose a company"] });
      company = await tx.company.create({
        data: {
          name,
          website,
          domain: websiteDomain(website),
          industry: lead.niche,
          phone: lead.phone,
          address: lead.address,
          city: lead.city,
          country: lead.country,
          status: "CLIENT",
          ownerId,
          tags: { connect: lead.tags },
        },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entityType: "Company",
        entityId: company.id,
        changes: { name, fromLeadId: lead.id },
      });
    }

    // 2. The contact.
    let contactId: string | null = null;
    let createdContact = false;
    if (data.contactId) {
      const contact = await tx.contact.findFirst({
        where: { id: data.contactId, deletedAt: null },
        select: { id: true, companyId: true, isPrimary: true },
      });
      if (!contact) throw new NotFoundError("Contact");
      if (contact.companyId && contact.companyId !== company.id) {
        throw new ValidationError("Some fields need attention", { contactId: [`This contact does not belong to ${company.name}`] });
      }
      if (!contact.companyId) {
        await lockCompany(tx, company.id);
        const isPrimary = !(await hasPrimaryContact(tx, company.id));
        await tx.contact.update({ where: { id: contact.id }, data: { companyId: company.id, isPrimary } });
        if (isPrimary) await demoteOtherPrimaries(tx, company.id, contact.id);
        await recordAudit(tx, {
          actorId: actor.id,
          action: "update",
          entityType: "Contact",
          entityId: contact.id,
          changes: { companyId: [null, company.id], isPrimary: [contact.isPrimary, isPrimary] },
        });
      }
      contactId = contact.id;
    } else {
      const fromLead = splitPersonName(lead.contactName);
      const firstName = data.contactFirstName ?? fromLead.firstName;
      if (firstName) {
        const contactData = parseOrThrow(contactInputSchema, {
          firstName,
          lastName: data.contactFirstName ? data.contactLastName : (data.contactLastName ?? fromLead.lastName),
          email: data.contactEmail ?? lead.email,
          phone: lead.phone,
          companyId: company.id,
        });
        // The new records belong to the lead's owner, whoever converts it.
        const contact = await insertContact(tx, { actorId: actor.id, ownerId }, contactData);
        contactId = contact.id;
        createdContact = true;
      } else if (data.contactLastName || data.contactEmail) {
        throw new ValidationError("Some fields need attention", { contactFirstName: ["Enter the contact's first name"] });
      }
    }

    // 3. The deal.
    let dealId: string | null = null;
    if (data.createDeal) {
      try {
        const dealData = parseOrThrow(newDealSchema, {
          title: data.dealTitle ?? lead.name,
          value: data.dealValue ?? (lead.estimatedValue ?? 0) / 100,
          currency: data.dealCurrency ?? lead.currency,
          pipelineId: dealPipelineId,
          stageId: data.dealStageId,
          companyId: company.id,
          contactId,
          leadId: lead.id,
        });
        // No expected close day is set here, so the time zone does not matter.
        dealId = (await insertDeal(tx, { actorId: actor.id, ownerId, timeZone: "UTC" }, dealData, now)).id;
      } catch (error) {
        throw onDealFields(error);
      }
    }

    // 4. The lead and its history.
    if (lead.stage.kind !== "WON") {
      const won = await tx.stage.findFirst({
        where: { pipelineId: lead.stage.pipelineId, kind: "WON" },
        orderBy: { position: "asc" },
        select: { id: true },
      });
      if (won) await moveLeadToStage(tx, actor, lead.id, won.id, now);
    }
    // Guarded on convertedAt so that two concurrent conversions cannot both succeed.
    const marked = await tx.lead.updateMany({
      where: { id: lead.id, convertedAt: null },
      data: { convertedAt: now, companyId: company.id, contactId },
    });
    if (marked.count !== 1) throw new ConflictError("This lead is already converted");
    await tx.activity.updateMany({ where: { leadId: lead.id, companyId: null }, data: { companyId: company.id } });
    if (contactId) await tx.activity.updateMany({ where: { leadId: lead.id, contactId: null }, data: { contactId } });
    await tx.activity.create({
      data: {
        type: "CONVERTED",
        leadId: lead.id,
        companyId: company.id,
        contactId,
        authorId: actor.id,
        occurredAt: now,
        subject: `Converted to ${company.name}`,
        data: { companyId: company.id, contactId, createdCompany, createdContact, dealId },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "convert",
      entityType: "Lead",
      entityId: lead.id,
      changes: { companyId: company.id, contactId, createdCompany, createdContact, dealId },
    });
    return { companyId: company.id, contactId, createdCompany, createdContact, dealId };
  });
}

/** The conversion form's names for the deal fields that the deal schema and insertDeal report errors on. */
const DEAL_FIELDS: Record<string, string> = { title: "dealTitle", value: "dealValue", currency: "dealCurrency", stageId: "dealStageId", pipelineId: "dealStageId" };

/** A ValidationError of the deal step with its fields renamed to the conversion form's; any other error as it is. */
function onDealFields(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(error.message, Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [DEAL_FIELDS[field] ?? field, messages])));
}
