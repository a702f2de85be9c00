import type { SuppressionFilters } from "@/lib/validation/suppression";
import type { Prisma } from "@/server/generated/sqlite/client";
import { containsText } from "@/server/services/text-filter";

/** The Prisma filter of the suppression list's filters: the reason, and text `q` in the address or the note (case ignored). */
export function buildSuppressionWhere({ q, reason }: SuppressionFilters): Prisma.EmailSuppressionWhereInput {
  return {
    ...(reason ? { reason } : {}),
    ...(q ? { OR: [{ address: containsText(q) }, { note: containsText(q) }] } : {}),
  };
}
