/** Hosts whose pages are social-media profiles or listings, not a business's own website. */
const SOCIAL_HOSTS = [
  "facebook.com",
  "fb.com",
  "instagram.com",
  "linktr.ee",
  "tiktok.com",
  "twitter.com",
  "x.com",
  "linkedin.com",
  "youtube.com",
  "pinterest.com",
  "wa.me",
  "whatsapp.com",
  "t.me",
  "yelp.com",
  "tripadvisor.com",
  "google.com",
  "goo.gl",
  "g.page",
];

/**
 * The social-media host of a "website" that is only a social page (facebook.com/…, instagram.com/…),
 * or null when it is a site of its own. Subdomains count (m.facebook.com, business.google.com).
 * @param website - an absolute URL; anything unparsable is not social (null).
 */
export function socialHostOf(website: string): string | null {
  if (!URL.canParse(website)) return null;
  const host = new URL(website).hostname.toLowerCase().replace(/\.$/, "");
  return SOCIAL_HOSTS.find((social) => host === social || host.endsWith(`.${social}`)) ?? null;
}
