import type { FieldErrors } from "@/lib/validation/zod-errors";
import type { TaskData } from "@/lib/validation/task";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";

type References = Pick<TaskData, "assigneeId" | "leadId" | "contactId" | "companyId" | "dealId">;

/** Per reference field: what it names, and a lookup that finds it (null when it does not exist). */
const LOOKUPS: Record<keyof References, [string, (tx: Tx, id: string) => Promise<unknown>]> = {
  assigneeId: ["User", (tx, id) => tx.user.findUnique({ where: { id }, select: { id: true } })],
  leadId: ["Lead", (tx, id) => tx.lead.findUnique({ where: { id }, select: { id: true } })],
  contactId: ["Contact", (tx, id) => tx.contact.findFirst({ where: { id, deletedAt: null }, select: { id: true } })],
  companyId: ["Company", (tx, id) => tx.company.findFirst({ where: { id, deletedAt: null }, select: { id: true } })],
  dealId: ["Deal", (tx, id) => tx.deal.findUnique({ where: { id }, select: { id: true } })],
};

/**
 * Checks that the assignee and the linked records of a task exist (companies and contacts not
 * deleted). Only references that differ from `before` are checked, so a task keeps a link to a
 * record deleted since.
 * @throws ValidationError naming each unknown reference's field.
 */
export async function assertTaskReferences(tx: Tx, data: References, before: Partial<References> = {}): Promise<void> {
  const errors: FieldErrors = {};
  for (const [field, [what, find]] of Object.entries(LOOKUPS) as Array<[keyof References, (typeof LOOKUPS)[keyof References]]>) {
    const id = data[field];
    if (id && id !== before[field] && !(await find(tx, id))) errors[field] = [`${what} not found`];
  }
  if (Object.keys(errors).length) throw new ValidationError("Some fields need attention", errors);
}
