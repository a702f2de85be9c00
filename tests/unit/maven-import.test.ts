import { describe, expect, it } from "vitest";
import { mavenDealColumns } from "@/lib/import/maven/maven-deal";
import { detectMavenFileKind, missingMavenColumns } from "@/lib/import/maven/maven-files";
import { mavenAccountNote, mavenCountry, mavenIndustry, mavenProductKey } from "@/lib/import/maven/maven-values";
import { mavenImportSettingsSchema, mavenOpportunityRowSchema, rowProblems } from "@/lib/validation/maven-import";

const row = (patch: Record<string, string> = {}) => ({
  opportunity_id: "1C1I7A6R",
  sales_agent: "Moses Frase",
  product: "GTX Plus Basic",
  account: "Cancity",
  deal_stage: "Won",
  engage_date: "2016-10-20",
  close_date: "2017-03-01",
  close_value: "1054",
  ...patch,
});

function problems(patch: Record<string, string>): string {
  const result = mavenOpportunityRowSchema.safeParse(row(patch));
  return result.success ? "ok" : rowProblems(result.error);
}

describe("Maven opportunity rows", () => {
  it("accepts the dataset's shapes of each stage", () => {
    expect(problems({})).toBe("ok");
    expect(problems({ deal_stage: "Engaging", close_date: "", close_value: "" })).toBe("ok");
    expect(problems({ deal_stage: "prospecting", engage_date: "", close_date: "", close_value: "", account: "" })).toBe("ok");
    expect(problems({ deal_stage: "Lost", close_value: "0" })).toBe("ok");
  });

  it("names the column and the problem of a bad row", () => {
    expect(problems({ deal_stage: "Negotiating" })).toBe('deal_stage: Unknown stage "Negotiating"; expected Prospecting, Engaging, Won, Lost');
    expect(problems({ close_date: "2017-02-30" })).toBe("close_date: Not a date like 2017-03-01");
    expect(problems({ close_date: "03/01/2017" })).toBe("close_date: Not a date like 2017-03-01");
    expect(problems({ close_value: "-1054" })).toBe("close_value: Must not be negative");
    expect(problems({ close_value: "1,054" })).toBe("close_value: Must be a number like 1054 or 1054.50");
    expect(problems({ close_value: "99999999" })).toBe("close_value: Must be at most 21,474,836.47");
    expect(problems({ close_value: "" })).toBe("close_value: A Won deal needs a close value");
    expect(problems({ deal_stage: "Engaging" })).toBe(
      "close_date: An open deal (Engaging) has no close date; close_value: An open deal (Engaging) has no close value",
    );
    expect(problems({ close_date: "2016-10-19" })).toBe("close_date: The close date is before the engage date");
    expect(problems({ opportunity_id: " " })).toBe("opportunity_id: The opportunity id is required");
    expect(problems({ product: "GTX\u0000" })).toBe("product: Contains an invalid character");
  });
});

describe("Maven values", () => {
  it("recognises each file by its columns, whatever its name", () => {
    expect(detectMavenFileKind(["opportunity_id", "sales_agent", "product", "account", "deal_stage"])).toBe("salesPipeline");
    expect(detectMavenFileKind(["Account", "Sector", "Employees"])).toBe("accounts");
    expect(detectMavenFileKind(["Table", "Field", "Description"])).toBeNull();
    expect(missingMavenColumns("products", ["product", "series"])).toEqual(["sales_price"]);
  });

  it("corrects the dataset's misspellings and matches GTXPro with GTX Pro", () => {
    expect(mavenIndustry("technolgy")).toBe("Technology");
    expect(mavenIndustry("medical")).toBe("Medical");
    expect(mavenCountry("Philipines")).toBe("Philippines");
    expect(mavenCountry("Kenya")).toBe("Kenya");
    expect(mavenProductKey("GTXPro")).toBe(mavenProductKey("GTX Pro"));
    expect(mavenAccountNote({ year_established: 1996, revenue: 1100.04 })).toBe(
      "From the Maven CRM dataset: established in 1996; annual revenue 1,100.04 million USD.",
    );
    expect(mavenAccountNote({ year_established: null, revenue: null })).toBeNull();
  });

  it("turns an opportunity into deal columns: cents, weighted value, days in the user's zone", () => {
    const won = mavenOpportunityRowSchema.parse(row());
    expect(
      mavenDealColumns({ row: won, stage: { probability: 100 }, company: { id: "c1", name: "Cancity" }, ownerId: "u1", listPrice: 1096, timeZone: "Asia/Nicosia" }),
    ).toEqual({
      title: "GTX Plus Basic — Cancity",
      value: 105_400,
      currency: "USD",
      probability: 100,
      weightedValue: 105_400,
      closedAt: new Date("2017-02-28T22:00:00.000Z"),
      companyId: "c1",
      ownerId: "u1",
      externalId: "1C1I7A6R",
      searchText: "gtx plus basic — cancity cancity",
      stageEnteredAt: new Date("2017-02-28T22:00:00.000Z"),
      startedAt: new Date("2016-10-19T21:00:00.000Z"),
    });
    const open = mavenOpportunityRowSchema.parse(row({ deal_stage: "Engaging", account: "", close_date: "", close_value: "" }));
    expect(mavenDealColumns({ row: open, stage: { probability: 40 }, company: null, ownerId: null, listPrice: 1096.5, timeZone: "UTC" })).toMatchObject({
      title: "GTX Plus Basic",
      value: 109_650,
      weightedValue: 43_860,
      closedAt: null,
      stageEnteredAt: new Date("2016-10-20T00:00:00.000Z"),
    });
  });

  it("keeps only the agents mapped to an email", () => {
    expect(mavenImportSettingsSchema.parse({ agents: { "Moses Frase": " Moses@Example.com ", "Anna Snelling": "" } })).toEqual({
      agents: { "Moses Frase": "moses@example.com" },
      existingDeals: "skip",
    });
    expect(mavenImportSettingsSchema.safeParse({ agents: { "Moses Frase": "not an email" } }).success).toBe(false);
  });
});
