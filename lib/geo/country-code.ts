import countries from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json";

// The package's Node entry registers all ~80 locales at import; its browser entry (imported here)
// registers none, so only English names are loaded, on either side.
countries.registerLocale(en);

/**
 * The ISO 3166-1 alpha-2 code (upper case, e.g. "CY") of a country as a record stores it, or
 * null when it cannot be told.
 *
 * Accepts, in this order: an alpha-2 code ("cy", "CY"), an alpha-3 code ("CYP"), and an English
 * name or alias in any case, with or without diacritics ("Cyprus", "united kingdom", "UK",
 * "Côte d'Ivoire" / "Cote d'Ivoire"), as listed by `i18n-iso-countries` (its `en` locale).
 * Surrounding spaces, a trailing full stop and the dots of an abbreviation ("U.S.A.") are ignored. Names in other languages are not
 * recognised (the lead import and forms store English names).
 * @param country - Lead.country / Company.country as stored (free text, up to 120 characters).
 */
export function countryCode(country: string | null | undefined): string | null {
  let text = country?.trim().replace(/\.$/, "").trim();
  if (!text || text.length > 120) return null;
  if (/^([a-z]\.)+[a-z]$/i.test(text)) text = text.replace(/\./g, ""); // "U.S.A." → "USA"
  if (/^[a-z]{2}$/i.test(text) && countries.isValid(text.toUpperCase())) return text.toUpperCase();
  if (/^[a-z]{3}$/i.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase());
    if (code) return code;
  }
  return countries.getAlpha2Code(text, "en") ?? countries.getSimpleAlpha2Code(text, "en") ?? null;
}
