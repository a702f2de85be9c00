import type { ScoringRuleData } from "@/lib/validation/scoring";
import { Prisma } from "@/server/generated/sqlite/client";

/** The columns of a scoring rule that lists, pages and the API show. */
export const scoringRuleSelect = {
  id: true,
  kind: true,
  name: true,
  subject: true,
  operator: true,
  value: true,
  points: true,
  windowDays: true,
  enabled: true,
  position: true,
  defaultKey: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ScoringRuleSelect;

export type ScoringRuleRecord = Prisma.ScoringRuleGetPayload<{ select: typeof scoringRuleSelect }>;

/** The columns written for a validated rule (a null operand is SQL NULL). */
export function scoringRuleColumns(data: ScoringRuleData) {
  return {
    kind: data.kind,
    name: data.name,
    subject: data.subject,
    operator: data.operator,
    value: data.value === null ? Prisma.DbNull : (data.value as Prisma.InputJsonValue),
    points: data.points,
    windowDays: data.windowDays,
    enabled: data.enabled,
  };
}
