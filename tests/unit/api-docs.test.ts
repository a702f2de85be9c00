import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiReference } from "@/components/api-docs/ApiReference";
import { describeType, schemaFields } from "@/lib/api-docs/describe-schema";
import { operationsByTag, type DocDocument } from "@/lib/api-docs/operations-by-tag";
import { apiDocument } from "@/server/api/openapi/api-document";

const document = apiDocument() as unknown as DocDocument;

describe("API reference page", () => {
  it("describes types readably: nullable strings with limits, enums, arrays and references", () => {
    expect(describeType({ anyOf: [{ type: "string", maxLength: 200 }, { type: "null" }] })).toBe("string (≤ 200 chars) or null");
    expect(describeType({ type: "string", enum: ["active", "converted"] })).toBe("one of: active, converted");
    expect(describeType({ type: "array", items: { $ref: "#/components/schemas/LeadRow" } })).toBe("array of LeadRow");
    expect(describeType({ type: "integer", minimum: 1, maximum: 100 })).toBe("integer (≥ 1, ≤ 100)");
  });

  it("lists an object's fields in order with required, default and the schema a field refers to", () => {
    const fields = schemaFields({
      type: "object",
      required: ["name"],
      properties: { name: { type: "string" }, lead: { $ref: "#/components/schemas/Lead" }, limit: { type: "integer", default: 50 } },
    });
    expect(fields).toEqual([
      { name: "name", type: "string", required: true, description: undefined, defaultValue: undefined, ref: undefined },
      { name: "lead", type: "Lead", required: false, description: undefined, defaultValue: undefined, ref: "Lead" },
      { name: "limit", type: "integer", required: false, description: undefined, defaultValue: "50", ref: undefined },
    ]);
  });

  it("groups the operations by tag in the document's order, GET before POST before PATCH before DELETE on a path", () => {
    const leads = operationsByTag(document).find((group) => group.tag === "Leads")!;
    expect(leads.entries.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      "get /api/v1/leads",
      "post /api/v1/leads",
      "get /api/v1/leads/{id}",
      "patch /api/v1/leads/{id}",
      "delete /api/v1/leads/{id}",
      "post /api/v1/leads/import",
    ]);
  });

  it("renders every operation of the document and every named schema, as HTML without scripts", () => {
    const html = renderToStaticMarkup(ApiReference({ document }));
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item)) expect(html).toContain(`data-operation="${method.toUpperCase()} ${path}"`);
    }
    for (const name of Object.keys(document.components?.schemas ?? {})) expect(html).toContain(`id="schema-${name}"`);
    expect(html).not.toContain("<script");
  });
});
