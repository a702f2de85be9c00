import { render, toPlainText } from "@react-email/render";
import type { Template } from "liquidjs";
import { randomBytes } from "node:crypto";
import { createElement } from "react";
import { createTemplateEngine } from "@/lib/templates/template-engine";
import type { TemplateContext } from "@/lib/templates/template-variables";
import { TemplateEmail } from "./template-email";

/** A template ready to send: the subject line, the HTML part and the plain-text part. */
export type RenderedTemplate = { subject: string; html: string; text: string };

/** The subject and body of a template (or of one of its A/B variants), as stored. */
export type TemplateSource = { subject: string; body: string };

/**
 * The values a template is rendered with: every template variable, plus any variable the caller
 * added to the source itself (the campaign footer's `unsubscribeUrl`; a saved template cannot
 * name one, checkTemplateSource refuses it).
 */
export type RenderContext = TemplateContext & Readonly<Record<string, string>>;

/** A template parsed once, rendering it for one recipient after another (compileTemplate). */
export type CompiledTemplate = (context: RenderContext) => Promise<RenderedTemplate>;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** Link targets an email may carry; anything else (javascript:, data:, …) becomes "#". */
const SAFE_URL = /^(https?:|mailto:|tel:|#)/i;

/** Distinct Markdown renders (one per combination of `if` outcomes) a compiled template keeps by default. */
const DEFAULT_HTML_CACHE_ENTRIES = 32;

const subjectEngine = createTemplateEngine();

/**
 * Where the body engine's outputs go during one synchronous render (captureOutputs). One engine
 * serves every render: making a LiquidJS engine costs about as much as rendering with it.
 */
let outputSink: ((value: unknown) => string) | null = null;
const bodyEngine = createTemplateEngine((value) => {
  if (!outputSink) throw new Error("The body engine renders only through captureOutputs");
  return outputSink(value);
});

/** The values of a body's outputs by placeholder, and the pattern that finds the placeholders. */
type Placeholders = { pattern: RegExp; byKey: Map<string, string> };

/**
 * Renders a parsed body's Liquid with every output replaced by a placeholder — `lwv<nonce>n<i>z`,
 * letters and digits that Markdown leaves alone, numbered in output order — so no value is ever
 * read as Markdown or HTML. The Markdown therefore depends on the values only through the
 * outcomes of `if` / `unless` / `case`, never on the values themselves.
 * @param nonce - random hex, so no value can forge a placeholder.
 * @returns the Markdown and the values by placeholder.
 */
function captureOutputs(body: Template[], context: RenderContext, nonce: string): { markdown: string; values: Placeholders } {
  const values: Placeholders = { pattern: new RegExp(`lwv${nonce}n\\d+z`, "g"), byKey: new Map() };
  outputSink = (value) => {
    const key = `lwv${nonce}n${values.byKey.size}z`;
    values.byKey.set(key, String(value ?? ""));
    return key;
  };
  try {
    return { markdown: String(bodyEngine.renderSync(body, context)), values };
  } finally {
    outputSink = null;
  }
}

/**
 * Puts the values back into the rendered HTML: HTML-escaped as text; in an `href` or `src` only
 * when the whole link is a web, mailto or tel address (else "#"). Event-handler attributes (which
 * a crafted Markdown link title could smuggle into React Email's output) are removed from tags.
 */
function fillPlaceholders(html: string, { pattern, byKey }: Placeholders): string {
  const fill = (text: string) => text.replace(pattern, (key) => byKey.get(key) ?? "");
  return html
    .replace(/<[^>]+>/g, (tag) =>
      tag
        .replace(/\son[a-z]+\s*=/gi, " data-removed=")
        .replace(/\s(href|src)="([^"]*)"/g, (_all, name: string, url: string) => {
          const resolved = fill(url).trim();
          return ` ${name}="${SAFE_URL.test(resolved) ? escapeHtml(resolved) : "#"}"`;
        }),
    )
    .replace(pattern, (key) => escapeHtml(byKey.get(key) ?? ""));
}

/** React Email's HTML of a body's Markdown (with placeholders); its own HTML escaped first, since the Markdown component passes raw HTML through. */
function renderMarkdown(markdown: string): Promise<string> {
  return render(createElement(TemplateEmail, { markdown: markdown.replace(/</g, "&lt;") }));
}

/**
 * Prepares a template for rendering many times — a campaign renders each variant for thousands of
 * recipients. It parses the subject and body once and keeps React Email's HTML of each distinct
 * Markdown it has rendered (captureOutputs makes the Markdown independent of the values but for
 * the outcomes of conditions, so a body without conditions renders to HTML once), up to
 * `htmlCacheEntries` of them; per recipient only the Liquid, the filling in of values and the
 * plain-text conversion run. The result is exactly renderTemplate's for every context.
 * @param template - subject and body; they passed checkTemplateSource when saved (the caller may
 *   append its own Liquid, such as the campaign footer).
 * @param htmlCacheEntries - how many distinct Markdown renders to keep (0: none, as renderTemplate).
 * @returns a function rendering the template for one context (see renderTemplate for what it does).
 * @throws the LiquidJS error for a template that does not parse; the returned function rejects
 *   with LiquidJS's error for a variable the context lacks or a render over a second.
 */
export function compileTemplate(template: TemplateSource, htmlCacheEntries: number = DEFAULT_HTML_CACHE_ENTRIES): CompiledTemplate {
  const subject = subjectEngine.parse(template.subject);
  const body = bodyEngine.parse(template.body);
  const nonce = randomBytes(6).toString("hex");
  const htmlByMarkdown = new Map<string, Promise<string>>();
  return async (context) => {
    const renderedSubject = String(subjectEngine.renderSync(subject, context)).replace(/\s+/g, " ").trim();
    const { markdown, values } = captureOutputs(body, context, nonce);
    let rendered = htmlByMarkdown.get(markdown);
    if (!rendered) {
      rendered = renderMarkdown(markdown);
      if (htmlByMarkdown.size < htmlCacheEntries) {
        htmlByMarkdown.set(markdown, rendered);
        // A failed render is not kept: the next recipient tries again.
        rendered.catch(() => htmlByMarkdown.delete(markdown));
      }
    }
    const html = fillPlaceholders(await rendered, values);
    return { subject: renderedSubject, html, text: toPlainText(html).trim() };
  };
}

/**
 * Renders a template for one recipient — the one renderer of one-off sends, campaigns (through
 * compileTemplate), previews and copies to the clipboard.
 * - The subject is rendered as plain text, on one line (line breaks a value might bring become
 *   spaces, so no header can be injected).
 * - The body is Markdown with Liquid variables. Values never become Markup: each output is a
 *   placeholder while React Email's Markdown component turns the body into the HTML part
 *   (TemplateEmail), and goes in HTML-escaped afterwards (fillPlaceholders). The body's own HTML
 *   is escaped before that (React Email's Markdown passes raw HTML through), so `<script>` in a
 *   body or a value arrives as text. Links other than http(s), mailto and tel become "#".
 * - The text part is React Email's plain-text conversion (`toPlainText`, which
 *   `render(…, { plainText: true })` applies to the same HTML), without rendering twice.
 * @param template - subject and body as stored; they passed checkTemplateSource when saved.
 * @param context - a value for every variable (buildTemplateContext).
 * @throws the LiquidJS error for a template that does not parse or names a variable the context
 *   lacks (a template saved through the services cannot), or one that renders for over a second.
 */
export async function renderTemplate(template: TemplateSource, context: RenderContext): Promise<RenderedTemplate> {
  return compileTemplate(template, 0)(context);
}
