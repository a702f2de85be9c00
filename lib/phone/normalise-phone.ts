import { parsePhoneNumberFromString, isSupportedCountry } from "libphonenumber-js";
import { countryCode } from "@/lib/geo/country-code";

/** A phone number in E.164 form ("+35797754374"), or why a stored number could not be put in it. */
export type NormalisedPhone = { ok: true; e164: string } | { ok: false; reason: string };

/** Longest stored number looked at; longer text is not a phone number (Lead.phone holds at most 60). */
const MAX_PHONE_LENGTH = 60;

/**
 * Puts a phone number as a record stores it into E.164 form, using the record's country for
 * numbers written in local form.
 *
 * - A number written internationally ("+357 97 754374", "00357 97754374") is read as such, whatever
 *   the country.
 * - A local number ("97 754374", "(026) 321-530") is read in the country's numbering plan: the
 *   country is a stored name or code, mapped by `countryCode` (lib/geo/country-code.ts).
 * - The result must be a valid number for its country by `libphonenumber-js` (Google's
 *   libphonenumber metadata, "min" set: length and leading digits per number type).
 *
 * Never throws: every failure is `{ ok: false, reason }` with a sentence fit to show a user
 * (no phone; no or unknown country for a local number; not a valid number).
 * @param raw - the stored phone text (Lead.phone, Contact.mobile / phone, Company.phone).
 * @param countryName - the record's country as stored (e.g. "Cyprus"); a contact takes its company's.
 */
export function normalisePhone(raw: string | null | undefined, countryName: string | null | undefined): NormalisedPhone {
  const text = (raw ?? "").trim();
  if (!text) return { ok: false, reason: "No phone number on this record." };
  if (text.length > MAX_PHONE_LENGTH || !/\d/.test(text)) {
    return { ok: false, reason: `"${shorten(text)}" is not a phone number.` };
  }
  const international = /^\s*(\+|00)/.test(text);
  const country = countryCode(countryName);
  const defaultCountry = country && isSupportedCountry(country) ? country : undefined;
  if (!international && !defaultCountry) {
    return {
      ok: false,
      reason: countryName?.trim()
        ? `The number ${shorten(text)} has no country code and the country "${shorten(countryName.trim())}" is not recognised, so it cannot be put in international form.`
        : `The number ${shorten(text)} has no country code and the record has no country, so it cannot be put in international form.`,
    };
  }
  const candidate = text.replace(/^\s*00/, "+");
  const parsed = parsePhoneNumberFromString(candidate, defaultCountry ? { defaultCountry } : undefined);
  if (!parsed || !parsed.isValid()) {
    const where = international || !country ? "" : ` for ${countryName?.trim() || country}`;
    return { ok: false, reason: `${shorten(text)} is not a valid phone number${where}.` };
  }
  return { ok: true, e164: parsed.number };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
