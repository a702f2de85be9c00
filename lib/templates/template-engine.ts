import { Liquid, type Template } from "liquidjs";
import { TEMPLATE_VARIABLE_NAMES, isTemplateVariable } from "./template-variables";

/**
 * The Liquid tags a template may use: conditions and comments. Everything else is removed from
 * the engine, above all `include`, `render` and `layout` (which would read files on the server),
 * and loops (whose output could be made to grow without bound).
 */
const ALLOWED_TAGS = new Set(["if", "unless", "case", "comment", "raw", "#"]);

/** Longest time one render may take (milliseconds); LiquidJS stops a render that runs longer. */
const RENDER_LIMIT_MS = 1_000;

/**
 * A LiquidJS engine configured for templates: strict variables and filters (an unknown one is an
 * error, never an empty string), `lenientIf` (so `{% if website %}` and `| default:` work on
 * empty values), own properties only, and ALLOWED_TAGS only.
 * @param outputEscape - applied to every `{{ … }}` output: "escape" (HTML) or a function; none
 *   for plain text such as a subject.
 */
export function createTemplateEngine(outputEscape?: "escape" | ((value: unknown) => string)): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    lenientIf: true,
    // A missing value is "" in the context; Shopify Liquid treats "" as true, so
    // `{% if website %}` would take the branch for a lead without one. JavaScript truthiness
    // makes "" (and 0) false, which is what a template author means.
    jsTruthy: true,
    ownPropertyOnly: true,
    renderLimit: RENDER_LIMIT_MS,
    outputEscape,
    cache: false,
  });
  for (const tag of Object.keys(engine.tags)) if (!ALLOWED_TAGS.has(tag)) delete engine.tags[tag];
  return engine;
}

const checker = createTemplateEngine();

/** `{{ … }}` and `{% … %}` spans, for finding braces left over outside them. */
const LIQUID_SPAN = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** The first variable reference in `templates` that is not a TEMPLATE_VARIABLE, as written. */
function unknownVariable(templates: Template[]): string | null {
  for (const segments of checker.globalVariableSegmentsSync(templates)) {
    const [head, ...rest] = segments;
    if (typeof head !== "string" || !isTemplateVariable(head) || rest.length > 0) {
      return segments.map((s) => (Array.isArray(s) ? "[…]" : String(s))).join(".");
    }
  }
  return null;
}

/**
 * Checks a subject or body before it is saved: it must parse as Liquid (balanced `{{ }}` and
 * `{% %}`, closed `if` blocks, known filters, allowed tags), leave no stray `{{`, `}}`, `{%` or
 * `%}` outside its tags (a typo such as `firstName}}` would otherwise be sent as written), and use
 * only TEMPLATE_VARIABLES, without properties (`{{ firstName.size }}` is refused).
 * @returns a message for the field, or null when the template is fine.
 */
export function checkTemplateSource(source: string): string | null {
  let templates: Template[];
  try {
    templates = checker.parse(source);
  } catch (error) {
    return templateErrorMessage(error);
  }
  const leftover = source.replace(LIQUID_SPAN, "").match(/\{\{|\}\}|\{%|%\}/);
  if (leftover) return `Unbalanced braces: "${leftover[0]}" without its other half`;
  const unknown = unknownVariable(templates);
  if (unknown) return `Unknown variable {{ ${unknown} }}. Use one of: ${TEMPLATE_VARIABLE_NAMES.join(", ")}`;
  return null;
}

/** A LiquidJS parse error as a message for the form. */
function templateErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const tag = /^tag "([^"]*)" not found/.exec(message);
  if (tag) return `The tag {% ${tag[1]} %} is not allowed; use {% if %}, {% unless %}, {% case %} or {% comment %}`;
  const filter = /^undefined filter: ([^\s,]+)/.exec(message);
  if (filter) return `Unknown filter "${filter[1]}"`;
  if (error instanceof Error && error.name === "TokenizationError") return `Unbalanced braces: ${message}`;
  return `Not a valid template: ${message}`;
}
