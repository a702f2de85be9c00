/**
 * Enum values shown in the UI. They mirror the Prisma enums of the same names
 * (tests/unit/enums.test.ts keeps them equal); lib/ cannot import the generated client.
 */
export const ROLES = ["ADMIN", "MANAGER", "SALES"] as const;
export type Role = (typeof ROLES)[number];

export const TEMPERATURES = ["HOT", "WARM", "COLD"] as const;
export type Temperature = (typeof TEMPERATURES)[number];

export const WEBSITE_ISSUES = [
  "OUTDATED",
  "POOR_DESIGN",
  "NOT_MOBILE_FRIENDLY",
  "SLOW_LOADING",
  "BROKEN_FEATURES",
] as const;
export type WebsiteIssue = (typeof WEBSITE_ISSUES)[number];

export const COMPANY_STATUSES = ["PROSPECT", "CLIENT", "PARTNER", "CHURNED"] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const CONTACT_ROLES = ["PRIMARY", "BILLING", "TECHNICAL"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const STAGE_KINDS = ["OPEN", "WON", "LOST"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Human labels for enum values ("NOT_MOBILE_FRIENDLY" → "Not mobile friendly"). */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
