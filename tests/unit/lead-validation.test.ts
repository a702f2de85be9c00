import { describe, expect, it } from "vitest";
import { leadInputSchema } from "@/lib/validation/lead";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";

const errorsOf = (input: unknown) => {
  const result = leadInputSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("leadInputSchema", () => {
  it("normalises a minimal lead and fills defaults", () => {
    const lead = leadInputSchema.parse({ name: "  Cafe Latchi  ", email: " Hi@Cafe.CY ", website: "cafe.cy", tags: ["a", "a", "b"] });
    expect(lead).toMatchObject({
      name: "Cafe Latchi",
      email: "hi@cafe.cy",
      website: "https://cafe.cy",
      temperature: "COLD",
      score: 0,
      currency: "EUR",
      tags: ["a", "b"],
      websiteIssues: [],
      contactName: null,
    });
  });

  it("reports every bad field by its path", () => {
    expect(
      Object.keys(
        errorsOf({
          name: 42,
          email: "nope",
          rating: "4.5",
          reviewCount: -1,
          score: 101,
          temperature: "LUKEWARM",
          websiteIssues: ["OUTDATED", "UGLY"],
          nextActionDay: "10/03/2026",
          estimatedValue: -5,
          currency: "euro",
          tags: "a,b",
        }),
      ).sort(),
    ).toEqual(["currency", "email", "estimatedValue", "name", "nextActionDay", "rating", "reviewCount", "score", "tags", "temperature", "websiteIssues.1"]);
  });

  it("refuses non-http links and huge strings", () => {
    expect(errorsOf({ name: "X", website: "javascript://alert(1)" })).toHaveProperty("website");
    expect(errorsOf({ name: "X", mapsUrl: "data:text/html,<script>alert(1)</script>" })).toHaveProperty("mapsUrl");
    expect(errorsOf({ name: "x".repeat(201) }).name).toEqual(["At most 200 characters"]);
    expect(errorsOf({ name: "X", notes: "y".repeat(1_000_000) })).toHaveProperty("notes");
  });

  it("keeps script tags in text as text (React escapes them when shown)", () => {
    expect(leadInputSchema.parse({ name: "<script>alert(1)</script>" }).name).toBe("<script>alert(1)</script>");
  });
});

describe("leadSearchText", () => {
  it("stays short enough for a PostgreSQL index entry whatever the input", async () => {
    const { leadSearchText, MAX_LEAD_SEARCH_TEXT_BYTES } = await import("@/lib/leads/normalize");
    const text = leadSearchText({ name: "漢".repeat(200), contactName: "字".repeat(200), website: `https://${"ü".repeat(480)}.example` });
    expect(text).toBe("漢".repeat(166));
    expect(Buffer.byteLength(leadSearchText({ name: "😀".repeat(200) }), "utf8")).toBe(MAX_LEAD_SEARCH_TEXT_BYTES);
    expect(leadSearchText({ name: "a".repeat(200), contactName: "😀".repeat(100) })).toBe(`${"a".repeat(200)} ${"😀".repeat(74)}`);
    expect(leadSearchText({ name: "Cafe", phone: "+357 99 123" })).toBe("cafe +357 99 123 35799123");
  });
});
