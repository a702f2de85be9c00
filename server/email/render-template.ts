import { render, toPlainText } from "@react-email/render";
import { randomBytes } from "node:crypto";
import { createElement } from "react";
import { createTemplateEngine } from "@/lib/templates/template-engine";
import type { TemplateContext } from "@/lib/templates/template-variables";
import { TemplateEmail } from "./template-email";

/** A template ready to send: the subject line, the HTML part and the plain-text part. */
export type RenderedTemplate = { subject: string; html: string; text: string };

/** The subject and body of a template (or of one of its A/B variants), as stored. */
export type TemplateSource = { subject: string; body: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** Link targets an email may carry; anything else (javascript:, data:, …) becomes "#". */
const SAFE_URL = /^(https?:|mailto:|tel:|#)/i;

const subjectEngine = createTemplateEngine();

/**
 * Renders a body's Liquid with every output replaced by a placeholder (letters and digits with a
 * random part, which Markdown leaves alone), so no value is ever read as Markdown or HTML.
 * @returns the Markdown and the values by placeholder.
 */
function renderBodyWithPlaceholders(body: string, context: TemplateContext): { markdown: string; values: Placeholders } {
  const nonce = randomBytes(6).toString("hex");
  const values: Placeholders = { pattern: new RegExp(`lwv${nonce}n\\d+z`, "g"), byKey: new Map() };
  const engine = createTemplateEngine((value) => {
    const key = `lwv${nonce}n${values.byKey.size}z`;
    values.byKey.set(key, String(value ?? ""));
    return key;
  });
  return { markdown: String(engine.parseAndRenderSync(body, context)), values };
}

/** The values of a body's outputs by placeholder, and the pattern that finds the placeholders. */
type Placeholders = { pattern: RegExp; byKey: Map<string, string> };

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

/**
 * Renders a template for one recipient — the one renderer of one-off sends, campaigns, previews
 * and copies to the clipboard.
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
export async function renderTemplate(template: TemplateSource, context: TemplateContext): Promise<RenderedTemplate> {
  const subject = String(subjectEngine.parseAndRenderSync(template.subject, context)).replace(/\s+/g, " ").trim();
  const { markdown, values } = renderBodyWithPlaceholders(template.body, context);
  const rendered = await render(createElement(TemplateEmail, { markdown: markdown.replace(/</g, "&lt;") }));
  const html = fillPlaceholders(rendered, values);
  return { subject, html, text: toPlainText(html).trim() };
}
