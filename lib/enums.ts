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

export const ACTIVITY_TYPES = [
  "EMAIL",
  "CALL",
  "MEETING",
  "NOTE",
  "DM",
  "SMS",
  "WHATSAPP",
  "IN_PERSON",
  "OTHER",
  "TASK_COMPLETED",
  "STAGE_CHANGED",
  "EMAIL_OPENED",
  "EMAIL_CLICKED",
  "EMAIL_BOUNCED",
  "CONVERTED",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const DIRECTIONS = ["INBOUND", "OUTBOUND"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const OUTREACH_OUTCOMES = ["CONTACTED", "BOOKED_CALL", "NO_RESPONSE", "CLOSED_WON", "CLOSED_LOST", "FOLLOW_UP_SET"] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

export const TASK_TYPES = ["CALL", "EMAIL", "MEETING", "FOLLOW_UP", "DEMO", "PROPOSAL", "TODO"] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_PRIORITIES = ["LOW", "MEDIUM", "HIGH", "URGENT"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const ATTACHMENT_CATEGORIES = ["QUOTE", "CONTRACT", "PHOTO", "DOCUMENT"] as const;
export type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number];

export const TEMPLATE_CATEGORIES = ["EMAIL", "DM", "CALL_SCRIPT"] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export const TEMPLATE_SUBCATEGORIES = ["COLD_OUTREACH", "FOLLOW_UP", "COLD_CALL_SCRIPT", "OBJECTION_HANDLING", "BOOKING_CONFIRMATION", "PROPOSAL", "OTHER"] as const;
export type TemplateSubcategory = (typeof TEMPLATE_SUBCATEGORIES)[number];

/** Human labels for enum values ("NOT_MOBILE_FRIENDLY" → "Not mobile friendly"). */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const EMAIL_STATUSES = ["QUEUED", "SENT", "DELAYED", "DELIVERED", "OPENED", "CLICKED", "BOUNCED", "COMPLAINED", "FAILED", "SUPPRESSED", "UNSUBSCRIBED"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const SUPPRESSION_REASONS = ["UNSUBSCRIBED", "HARD_BOUNCE", "COMPLAINT", "MANUAL"] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const CAMPAIGN_STATUSES = ["DRAFT", "SCHEDULED", "SENDING", "PAUSED", "SENT", "CANCELLED", "FAILED"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const AUDIENCE_KINDS = ["LEADS", "CONTACTS"] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
