import { isPostgres, type Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

/*
 * The primary-contact rule: a company has at most one contact with isPrimary set (counting
 * deleted contacts too, so restoring one cannot make a second); role PRIMARY means the same thing
 * and is cleared from a contact that stops being primary. A company's first active contact
 * becomes primary automatically.
 */

/**
 * Locks a company's row until the transaction ends, so two transactions cannot both decide a
 * company has no primary contact. PostgreSQL needs a row lock; SQLite allows one writing
 * transaction at a time anyway.
 */
export async function lockCompany(tx: Tx, companyId: string): Promise<void> {
  if (isPostgres()) await tx.$queryRaw`SELECT id FROM "Company" WHERE id = ${companyId} FOR UPDATE`;
}

/**
 * The active company a contact may be linked to.
 * @throws ValidationError on `field` when the company is unknown or deleted.
 */
export async function findLinkableCompany(tx: Tx, companyId: string, field = "companyId"): Promise<{ id: string; name: string }> {
  const company = await tx.company.findFirst({ where: { id: companyId, deletedAt: null }, select: { id: true, name: true } });
  if (!company) throw new ValidationError("Some fields need attention", { [field]: ["Choose an existing company"] });
  return company;
}

/** Whether a company has an active primary contact other than `exceptContactId`. */
export async function hasPrimaryContact(tx: Tx, companyId: string, exceptContactId?: string): Promise<boolean> {
  const count = await tx.contact.count({
    where: { companyId, deletedAt: null, isPrimary: true, ...(exceptContactId ? { id: { not: exceptContactId } } : {}) },
  });
  return count > 0;
}

/** Makes `contactId` its company's only primary contact: every other contact of the company loses the flag and role PRIMARY. */
export async function demoteOtherPrimaries(tx: Tx, companyId: string, contactId: string): Promise<void> {
  const others = { companyId, id: { not: contactId } };
  await tx.contact.updateMany({ where: { ...others, isPrimary: true }, data: { isPrimary: false } });
  await tx.contact.updateMany({ where: { ...others, role: "PRIMARY" }, data: { role: null } });
}
