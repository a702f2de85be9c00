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
  ])("%s", (_name, values, prismaEnum) => {
    expect([...values].sort()).toEqual(Object.values(prismaEnum).sort());
  });
});
