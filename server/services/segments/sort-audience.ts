import { emailAddressSchema, normalizeEmailAddress } from "@/lib/email/email-address";
import type { SuppressionReason } from "@/lib/enums";
import { getDb } from "@/server/db";
import type { AudienceMember } from "./find-audience-members";

/** Why a member gets no email. */
export type LeftOutReason = "suppressed" | "unsubscribed" | "noEmail" | "invalid" | "duplicate";

/** A member who gets an email: the normalized address and the record it goes to. */
export type AudienceRecipient = { address: string; leadId: string | null; contactId: string | null; name: string };

/** A member left out, with a reason a person can read (stored on its recipient as `error`). */
export type LeftOutMember = { address: string | null; leadId: string | null; contactId: string | null; name: string; reason: LeftOutReason; detail: string };

export type SortedAudience = { recipients: AudienceRecipient[]; leftOut: LeftOutMember[]; counts: Record<LeftOutReason, number> };

const SUPPRESSION_TEXT: Record<SuppressionReason, string> = {
  UNSUBSCRIBED: "Suppressed: unsubscribed",
  HARD_BOUNCE: "Suppressed: hard bounce",
  COMPLAINT: "Suppressed: spam complaint",
  MANUAL: "Suppressed: added by hand",
};

/**
 * The suppression reason of each suppressed address among `addresses` (normalized), 500 per query.
 * (findSuppressedAddresses answers only whether; the audience tells unsubscribes apart.)
 */
async function suppressionReasons(addresses: string[]): Promise<Map<string, SuppressionReason>> {
  const reasons = new Map<string, SuppressionReason>();
  for (let i = 0; i < addresses.length; i += 500) {
    const rows = await getDb().emailSuppression.findMany({ where: { address: { in: addresses.slice(i, i + 500) } }, select: { address: true, reason: true } });
    for (const row of rows) reasons.set(row.address, row.reason);
  }
  return reasons;
}

/**
 * Sorts a segment's members into recipients (each address once per campaign: the first member
 * with it) and those left out: without an email, with an address that is not one, repeating an
 * earlier address, unsubscribed (the suppression list's UNSUBSCRIBED, or a contact's email
 * subscription) or otherwise suppressed (bounce, complaint, by hand). Checked in that order.
 */
export async function sortAudience(members: readonly AudienceMember[]): Promise<SortedAudience> {
  const seen = new Set<string>();
  const candidates: Array<{ member: AudienceMember; address: string }> = [];
  const leftOut: LeftOutMember[] = [];
  const leave = (member: AudienceMember, address: string | null, reason: LeftOutReason, detail: string) =>
    leftOut.push({ address, leadId: member.leadId, contactId: member.contactId, name: member.name, reason, detail });
  for (const member of members) {
    const raw = member.email?.trim();
    if (!raw) {
      leave(member, null, "noEmail", "No email address");
      continue;
    }
    const checked = emailAddressSchema.safeParse(raw);
    const address = checked.success ? checked.data : normalizeEmailAddress(raw).slice(0, 254);
    if (seen.has(address)) {
      leave(member, address, "duplicate", "The same address as an earlier recipient");
      continue;
    }
    seen.add(address);
    if (!checked.success) leave(member, address, "invalid", `Not a valid email address: ${raw.slice(0, 254)}`);
    else candidates.push({ member, address });
  }
  const reasons = await suppressionReasons(candidates.map((c) => c.address));
  const recipients: AudienceRecipient[] = [];
  for (const { member, address } of candidates) {
    const reason = reasons.get(address);
    if (reason) leave(member, address, reason === "UNSUBSCRIBED" ? "unsubscribed" : "suppressed", SUPPRESSION_TEXT[reason]);
    else if (member.unsubscribed) leave(member, address, "unsubscribed", "Unsubscribed from email");
    else recipients.push({ address, leadId: member.leadId, contactId: member.contactId, name: member.name });
  }
  const counts: Record<LeftOutReason, number> = { suppressed: 0, unsubscribed: 0, noEmail: 0, invalid: 0, duplicate: 0 };
  for (const member of leftOut) counts[member.reason]++;
  return { recipients, leftOut, counts };
}
