import { recordIdSchema } from "@/lib/validation/common";
import type { TaskLinkField } from "@/lib/validation/task";
import { getDb } from "@/server/db";
import type { TaskRow } from "./task-row";

export type TaskLinkRecords = Pick<TaskRow, "lead" | "contact" | "company" | "deal">;

/**
 * The records an "Add task" link names (`?leadId=…&contactId=…`), with the fields a task row shows
 * of them, to prefill a new task. Malformed or unknown ids, and deleted contacts and companies,
 * come back as null (the form then simply has no such link).
 */
export async function findTaskLinkRecords(ids: Partial<Record<TaskLinkField, unknown>>): Promise<TaskLinkRecords> {
  const idOf = (field: TaskLinkField) => {
    const parsed = recordIdSchema.safeParse(ids[field]);
    return parsed.success ? parsed.data : null;
  };
  const db = getDb();
  const [leadId, contactId, companyId, dealId] = [idOf("leadId"), idOf("contactId"), idOf("companyId"), idOf("dealId")];
  const [lead, contact, company, deal] = await Promise.all([
    leadId ? db.lead.findUnique({ where: { id: leadId }, select: { id: true, name: true } }) : null,
    contactId ? db.contact.findFirst({ where: { id: contactId, deletedAt: null }, select: { id: true, firstName: true, lastName: true } }) : null,
    companyId ? db.company.findFirst({ where: { id: companyId, deletedAt: null }, select: { id: true, name: true } }) : null,
    dealId ? db.deal.findUnique({ where: { id: dealId }, select: { id: true, title: true } }) : null,
  ]);
  return { lead, contact, company, deal };
}
