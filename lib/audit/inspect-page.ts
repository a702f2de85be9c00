import { Parser } from "htmlparser2";

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

/** Elements that keep a page in its head (parse5's "in head" mode): anything else starts the body. */
const HEAD_ELEMENTS = new Set(["html", "head", "title", "meta", "link", "script", "style", "base", "noscript", "template"]);

/** Characters of the previous chunk searched again with the next, so a builder marker split between chunks is found. */
const MARKER_OVERLAP = 100;

/** Reads PageFacts from a page's HTML as it arrives (write), then gives them (end, with the URL the page was served from, for resolving links). */
export type PageInspector = { write(html: string): void; end(pageUrl: string): PageFacts };

/**
 * A streaming reader of the facts a website audit checks: the HTML is tokenized as it arrives
 * (htmlparser2's Parser, no DOM) and only what the checks read is kept — the first <title>, <h1>
 * and named <meta> tags, link targets, the footer's and the body's text — so a 2 MB page costs
 * about its text, not a document tree. Pure.
 * - title, h1: the first such element's text (descendants included), whitespace collapsed;
 * - description, viewport, generator: the first <meta name> of that name (case-insensitive), trimmed;
 * - the copyright year: from the text of the <footer> elements, or the whole body's without one;
 * - phone, email: the first tel: / mailto: link, else the first match in the body's text;
 * - site builder: the meta generator, else the first BUILDER_MARKERS pattern found in the raw HTML.
 * The body's text is what parse5 would put in <body>: everything after the head elements
 * (HEAD_ELEMENTS), script and style text included, as cheerio's text() read it.
 */
export function createPageInspector(): PageInspector {
  const open: string[] = [];
  const metas = new Map<string, string>();
  const hrefs: string[] = [];
  const markers = new Set<number>();
  let tail = "";
  let inBody = false;
  let title: string | null = null;
  let titleDepth = 0;
  let h1: string | null = null;
  let h1Depth = 0;
  let footers = 0;
  let footerText: string | null = null;
  let bodyText = "";
  let tel: string | undefined;
  let mailto: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      // Before the body, <noscript> holds raw text for parse5 (scripting on): nothing in it starts the body.
      if (!HEAD_ELEMENTS.has(name) && !open.includes("noscript")) inBody = true;
      open.push(name);
      if (name === "title" && title === null) [title, titleDepth] = ["", open.length];
      if (name === "h1" && h1 === null) [h1, h1Depth] = ["", open.length];
      if (name === "footer") {
        footers++;
        footerText ??= "";
      }
      if (name === "meta" && attributes.name !== undefined) {
        const key = attributes.name.toLowerCase();
        if (!metas.has(key)) metas.set(key, attributes.content ?? "");
      }
      const href = attributes.href;
      if (name === "a" && href !== undefined) {
        hrefs.push(href);
        if (tel === undefined && /^tel:/i.test(href)) tel = href.slice(4).trim();
        if (mailto === undefined && /^mailto:/i.test(href)) mailto = href.slice(7).split("?")[0].trim();
      }
    },
    onclosetag(name) {
      if (open.length === titleDepth) titleDepth = 0;
      if (open.length === h1Depth) h1Depth = 0;
      if (name === "footer") footers--;
      open.pop();
    },
    ontext(text) {
      if (titleDepth) title += text;
      if (h1Depth) h1 += text;
      if (footers > 0) footerText += text;
      if (!inBody && !open.some((name) => name !== "html" && name !== "head") && /\S/.test(text)) inBody = true;
      if (inBody) bodyText += text;
    },
  });
  const collapsed = (text: string | null) => text?.replace(/\s+/g, " ").trim() || null;
  const meta = (name: string) => metas.get(name)?.trim() || null;
  return {
    write(html) {
      const window = tail + html;
      BUILDER_MARKERS.forEach(([pattern], index) => {
        if (!markers.has(index) && pattern.test(window)) markers.add(index);
      });
      tail = window.slice(-MARKER_OVERLAP);
      parser.write(html);
    },
    end(pageUrl) {
      parser.end();
      const marker = BUILDER_MARKERS.find((_, index) => markers.has(index));
      const metaGenerator = meta("generator");
      return {
        title: collapsed(title),
        description: meta("description"),
        h1: collapsed(h1),
        viewport: meta("viewport"),
        generator: metaGenerator ? `${metaGenerator} (meta generator)` : marker ? `${marker[1]} (seen in the page's code)` : null,
        copyrightYear: copyrightYearOf(footerText ?? bodyText),
        internalLinks: internalLinksOf(hrefs, pageUrl),
        phone: tel || bodyText.match(PHONE)?.[0].trim() || null,
        email: mailto || bodyText.match(EMAIL)?.[0] || null,
      };
    },
  };
}

/**
 * Reads the facts a website audit checks from a whole page's HTML (createPageInspector). Pure.
 * @param html - the page's HTML.
 * @param pageUrl - the URL the page was served from (after redirects), for resolving links.
 */
export function inspectPage(html: string, pageUrl: string): PageFacts {
  const inspector = createPageInspector();
  inspector.write(html);
  return inspector.end(pageUrl);
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
