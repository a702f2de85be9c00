import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One post of a feed: its link (the dedupe key), title, text without markup, author and date. */
export type FeedItem = { url: string; title: string; text: string; author: string | null; publishedAt: Date | null };

/** What a feed body turned out to be: its posts, or why it is not a feed. */
export type FeedParseResult = { ok: true; items: FeedItem[] } | { ok: false; error: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(" ");
  if (typeof value === "object") return textOf((value as Record<string, unknown>)["#text"]);
  return "";
}

/** Text of HTML markup (feeds carry escaped HTML in descriptions): tags dropped, spaces collapsed. */
function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").replace(/ ([.,;:!?])/g, "$1").trim();
}

function linkOf(value: unknown): string {
  const links = Array.isArray(value) ? value : [value];
  for (const link of links) {
    if (typeof link === "string" && link.trim()) return link.trim();
    if (link && typeof link === "object") {
      const record = link as Record<string, unknown>;
      const rel = record["@rel"];
      if (typeof record["@href"] === "string" && (rel === undefined || rel === "alternate")) return record["@href"].trim();
      if (typeof record["#text"] === "string" && record["#text"].trim()) return record["#text"].trim();
    }
  }
  return "";
}

function dateOf(value: unknown): Date | null {
  const text = textOf(value).trim();
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function authorOf(value: unknown): string | null {
  const text = (value && typeof value === "object" && !Array.isArray(value) && "name" in value ? textOf((value as { name: unknown }).name) : textOf(value)).trim();
  return text || null;
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed with fast-xml-parser: each item's or entry's link,
 * title, description/summary/content as plain text, author (`author`, `dc:creator`, Atom
 * `author/name`) and date (`pubDate`, `dc:date`, `published`, `updated`). Items without a link are
 * left out (a signal is identified by its URL).
 * @param body - the feed's text.
 * @returns the items, or `ok: false` with the reason when the body is not XML or not a feed.
 */
export function parseFeed(body: string): FeedParseResult {
  const start = body.replace(/^\uFEFF/, "").trimStart();
  if (!start.startsWith("<")) return { ok: false, error: `it is not XML (it starts with "${start.slice(0, 30)}")` };
  const valid = XMLValidator.validate(start);
  if (valid !== true) return { ok: false, error: `it is not well-formed XML (${valid.err.msg} at line ${valid.err.line})` };
  const document = parser.parse(start) as Record<string, unknown>;
  const rss = document.rss as { channel?: { item?: unknown[] } } | undefined;
  const rdf = document["rdf:RDF"] as { item?: unknown[] } | undefined;
  const atom = document.feed as { entry?: unknown[] } | undefined;
  const raw = rss?.channel ? (rss.channel.item ?? []) : rdf ? (rdf.item ?? []) : atom ? (atom.entry ?? []) : null;
  if (!raw) return { ok: false, error: `it is XML but not an RSS or Atom feed (its root is <${Object.keys(document).find((key) => !key.startsWith("?")) ?? "none"}>)` };
  const items: FeedItem[] = [];
  for (const entry of raw as Array<Record<string, unknown>>) {
    const url = linkOf(entry.link) || (typeof entry.guid === "string" && /^https?:\/\//.test(entry.guid) ? entry.guid : "");
    if (!url) continue;
    const text = plainText(textOf(entry.description ?? entry.summary ?? entry.content ?? entry["content:encoded"]));
    items.push({
      url,
      title: plainText(textOf(entry.title)),
      text,
      author: authorOf(entry.author ?? entry["dc:creator"]),
      publishedAt: dateOf(entry.pubDate ?? entry["dc:date"] ?? entry.published ?? entry.updated),
    });
  }
  return { ok: true, items };
}
