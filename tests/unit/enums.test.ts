import { describe, expect, it } from "vitest";
import * as ui from "@/lib/enums";
import * as db from "@/server/generated/sqlite/enums";

describe("UI enums mirror the Prisma enums", () => {
  it.each([
    ["ROLES", ui.ROLES, db.Role],
    ["TEMPERATURES", ui.TEMPERATURES, db.Temperature],
    ["WEBSITE_ISSUES", ui.WEBSITE_ISSUES, db.WebsiteIssue],
    ["COMPANY_STATUSES", ui.COMPANY_STATUSES, db.CompanyStatus],
    ["CONTACT_ROLES", ui.CONTACT_ROLES, db.ContactRole],
    ["STAGE_KINDS", ui.STAGE_KINDS, db.StageKind],
    ["ACTIVITY_TYPES", ui.ACTIVITY_TYPES, db.ActivityType],
    ["DIRECTIONS", ui.DIRECTIONS, db.Direction],
    ["OUTREACH_OUTCOMES", ui.OUTREACH_OUTCOMES, db.OutreachOutcome],
    ["TASK_TYPES", ui.TASK_TYPES, db.TaskType],
    ["TASK_PRIORITIES", ui.TASK_PRIORITIES, db.TaskPriority],
    ["TASK_STATUSES", ui.TASK_STATUSES, db.TaskStatus],
    ["ATTACHMENT_CATEGORIES", ui.ATTACHMENT_CATEGORIES, db.AttachmentCategory],
    ["TEMPLATE_CATEGORIES", ui.TEMPLATE_CATEGORIES, db.TemplateCategory],
    ["TEMPLATE_SUBCATEGORIES", ui.TEMPLATE_SUBCATEGORIES, db.TemplateSubcategory],
    ["EMAIL_STATUSES", ui.EMAIL_STATUSES, db.EmailStatus],
    ["SUPPRESSION_REASONS", ui.SUPPRESSION_REASONS, db.SuppressionReason],
    ["CAMPAIGN_STATUSES", ui.CAMPAIGN_STATUSES, db.CampaignStatus],
    ["AUDIENCE_KINDS", ui.AUDIENCE_KINDS, db.AudienceKind],
  ])("%s", (_name, values, prismaEnum) => {
    expect([...values].sort()).toEqual(Object.values(prismaEnum).sort());
  });
});
