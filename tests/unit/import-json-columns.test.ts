import { describe, expect, it } from "vitest";
import { cellText, columnReader, InvalidJsonCellError, jsonColumns } from "@/lib/import/json-columns";

const columns = ["title", "complete_address", "owner", "images"];
const rows = [
  ["Noma", '{"city":"Poli Crysochous","country":"CY","postal_code":""}', "null", '[{"title":"All"}]'],
  ["Parea", '{"street":"Ayiou Nikolaou 6","city":"Poli Crysochous"}', '{"id":"","name":"Parea (Owner)"}', "[]"],
];

describe("jsonColumns", () => {
  it("offers every key of JSON objects in a column as column.key, in order of appearance", () => {
    expect(jsonColumns(columns, rows)).toEqual([
      "complete_address.city",
      "complete_address.country",
      "complete_address.postal_code",
      "complete_address.street",
      "owner.id",
      "owner.name",
    ]);
  });

  it("ignores arrays, text and invalid JSON", () => {
    expect(jsonColumns(["a", "b"], [["[1,2]", "{not json"], ["plain", "{}"]])).toEqual([]);
  });
});

describe("columnReader", () => {
  it("reads real columns trimmed, with literal null as empty", () => {
    const read = columnReader(columns, "owner")!;
    expect(read(rows[0], new Map())).toBe("");
    expect(columnReader(columns, "title")!([" Noma  "], new Map())).toBe("Noma");
    expect(cellText("null")).toBe("");
    expect(cellText(undefined)).toBe("");
  });

  it("reads a key of a JSON column, empty when missing, null or the cell is empty", () => {
    const city = columnReader(columns, "complete_address.city")!;
    const postal = columnReader(columns, "complete_address.postal_code")!;
    const ownerName = columnReader(columns, "owner.name")!;
    expect(city(rows[0], new Map())).toBe("Poli Crysochous");
    expect(postal(rows[0], new Map())).toBe("");
    expect(ownerName(rows[0], new Map())).toBe("");
    expect(ownerName(rows[1], new Map())).toBe("Parea (Owner)");
    expect(columnReader(["a"], "a.b")!(['{"b":{"c":1},"n":null}'], new Map())).toBe('{"c":1}');
    expect(columnReader(["a"], "a.n")!(['{"b":{"c":1},"n":null}'], new Map())).toBe("");
  });

  it("parses a JSON cell once per row through the cache", () => {
    const parsed = new Map<number, unknown>();
    columnReader(columns, "complete_address.city")!(rows[0], parsed);
    expect(parsed.get(1)).toEqual({ city: "Poli Crysochous", country: "CY", postal_code: "" });
    // A cached value is used even if the cell differs: the cache belongs to one row.
    expect(columnReader(columns, "complete_address.country")!(rows[1], parsed)).toBe("CY");
  });

  it("prefers a real column whose name contains a dot", () => {
    expect(columnReader(["a", "a.b"], "a.b")!(['{"b":"json"}', "real"], new Map())).toBe("real");
  });

  it("throws InvalidJsonCellError for a broken JSON cell and returns null for unknown columns", () => {
    const city = columnReader(columns, "complete_address.city")!;
    expect(() => city(["x", "{broken", "", ""], new Map())).toThrow(InvalidJsonCellError);
    expect(columnReader(columns, "nope")).toBeNull();
    expect(columnReader(columns, "nope.key")).toBeNull();
  });
});
