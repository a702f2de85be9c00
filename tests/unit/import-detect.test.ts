import { describe, expect, it } from "vitest";
import { detectDelimiter } from "@/lib/import/detect-delimiter";
import { columnNames, detectHeader } from "@/lib/import/detect-header";

describe("detectHeader", () => {
  it("takes a row of distinct names for a header", () => {
    expect(detectHeader([["title", "category", "phone", "review_rating"], ["Noma Latchi", "Restaurant", "26 600031", "4.8"]])).toBe(true);
    expect(detectHeader([["Business name", "E-mail", "Website"]])).toBe(true);
  });

  it("takes a row holding values for data", () => {
    expect(detectHeader([["Noma Latchi", "info@noma.cy", "26 600031"]])).toBe(false);
    expect(detectHeader([["Parea Taverna", "https://www.facebook.com/tavernhparea", "Restaurant"]])).toBe(false);
    expect(detectHeader([["Alpha", "4.5", "Polis"]])).toBe(false);
    expect(detectHeader([["Alpha", "2026-03-10"]])).toBe(false);
    expect(detectHeader([["Alpha", '{"city":"Paphos"}']])).toBe(false);
  });

  it("rejects repeated names and mostly empty rows", () => {
    expect(detectHeader([["name", "Name", "city"]])).toBe(false);
    expect(detectHeader([["name", "", "", ""]])).toBe(false);
    expect(detectHeader([])).toBe(false);
  });
});

describe("columnNames", () => {
  it("names blank and repeated header cells and header-less columns", () => {
    expect(columnNames(["name", "", "name", " city "], true)).toEqual(["name", "Column 2", "name (2)", "city"]);
    expect(columnNames(["Noma", "26 600031"], false)).toEqual(["Column 1", "Column 2"]);
  });
});

describe("detectDelimiter", () => {
  it("finds commas, semicolons, tabs and pipes outside quotes", () => {
    expect(detectDelimiter("name,city\nNoma,Polis\n")).toBe(",");
    expect(detectDelimiter('name;rating;note\n"Noma, Latchi";4,8;"a,b,c"\n')).toBe(";");
    expect(detectDelimiter("name\tcity\r\nNoma\tPolis\r\n")).toBe("\t");
    expect(detectDelimiter("name|city\nNoma|Polis")).toBe("|");
  });

  it("ignores delimiters inside quoted cells, even across lines, and blank lines", () => {
    expect(detectDelimiter('name;note\n"a,b,c\nd,e,f";x\n\nB;y\n')).toBe(";");
  });

  it("falls back to a comma", () => {
    expect(detectDelimiter("name\nNoma\n")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});
