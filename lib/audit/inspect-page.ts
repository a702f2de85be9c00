import { load } from "cheerio";

/** What a website audit reads from a home page's HTML. */
export type PageFacts = {
  title: string | null;
  description: string | null;
  h1: string | null;
  /** The content of <meta name="viewport">, or null without one. */
  viewport: string | null;
  /** The generator or site builder and how it was seen ("WordPress 6.5 (meta generator)"), or null. */
  generator: string | null;
  /** The newest year of a "©"/"Copyright" notice in the footer (or the page when it has no footer). */
  copyrightYear: number | null;
  /** Same-site http(s) links, absolute, without fragments, in page order, without duplicates or the page itself. */
  internalLinks: string[];
  phone: string | null;
  email: string | null;
};

/** Markers of site builders in the HTML, checked in order when there is no <meta name="generator">. */
const BUILDER_MARKERS: [RegExp, string][] = [
  [/\/wp-content\/|\/wp-includes\//i, "WordPress"],
  [/static\.wixstatic\.com|wix\.com\/|_wixCssImports|X-Wix-/i, "Wix"],
  [/squarespace\.com|static1\.squarespace/i, "Squarespace"],
  [/cdn\.shopify\.com|Shopify\.theme/i, "Shopify"],
  [/webflow\.(?:com|io)|data-wf-site/i, "Webflow"],
  [/img\d*\.wsimg\.com/i, "GoDaddy Website Builder"],
  [/jimdo(?:cdn)?\.com/i, "Jimdo"],
  [/weebly\.com|editmysite\.com/i, "Weebly"],
  [/\/media\/jui\/|\/components\/com_/i, "Joomla"],
  [/\/sites\/default\/files\/|Drupal\.settings/i, "Drupal"],
];

const COPYRIGHT_YEAR = /(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(\d{4})|(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*©/gi;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
const PHONE = /(?:\+|\b0)\d[\d\s().-]{6,}\d/;

/**
 * Reads the facts a website audit checks from a page's HTML (parsed with cheerio). Pure.
 * @param html - the page's HTML.
 * @param pageUrl - the URL the page was served from (after redirects), for resolving links.
 */
export function inspectPage(html: string, pageUrl: string): PageFacts {
  const $ = load(html);
  const text = (selector: string) => $(selector).first().text().replace(/\s+/g, " ").trim() || null;
  const meta = (name: string) => $(`meta[name="${name}" i]`).first().attr("content")?.trim() || null;
  const footer = $("footer").length ? $("footer").text() : $("body").text();
  const tel = $('a[href^="tel:" i]').first().attr("href")?.slice(4).trim();
  const mailto = $('a[href^="mailto:" i]').first().attr("href")?.slice(7).split("?")[0].trim();
  const bodyText = $("body").text();
  return {
    title: text("title"),
    description: meta("description"),
    h1: text("h1"),
    viewport: meta("viewport"),
    generator: generatorOf(meta("generator"), html),
    copyrightYear: copyrightYearOf(footer),
    internalLinks: internalLinksOf($("a[href]").map((_, element) => $(element).attr("href") ?? "").get(), pageUrl),
    phone: tel || bodyText.match(PHONE)?.[0].trim() || null,
    email: mailto || bodyText.match(EMAIL)?.[0] || null,
  };
}

function generatorOf(metaGenerator: string | null, html: string): string | null {
  if (metaGenerator) return `${metaGenerator} (meta generator)`;
  const marker = BUILDER_MARKERS.find(([pattern]) => pattern.test(html));
  return marker ? `${marker[1]} (seen in the page's code)` : null;
}

/** The newest plausible year in copyright notices of `text` (1990 up to 2100), or null. */
function copyrightYearOf(text: string): number | null {
  const years = [...text.matchAll(COPYRIGHT_YEAR)]
    .flatMap((match) => [match[1], match[2], match[3]])
    .filter((year): year is string => Boolean(year))
    .map(Number)
    .filter((year) => year >= 1990 && year <= 2100);
  return years.length ? Math.max(...years) : null;
}

function internalLinksOf(hrefs: string[], pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const seen = new Set<string>([withoutHash(page)]);
  const links: string[] = [];
  for (const href of hrefs) {
    if (!URL.canParse(href, pageUrl)) continue;
    const url = new URL(href, pageUrl);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || sameSiteHost(url.hostname) !== sameSiteHost(page.hostname)) continue;
    const key = withoutHash(url);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(key);
  }
  return links;
}

const sameSiteHost = (host: string) => host.toLowerCase().replace(/^www\./, "");

function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = "";
  return copy.href;
}
