import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { countryCode } from "@/lib/geo/country-code";
import { smsLink, telLink, whatsappLink } from "@/lib/outreach/channels/channel-links";
import { normalisePhone } from "@/lib/phone/normalise-phone";

/** The real gosom scrape of Cyprus restaurants, read where it lives (never copied into the repository). */
const GOSOM_CSV = path.resolve(process.cwd(), "..", "shared", "data", "google_maps_gosom_scraper", "results_cyprus_restaurants.csv");
type GosomRow = { title: string; phone: string; complete_address: string };
const gosomRows = (): GosomRow[] => parse(fs.readFileSync(GOSOM_CSV), { columns: true, skip_empty_lines: true });

describe("normalisePhone on the real phone formats of the gosom Cyprus scrape", () => {
  const rows = gosomRows();

  it("reads the file: 125 listings, every one with a local Cypriot number such as 97 754374", () => {
    expect(rows).toHaveLength(125);
    expect(rows.every((r) => /^\d{2} \d{6}$/.test(r.phone))).toBe(true);
    expect(rows.map((r) => r.phone)).toContain("97 754374");
    expect(new Set(rows.map((r) => JSON.parse(r.complete_address).country))).toEqual(new Set(["CY"]));
  });

  it("puts `97 754374` with country Cyprus into E.164 as +35797754374", () => {
    expect(normalisePhone("97 754374", "Cyprus")).toEqual({ ok: true, e164: "+35797754374" });
  });

  it("normalises every number of the file with the country as the import stores it (Cyprus) and as the file gives it (CY)", () => {
    for (const row of rows) {
      const expected = `+357${row.phone.replace(/\s/g, "")}`;
      expect(normalisePhone(row.phone, "Cyprus"), row.title).toEqual({ ok: true, e164: expected });
      expect(normalisePhone(row.phone, JSON.parse(row.complete_address).country), row.title).toEqual({ ok: true, e164: expected });
    }
  });

  it("refuses the same local numbers without a country, or with one it does not know, saying why", () => {
    const none = normalisePhone("97 754374", null);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason).toMatch(/no country code and the record has no country/);
    const unknown = normalisePhone("97 754374", "Atlantis");
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.reason).toContain('"Atlantis" is not recognised');
  });

  it("reads the file's numbers as another country's when told so: valid there or refused, never a Cypriot number", () => {
    // 26 321530 is not a Greek number (Greek numbers have 10 digits).
    const greek = normalisePhone("26 321530", "Greece");
    expect(greek.ok).toBe(false);
    if (!greek.ok) expect(greek.reason).toBe("26 321530 is not a valid phone number for Greece.");
  });
});

describe("normalisePhone on other formats", () => {
  it.each([
    ["+357 97 754374", null, "+35797754374"],
    ["00357 97 754374", "Germany", "+35797754374"],
    ["+357-97-754-374", "", "+35797754374"],
    ["(26) 321-530", "Cyprus", "+35726321530"],
    ["+44 20 7946 0958", "Cyprus", "+442079460958"],
    ["020 7946 0958", "United Kingdom", "+442079460958"],
    ["020 7946 0958", "uk", "+442079460958"],
    ["(212) 555-0123", "United States of America", "+12125550123"],
    ["(212) 555-0123", "USA", "+12125550123"],
    ["  97754374  ", "cy", "+35797754374"],
  ])("%s with country %s → %s", (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["", "Cyprus", "No phone number on this record."],
    [null, "Cyprus", "No phone number on this record."],
    ["   ", "Cyprus", "No phone number on this record."],
    ["n/a", "Cyprus", '"n/a" is not a phone number.'],
    ["123", "Cyprus", "123 is not a valid phone number for Cyprus."],
    ["+357 1", null, "+357 1 is not a valid phone number."],
    ["+", "Cyprus", '"+" is not a phone number.'],
  ])("refuses %j (country %s): %s", (raw, country, reason) => {
    expect(normalisePhone(raw, country)).toEqual({ ok: false, reason });
  });

  it("never throws on hostile text, and refuses it with a short reason", () => {
    const hostile = ["\u0000", "97 754374\u0000", "javascript:alert(1)", "<script>alert(1)</script>", "9".repeat(10_000), "+357 97 754374".repeat(20), "😀😀😀", "\u202e97 754374", "97 754374 ext. 5; DROP TABLE", "١٢٣٤٥٦٧٨"];
    for (const raw of hostile) {
      const result = normalisePhone(raw, "Cyprus");
      if (result.ok) expect(result.e164, JSON.stringify(raw)).toMatch(/^\+[1-9]\d{6,14}$/);
      else expect(result.reason.length, JSON.stringify(raw)).toBeLessThan(200);
    }
    expect(normalisePhone("9".repeat(10_000), "Cyprus").ok).toBe(false);
    expect(normalisePhone("javascript:alert(1)", "Cyprus").ok).toBe(false);
  });
});

describe("countryCode", () => {
  it.each([
    ["Cyprus", "CY"],
    ["cyprus", "CY"],
    [" CYPRUS. ", "CY"],
    ["CY", "CY"],
    ["cy", "CY"],
    ["CYP", "CY"],
    ["United Kingdom", "GB"],
    ["UK", "GB"],
    ["U.S.A.", "US"],
    ["Côte d'Ivoire", "CI"],
    ["Cote d'Ivoire", "CI"],
    ["Greece", "GR"],
  ])("%j → %s", (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each([null, undefined, "", "   ", "Atlantis", "XX", "ZZZ", "C".repeat(500), "\u0000", "Κύπρος"])("%j → null", (name) => {
    expect(countryCode(name)).toBeNull();
  });
});

describe("channel links", () => {
  const text = 'Hi Maria! Love what Latchi Fish Tavern is doing in Polis & Latchi. 50% off? #web\nΓεια σου 👋 "quoted"';

  it("builds a wa.me link with the number's digits and the text URL-encoded", () => {
    const link = whatsappLink("+35797754374", text);
    expect(link.startsWith("https://wa.me/35797754374?text=")).toBe(true);
    const url = new URL(link);
    expect(url.host).toBe("wa.me");
    expect(url.pathname).toBe("/35797754374");
    expect(url.searchParams.get("text")).toBe(text);
    expect([...url.searchParams.keys()]).toEqual(["text"]);
    expect(url.hash).toBe("");
    expect(whatsappLink("+35797754374", "")).toBe("https://wa.me/35797754374");
    expect(whatsappLink("+35797754374")).toBe("https://wa.me/35797754374");
  });

  it("builds an sms: link (RFC 5724) with the body encoded so nothing leaks into other fields", () => {
    const link = smsLink("+35797754374", "a&body=evil?x#y");
    expect(link).toBe("sms:+35797754374?body=a%26body%3Devil%3Fx%23y");
    expect(smsLink("+35797754374", text).split("?")).toHaveLength(2);
    expect(decodeURIComponent(smsLink("+35797754374", text).split("?body=")[1])).toBe(text);
    expect(smsLink("+35797754374", null)).toBe("sms:+35797754374");
  });

  it("builds a tel: link (RFC 3966 global number)", () => {
    expect(telLink("+35726321530")).toBe("tel:+35726321530");
  });

  it.each(["35797754374", "+0123456789", "+357 97 754374", "+3579775437412345", "javascript:alert(1)", "", "+357\n97754374"])("refuses a number not in E.164 form: %j", (bad) => {
    expect(() => whatsappLink(bad, "hi")).toThrow(RangeError);
    expect(() => smsLink(bad, "hi")).toThrow(RangeError);
    expect(() => telLink(bad)).toThrow(RangeError);
  });
});
