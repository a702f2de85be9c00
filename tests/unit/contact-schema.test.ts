import { describe, expect, it } from "vitest";
import { CONTACT_ROLES } from "@/lib/enums";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import {
  SUBSCRIPTION_STATUSES,
  contactInputSchema,
  contactListSearch,
  parseContactListQuery,
  personName,
  splitPersonName,
} from "@/lib/validation/contact";
import { ContactRole, SubscriptionStatus } from "@/server/generated/sqlite/enums";

function rejectedFields(input: unknown): string[] {
  const result = contactInputSchema.safeParse(input);
  return result.success ? [] : Object.keys(fieldErrorsOf(result.error)).sort();
}

describe("contactInputSchema", () => {
  it("trims, lower-cases the email, fills defaults and turns blanks into null", () => {
    expect(contactInputSchema.parse({ firstName: " Anna ", lastName: "", email: " Anna@Example.COM ", companyId: "", role: null })).toEqual({
      firstName: "Anna",
      lastName: null,
      email: "anna@example.com",
      phone: null,
      mobile: null,
      title: null,
      department: null,
      companyId: null,
      isPrimary: false,
      role: null,
      emailStatus: "SUBSCRIBED",
      smsStatus: "SUBSCRIBED",
      ownerId: null,
      tags: [],
    });
  });

  it("accepts its own output", () => {
    const once = contactInputSchema.parse({ firstName: "Anna", email: "A@B.CO", role: "BILLING", isPrimary: true, smsStatus: "UNSUBSCRIBED" });
    expect(contactInputSchema.parse(once)).toEqual(once);
  });

  it("keeps markup as plain text in names", () => {
    expect(contactInputSchema.parse({ firstName: "<img src=x onerror=alert(1)>" }).firstName).toBe("<img src=x onerror=alert(1)>");
  });

  it.each([
    ["a missing first name", {}, ["firstName"]],
    ["a blank first name", { firstName: " \t " }, ["firstName"]],
    ["a first name of the wrong type", { firstName: ["Anna"] }, ["firstName"]],
    ["a huge first name", { firstName: "x".repeat(121) }, ["firstName"]],
    ["a huge last name", { firstName: "A", lastName: "x".repeat(1_000_000) }, ["lastName"]],
    ["an invalid email", { firstName: "A", email: "anna(at)example.com" }, ["email"]],
    ["a script tag as email", { firstName: "A", email: "<script>@x.com" }, ["email"]],
    ["a huge email", { firstName: "A", email: `${"a".repeat(250)}@x.com` }, ["email"]],
    ["an unknown role", { firstName: "A", role: "CEO" }, ["role"]],
    ["a lower-case role", { firstName: "A", role: "billing" }, ["role"]],
    ["an empty-string role", { firstName: "A", role: "" }, ["role"]],
    ["an unknown email status", { firstName: "A", emailStatus: "MAYBE" }, ["emailStatus"]],
    ["an unknown SMS status", { firstName: "A", smsStatus: 1 }, ["smsStatus"]],
    ["a string as the primary flag", { firstName: "A", isPrimary: "true" }, ["isPrimary"]],
    ["a number as company", { firstName: "A", companyId: 12 }, ["companyId"]],
    ["a company id too long", { firstName: "A", companyId: "c".repeat(65) }, ["companyId"]],
    ["tags of the wrong type", { firstName: "A", tags: [1, 2] }, ["tags.0", "tags.1"]],
    ["several bad fields at once", { firstName: "", email: "x", role: "BOSS" }, ["email", "firstName", "role"]],
  ])("rejects %s", (_label, input, fields) => {
    expect(rejectedFields(input)).toEqual(fields);
  });

  it("offers exactly the roles and subscription states of the database enums", () => {
    expect([...CONTACT_ROLES].sort()).toEqual(Object.values(ContactRole).sort());
    expect([...SUBSCRIPTION_STATUSES].sort()).toEqual(Object.values(SubscriptionStatus).sort());
  });
});

describe("contacts list query", () => {
  it("falls back to defaults for malformed values and keeps valid ones", () => {
    expect(parseContactListQuery({ role: "CEO", sort: "salary", page: "abc", pageSize: "13", view: "deleted", company: "none" })).toMatchObject({
      role: undefined,
      sort: "name",
      page: 1,
      pageSize: 25,
      view: "deleted",
      company: "none",
    });
    expect(parseContactListQuery({ role: "none", dir: "desc", pageSize: "100" })).toMatchObject({ role: "none", dir: "desc", pageSize: 100 });
  });

  it("builds bookmarkable URLs without defaults", () => {
    expect(contactListSearch(parseContactListQuery({ q: "anna smith", company: "c1", page: "1" }))).toBe("?q=anna+smith&company=c1");
  });
});

describe("person names", () => {
  it("splits a full name at the first space and joins it back", () => {
    expect(splitPersonName("  Anna   Maria Smith ")).toEqual({ firstName: "Anna", lastName: "Maria Smith" });
    expect(splitPersonName("Cher")).toEqual({ firstName: "Cher", lastName: null });
    expect(splitPersonName("   ")).toEqual({ firstName: null, lastName: null });
    expect(splitPersonName(null)).toEqual({ firstName: null, lastName: null });
    expect(splitPersonName("x".repeat(300)).firstName).toHaveLength(120);
    expect(personName({ firstName: "Anna", lastName: "Smith" })).toBe("Anna Smith");
    expect(personName({ firstName: "Cher", lastName: null })).toBe("Cher");
  });
});
