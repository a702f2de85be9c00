import { getCountry } from "countries-and-timezones";
import cityTimezones from "city-timezones";
import { isTimeZone } from "@/lib/dates";
import { countryCode } from "@/lib/geo/country-code";

/** Time zones already worked out, by "<ISO code>|<city>" (the city lists are scanned linearly). */
const cache = new Map<string, string | null>();

/** The most populous city's time zone among `cities`, or null. */
function mostPopulous(cities: readonly { timezone: string; pop: number }[]): string | null {
  let best: { timezone: string; pop: number } | null = null;
  for (const city of cities) if (!best || city.pop > best.pop) best = city;
  return best && isTimeZone(best.timezone) ? best.timezone : null;
}

/**
 * The IANA time zone of a place as a lead or company stores it, or null when it cannot be told.
 *
 * - The country (a name such as "Cyprus", or an ISO code; mapped by `countryCode`) gives its zones
 *   (`countries-and-timezones`); a country with one zone answers at once.
 * - A country with several zones (the United States, Australia…) takes its city's zone when the
 *   city is known to `city-timezones` in that country, else the zone of its most populous city
 *   (the capital's or main business zone: New York for "US", Berlin for "DE").
 * - Without a known country, a city name that `city-timezones` knows answers with its most populous
 *   match ("Limassol" → Asia/Nicosia).
 * @param place - Lead.country / Lead.city (or a contact's company's) as stored, free text.
 */
export function placeTimeZone({ country, city }: { country?: string | null; city?: string | null }): string | null {
  const code = countryCode(country);
  const cityName = city?.trim().slice(0, 120) || "";
  const key = `${code ?? ""}|${cityName.toLowerCase()}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let zone: string | null = null;
  if (code) {
    const zones = (getCountry(code)?.timezones ?? []).filter(isTimeZone);
    if (zones.length === 1) zone = zones[0];
    else if (zones.length > 1) {
      zone = cityName ? mostPopulous(cityTimezones.lookupViaCity(cityName).filter((c) => c.iso2 === code)) : null;
      zone ??= mostPopulous(cityTimezones.findFromIsoCode(code));
      zone ??= zones[0];
    }
  } else if (cityName) {
    zone = mostPopulous(cityTimezones.lookupViaCity(cityName));
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(key, zone);
  return zone;
}

/**
 * The time zone a lead's or contact's sends are timed in: its place's (placeTimeZone), else the
 * owner's (`User.timeZone`), else UTC.
 */
export function recipientTimeZone(place: { country?: string | null; city?: string | null }, ownerTimeZone: string | null | undefined): string {
  return placeTimeZone(place) ?? (ownerTimeZone && isTimeZone(ownerTimeZone) ? ownerTimeZone : "UTC");
}
