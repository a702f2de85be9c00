/**
 * Normalisation used for duplicate detection and search. Pure functions.
 */

/** Digits of a phone number, without a leading international "00"; null when fewer than 5 digits. */
export function phoneDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/\D/g, "").replace(/^00/, "");
  return digits.length >= 5 ? digits : null;
}

/**
 * Adds https:// to a website typed without a scheme ("example.com" → "https://example.com");
 * null for blank input.
 */
export function normalizeWebsite(website: string | null | undefined): string | null {
  const trimmed = (website ?? "").trim();
  if (!trimmed) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** Lower-cased host of a website without "www."; null when blank or not a URL. */
export function websiteDomain(website: string | null | undefined): string | null {
  const url = normalizeWebsite(website);
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    return host.includes(".") ? host : null;
  } catch {
    return null;
  }
}

/**
 * Longest search text kept, in characters. The column is part of an index, and a PostgreSQL
 * B-tree entry must stay under about 2.7 kB; 600 characters is at most 2.4 kB of UTF-8.
 */
export const MAX_SEARCH_TEXT = 600;

/**
 * Longest lead search text kept, in bytes of UTF-8. It shares Lead_list_idx with tagKeys and other
 * columns, whose entries PostgreSQL limits to 2,704 bytes (see the notes above the Lead indexes
 * in prisma/schema.prisma); 500 bytes are 500 ASCII characters or 125 to 250 of other scripts.
 */
export const MAX_LEAD_SEARCH_TEXT_BYTES = 500;

/** The longest start of `text` that takes at most `maxBytes` bytes in UTF-8 (whole characters only). */
export function cutToUtf8Bytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * The text a lead's free-text search matches: name, contact, email, phone (and its digits),
 * website — lower-cased and cut at MAX_LEAD_SEARCH_TEXT_BYTES bytes.
 */
export function leadSearchText(lead: {
  name: string;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  contactName?: string | null;
}): string {
  const text = [lead.name, lead.contactName, lead.email, lead.phone, phoneDigits(lead.phone), lead.website]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  return cutToUtf8Bytes(text, MAX_LEAD_SEARCH_TEXT_BYTES);
}
