import { describe, expect, it } from "vitest";
import { cellValue, parseNumber } from "@/lib/import/cell-value";
import { compileLeadMapping } from "@/lib/import/convert-lead-row";
import { rowDedupeKeys } from "@/lib/import/dedupe-keys";
import type { LeadImportMapping } from "@/lib/validation/import";

const columns = ["Name", "Email", "Rating", "Reviews", "Temp", "Issues", "Tags", "Site", "Addr", "Country", "Demo"];
const mapping: LeadImportMapping = {
  columns: {
    name: "Name",
    email: "Email",
    rating: "Rating",
    reviewCount: "Reviews",
    temperature: "Temp",
    websiteIssues: "Issues",
    tags: "Tags",
    website: "Site",
    city: "Addr.city",
    country: "Country",
    demoSiteBuilt: "Demo",
  },
  defaults: { source: "csv", tags: "imported" },
};

function convert(cells: string[]) {
  const compiled = compileLeadMapping(columns, mapping);
  if (!compiled.ok) throw new Error("mapping should compile");
  return compiled.convert(cells);
}

describe("compileLeadMapping", () => {
  it("converts a row to valid lead data with the fields it gave a value", () => {
    const row = convert([
      " Noma Latchi ",
      "Info@Noma.CY",
      "4.800000",
      "1,056",
      "warm",
      "outdated; not mobile friendly",
      "seafood|polis",
      "noma.cy",
      '{"city":"Poli Crysochous"}',
      "CY",
      "yes",
    ]);
    expect(row).toEqual({
      ok: true,
      data: expect.objectContaining({
        name: "Noma Latchi",
        email: "info@noma.cy",
        rating: 4.8,
        reviewCount: 1056,
        temperature: "WARM",
        websiteIssues: ["OUTDATED", "NOT_MOBILE_FRIENDLY"],
        tags: ["seafood", "polis"],
        website: "https://noma.cy",
        city: "Poli Crysochous",
        country: "Cyprus",
        demoSiteBuilt: true,
        source: "csv",
      }),
      present: expect.arrayContaining(["name", "email", "rating", "source", "tags", "city"]),
    });
  });

  it("uses defaults for empty cells and leaves other empty fields out", () => {
    const row = convert(["Parea", "", "null", "", "", "", "", "", "null", "", ""]);
    expect(row.ok && row.data).toMatchObject({ name: "Parea", email: null, rating: null, tags: ["imported"], source: "csv", temperature: "COLD" });
    expect(row.ok && [...row.present].sort()).toEqual(["name", "source", "tags"]);
  });

  it("rejects bad values with readable field messages", () => {
    const row = convert(["", "not-an-email", "great", "12.5", "boiling", "flashy", "", "", "", "", "maybe"]);
    expect(row.ok).toBe(false);
    const reason = row.ok ? "" : row.reason;
    expect(reason).toContain("name: Business name is required");
    expect(reason).toContain("email: Not a valid email address");
    expect(reason).toContain("rating: Must be a number");
    expect(reason).toContain("reviewCount: Must be a whole number");
    expect(reason).toContain("temperature: Choose hot, warm or cold");
    expect(reason).toContain("websiteIssues: Unknown website issue");
    expect(reason).toContain("demoSiteBuilt: Must be yes or no");
  });

  it("rejects out-of-range numbers, too long text and rows with the wrong number of cells", () => {
    const tooLong = convert(["x".repeat(201), "", "7", "-3", "", "", "", "", "", "", ""]);
    expect(tooLong.ok ? "" : tooLong.reason).toBe("name: At most 200 characters; rating: Between 0 and 5; reviewCount: Cannot be negative");
    expect(convert(["Noma"])).toEqual({ ok: false, reason: "Row has 1 cells; expected 11" });
    expect(convert([...Array(11).fill("a"), "extra"])).toEqual({ ok: false, reason: "Row has 12 cells; expected 11" });
  });

  it("rejects a row whose mapped JSON cell is broken", () => {
    expect(convert(["Noma", "", "", "", "", "", "", "", '{"city":', "", ""])).toEqual({ ok: false, reason: "Addr: Not valid JSON" });
  });

  it("keeps script tags as plain text (escaped when shown)", () => {
    const row = convert(["<script>alert(1)</script>", "", "", "", "", "", "", "", "", "", ""]);
    expect(row.ok && row.data.name).toBe("<script>alert(1)</script>");
  });

  it("reports mappings naming missing columns or no business name", () => {
    expect(compileLeadMapping(["a"], { columns: { name: "a", city: "b" }, defaults: {} })).toEqual({
      ok: false,
      fieldErrors: { city: ['The file has no column "b"'] },
    });
    expect(compileLeadMapping(["a"], { columns: { city: "a" }, defaults: {} })).toEqual({
      ok: false,
      fieldErrors: { name: ["Choose the column that holds the business name"] },
    });
    expect(compileLeadMapping(["a"], { columns: {}, defaults: { name: "Unnamed" } }).ok).toBe(true);
  });
});

describe("cell values", () => {
  it("reads numbers as written in spreadsheets and scrapers", () => {
    expect(parseNumber("4.400000")).toBe(4.4);
    expect(parseNumber("4,5")).toBe(4.5);
    expect(parseNumber("1,056")).toBe(1056);
    expect(parseNumber("1.200,50")).toBe(1200.5);
    expect(parseNumber("€1,200.50")).toBe(1200.5);
    expect(parseNumber("1 200")).toBe(1200);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber("n/a")).toBeNull();
    expect(parseNumber("4.4.4")).toBeNull();
    expect(parseNumber("")).toBeNull();
  });

  it("turns two-letter country codes into names and keeps anything else", () => {
    expect(cellValue("country", "CY")).toBe("Cyprus");
    expect(cellValue("country", "gr")).toBe("Greece");
    expect(cellValue("country", "Cyprus")).toBe("Cyprus");
    expect(cellValue("country", "ZZ")).toBe("ZZ");
  });

  it("reads yes/no words and passes unknown words on", () => {
    expect(cellValue("boolean", "Yes")).toBe(true);
    expect(cellValue("boolean", "0")).toBe(false);
    expect(cellValue("boolean", "maybe")).toBe("maybe");
  });
});

describe("rowDedupeKeys", () => {
  const data = { externalId: "0x1:0x2", email: "info@noma.cy", phone: "+357 26 600031", website: "https://www.facebook.com/noma" };

  it("gives the chosen keys in their order, normalised", () => {
    expect(rowDedupeKeys(data as never, { match: ["phone", "externalId", "email"], mode: "skip" })).toEqual([
      "phone:35726600031",
      "externalId:0x1:0x2",
      "email:info@noma.cy",
    ]);
  });

  it("never matches on shared domains such as facebook.com, nor in create mode", () => {
    expect(rowDedupeKeys(data as never, { match: ["domain"], mode: "update" })).toEqual([]);
    expect(rowDedupeKeys({ ...data, website: "https://www.noma.cy/menu" } as never, { match: ["domain"], mode: "update" })).toEqual(["domain:noma.cy"]);
    expect(rowDedupeKeys(data as never, { match: ["externalId"], mode: "create" })).toEqual([]);
  });
});
