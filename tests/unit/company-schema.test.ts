import { describe, expect, it } from "vitest";
import { COMPANY_STATUSES } from "@/lib/enums";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { companyInputSchema, companyListSearch, parseCompanyListQuery } from "@/lib/validation/company";
import { CompanyStatus } from "@/server/generated/sqlite/enums";

/** The field paths a company input is rejected on (empty when it is accepted). */
function rejectedFields(input: unknown): string[] {
  const result = companyInputSchema.safeParse(input);
  return result.success ? [] : Object.keys(fieldErrorsOf(result.error)).sort();
}

describe("companyInputSchema", () => {
  it("trims text, turns blanks into null, normalises website and domain, de-duplicates tags", () => {
    expect(
      companyInputSchema.parse({
        name: "  Acme  ",
        website: " acme.example/about ",
        domain: "WWW.Acme.Example",
        city: "   ",
        ownerId: "",
        tags: ["a", " a ", "b"],
      }),
    ).toEqual({
      name: "Acme",
      website: "https://acme.example/about",
      domain: "acme.example",
      industry: null,
      size: null,
      address: null,
      city: null,
      country: null,
      phone: null,
      status: "PROSPECT",
      ownerId: null,
      tags: ["a", "b"],
    });
  });

  it("accepts its own output (the browser's parsed values are parsed again on the server)", () => {
    const once = companyInputSchema.parse({ name: "Acme", website: "acme.example", domain: "https://acme.example/x", tags: ["x"] });
    expect(companyInputSchema.parse(once)).toEqual(once);
  });

  it("keeps markup as plain text in free-text fields (React escapes it when shown)", () => {
    expect(companyInputSchema.parse({ name: "<script>alert(1)</script>" }).name).toBe("<script>alert(1)</script>");
  });

  it.each([
    ["a missing name", { name: undefined }, ["name"]],
    ["a blank name", { name: "   " }, ["name"]],
    ["a name of the wrong type", { name: 42 }, ["name"]],
    ["an object for a name", { name: { toString: "x" } }, ["name"]],
    ["a huge name", { name: "x".repeat(201) }, ["name"]],
    ["a huge address", { name: "A", address: "x".repeat(100_000) }, ["address"]],
    ["a javascript: website", { name: "A", website: "javascript:alert(1)" }, ["website"]],
    ["a javascript:// website", { name: "A", website: "javascript://%0Aalert(document.cookie)" }, ["website"]],
    ["a data: website", { name: "A", website: "data:text/html,<script>alert(1)</script>" }, ["website"]],
    ["a script tag as domain", { name: "A", domain: "<script>alert(1)</script>" }, ["domain"]],
    ["a domain without a dot", { name: "A", domain: "localhost" }, ["domain"]],
    ["an unknown status", { name: "A", status: "BANKRUPT" }, ["status"]],
    ["a lower-case status", { name: "A", status: "client" }, ["status"]],
    ["tags that are not a list", { name: "A", tags: "a,b" }, ["tags"]],
    ["too many tags", { name: "A", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, ["tags"]],
    ["a tag too long", { name: "A", tags: ["x".repeat(41)] }, ["tags.0"]],
    ["a number as owner", { name: "A", ownerId: 7 }, ["ownerId"]],
    ["an owner id too long", { name: "A", ownerId: "x".repeat(65) }, ["ownerId"]],
  ])("rejects %s", (_label, input, fields) => {
    expect(rejectedFields(input)).toEqual(fields);
  });

  it("rejects a non-object input at the form level", () => {
    expect(rejectedFields("DROP TABLE Company")).toEqual(["_form"]);
    expect(rejectedFields(null)).toEqual(["_form"]);
  });

  it("offers exactly the statuses of the database enum", () => {
    expect([...COMPANY_STATUSES].sort()).toEqual(Object.values(CompanyStatus).sort());
  });
});

describe("companies list query", () => {
  it("falls back to defaults for malformed or hostile values", () => {
    expect(
      parseCompanyListQuery({
        view: "everything",
        status: "BANKRUPT",
        sort: "password",
        dir: "sideways",
        page: "-3",
        pageSize: "1000",
        q: "x".repeat(500),
        tag: ["a", "", "b,c"],
      }),
    ).toEqual({
      view: "active",
      q: undefined,
      status: undefined,
      industry: undefined,
      city: undefined,
      country: undefined,
      owner: undefined,
      tag: ["a", "b", "c"],
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 25,
    });
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const query = parseCompanyListQuery({ q: "bakery", status: "CLIENT", tag: ["a", "b"], sort: "city", page: "2", pageSize: "50" });
    const search = companyListSearch(query);
    expect(search).toBe("?q=bakery&status=CLIENT&tag=a&tag=b&sort=city&page=2&pageSize=50");
    expect(parseCompanyListQuery(Object.fromEntries(new URLSearchParams(search).entries()))).toMatchObject({ q: "bakery", sort: "city", page: 2 });
    expect(companyListSearch(parseCompanyListQuery({}))).toBe("");
  });
});
