import { normalizeEmailAddress } from "@/lib/email/email-address";
import type { Tx } from "@/server/db";

/**
 * The address in a From header value: `Name <addr@example.com>` or a bare `addr@example.com`,
 * trimmed and lower-cased (RFC 5322 §3.4 name-addr / addr-spec).
 */
export function senderAddress(from: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(from);
  return normalizeEmailAddress(angle ? angle[1] : from);
}

/** Who an inbound email is from: the lead (not yet converted first, then the most recently updated) and the contact with that address. */
export type ReplySender = { leadId: string | null; contactId: string | null; ownerId: string | null };

/**
 * Finds the lead or contact an inbound email comes from by its sender address (emails are
 * stored lower-cased by the lead and contact forms). A lead wins over a contact; a lead already
 * converted counts only when no open lead has the address. Deleted contacts are left out.
 * @returns null when no lead or contact has the address.
 */
export async function findReplySender(tx: Tx, address: string): Promise<ReplySender | null> {
  const lead = await tx.lead.findFirst({
    where: { email: address },
    orderBy: [{ convertedAt: { sort: "asc", nulls: "first" } }, { updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, ownerId: true },
  });
  if (lead) return { leadId: lead.id, contactId: null, ownerId: lead.ownerId };
  const contact = await tx.contact.findFirst({ where: { email: address, deletedAt: null }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { id: true, ownerId: true } });
  return contact ? { leadId: null, contactId: contact.id, ownerId: contact.ownerId } : null;
}
