import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES } from "@/lib/templates/default-templates";
import { buildTemplateContext } from "@/lib/templates/template-context";
import { checkTemplateSource } from "@/lib/templates/template-engine";
import { EXAMPLE_TEMPLATE_CONTEXT, TEMPLATE_VARIABLE_NAMES } from "@/lib/templates/template-variables";
import { MAX_TEMPLATE_BODY_BYTES, templateInputSchema } from "@/lib/validation/template";
import { fieldErrorsOf } from "@/lib/validation/zod-errors";
import { compileTemplate, renderTemplate, type TemplateSource } from "@/server/email/render-template";

const sender = { name: "Ada Lovelace", email: "ada@example.test" };
const emptyContext = buildTemplateContext({ sender });

/** The field errors templateInputSchema gives `input` (a valid email template with these changes). */
function errorsOf(input: Record<string, unknown>) {
  const result = templateInputSchema.safeParse({ name: "T", category: "EMAIL", subject: "Hi", body: "Hello", ...input });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("checkTemplateSource", () => {
  it("accepts the known variables, fallbacks and conditions", () => {
    for (const name of TEMPLATE_VARIABLE_NAMES) expect(checkTemplateSource(`Hi {{ ${name} }}`), name).toBeNull();
    expect(checkTemplateSource('Hi {{ firstName | default: "there" }}{% if city %} in {{ city | upcase }}{% endif %}')).toBeNull();
    expect(checkTemplateSource("{% raw %}{{ literally }}{% endraw %} and {% comment %}{{ nope }}{% endcomment %}")).toBeNull();
  });

  it("refuses unknown variables, properties, unbalanced braces and tags, unknown filters and file tags", () => {
    expect(checkTemplateSource("Hi {{ firstname }}")).toMatch(/Unknown variable \{\{ firstname \}\}/);
    expect(checkTemplateSource('{{ firstName | default: lastname }}')).toMatch(/Unknown variable \{\{ lastname \}\}/);
    expect(checkTemplateSource("{{ firstName.size }}")).toMatch(/Unknown variable \{\{ firstName.size \}\}/);
    expect(checkTemplateSource("{% if password %}x{% endif %}")).toMatch(/Unknown variable/);
    expect(checkTemplateSource("Hi {{ firstName")).toMatch(/^Unbalanced braces/);
    expect(checkTemplateSource("Hi firstName }}")).toMatch(/^Unbalanced braces: "}}"/);
    expect(checkTemplateSource("Hi { firstName }} and {{ city }}")).toMatch(/^Unbalanced braces/);
    expect(checkTemplateSource("{% if city %}no end")).toMatch(/not closed/);
    expect(checkTemplateSource("{{ city | shout }}")).toBe('Unknown filter "shout"');
    expect(checkTemplateSource("{% include '/etc/passwd' %}")).toMatch(/tag \{% include %\} is not allowed/);
    expect(checkTemplateSource("{% for i in (1..1000000) %}x{% endfor %}")).toMatch(/tag \{% for %\} is not allowed/);
  });
});

describe("templateInputSchema", () => {
  it("puts each problem on its field", () => {
    expect(errorsOf({ subject: "" })).toEqual({ subject: ["An email needs a subject"] });
    expect(errorsOf({ subject: "Hi {{ nope }}" }).subject?.[0]).toMatch(/Unknown variable/);
    expect(errorsOf({ subject: "Two\nlines" }).subject).toEqual(["A subject is one line"]);
    expect(errorsOf({ body: "{{ firstName" }).body?.[0]).toMatch(/Unbalanced braces/);
    expect(errorsOf({ body: "   " }).body).toEqual(["Body is required"]);
    expect(errorsOf({ body: "x".repeat(MAX_TEMPLATE_BODY_BYTES + 1) }).body).toEqual(["At most 200 KB"]);
    // Bytes, not characters: 70,000 three-byte characters are 210,000 bytes.
    expect(errorsOf({ body: "€".repeat(70_000) }).body).toEqual(["At most 200 KB"]);
    expect(errorsOf({ body: "x".repeat(MAX_TEMPLATE_BODY_BYTES) })).toEqual({});
    expect(errorsOf({ variants: [{ label: "B", subject: "", body: "{{ nope }}" }] })).toEqual({
      "variants.0.body": [expect.stringMatching(/Unknown variable/)],
      "variants.0.subject": ["An email needs a subject"],
    });
    expect(Object.keys(errorsOf({ variants: [{ label: "B", subject: "s", body: "b" }, { label: "B", subject: "s", body: "b" }] }))).toEqual(["variants.1.label"]);
    expect(Object.keys(errorsOf({ variants: ["B", "C", "D", "B"].map((label) => ({ label, subject: "s", body: "b" })) }))).toContain("variants");
    expect(Object.keys(errorsOf({ variants: [{ label: "A", subject: "s", body: "b" }] }))).toEqual(["variants.0.label"]);
  });

  it("lets DMs and call scripts go without a subject", () => {
    expect(errorsOf({ category: "DM", subject: "" })).toEqual({});
    expect(errorsOf({ category: "CALL_SCRIPT", subject: "", variants: [{ label: "B", body: "b" }] })).toEqual({});
  });

  it("accepts every default template", () => {
    for (const { key, ...input } of DEFAULT_TEMPLATES) expect(templateInputSchema.safeParse(input).success, key).toBe(true);
  });
});

describe("buildTemplateContext", () => {
  it("takes a lead's contact person and business, and the sender", () => {
    const context = buildTemplateContext({
      lead: { name: "Latchi Fish Tavern", contactName: " Maria del Mar ", email: "m@l.cy", phone: null, website: "latchi.cy", city: "Latchi", country: "Cyprus", niche: "restaurant" },
      sender,
    });
    expect(context).toMatchObject({ firstName: "Maria", lastName: "del Mar", fullName: "Maria del Mar", businessName: "Latchi Fish Tavern", phone: "", website: "latchi.cy", senderName: "Ada Lovelace", senderFirstName: "Ada", senderEmail: "ada@example.test" });
  });

  it("takes a contact's company for the business, with fallbacks for website and phone", () => {
    const context = buildTemplateContext({
      contact: { firstName: "Nikos", lastName: null, title: "Owner", email: null, phone: null, mobile: "+357 99", company: { name: "Blue Bay", website: null, domain: "bluebay.cy", city: "Paphos", country: null, industry: "hotel" } },
      sender,
    });
    expect(context).toMatchObject({ firstName: "Nikos", lastName: "", fullName: "Nikos", jobTitle: "Owner", businessName: "Blue Bay", phone: "+357 99", website: "bluebay.cy", city: "Paphos", niche: "hotel" });
  });

  it("has a string for every variable, also without a record", () => {
    expect(Object.keys(emptyContext).sort()).toEqual([...TEMPLATE_VARIABLE_NAMES].sort());
    expect(Object.values(emptyContext).every((v) => typeof v === "string")).toBe(true);
  });
});

describe("renderTemplate", () => {
  it("fills variables and fallbacks into the subject, the HTML part and the text part", async () => {
    const rendered = await renderTemplate(
      { subject: "Idea for {{ businessName }}", body: 'Hi {{ firstName | default: "there" }},\n\n**Bold** offer for {{ city }}.\n\n- one\n- two' },
      { ...EXAMPLE_TEMPLATE_CONTEXT, firstName: "" },
    );
    expect(rendered.subject).toBe("Idea for Latchi Fish Tavern");
    expect(rendered.html).toMatch(/^<!DOCTYPE html/);
    expect(rendered.html).toContain("<strong");
    expect(rendered.html).toContain("Hi there,");
    expect(rendered.html).toContain("<li");
    expect(rendered.text).toContain("Hi there,");
    expect(rendered.text).toContain("Bold offer for Latchi.");
    expect(rendered.text).not.toContain("<");
  });

  it("escapes script tags of the body and of values in the HTML, and keeps values out of Markdown", async () => {
    const hostile = { ...EXAMPLE_TEMPLATE_CONTEXT, businessName: '<script>alert(1)</script> [Win](https://evil.test) *x*', website: "javascript:alert(2)" };
    const { html, text, subject } = await renderTemplate({ subject: "{{ businessName }}\r\nBcc: x@evil.test", body: "<script>alert(3)</script>\n\n{{ businessName }} [site]({{ website }}) [me](javascript:alert(4))" }, hostile);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).not.toContain("https://evil.test\"");
    expect(html).toContain("[Win](https://evil.test) *x*");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="#"');
    expect(text).toContain("<script>alert(1)</script>");
    expect(subject).toBe("<script>alert(1)</script> [Win](https://evil.test) *x* Bcc: x@evil.test");
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it("keeps a value used as a link's target when it is a web address", async () => {
    const { html } = await renderTemplate({ subject: "", body: "[{{ businessName }}]({{ website }})" }, { ...EXAMPLE_TEMPLATE_CONTEXT, website: "https://a.test/x_y?q=1&r=2" });
    expect(html).toContain('href="https://a.test/x_y?q=1&amp;r=2"');
    expect(html).toContain(">Latchi Fish Tavern</a>");
  });

  it("removes event handlers a crafted link title would put on a tag", async () => {
    const { html } = await renderTemplate({ subject: "", body: '[t](https://a.test "x\\" onmouseover=\\"alert(1)")' }, emptyContext);
    expect(html).not.toMatch(/\sonmouseover=/i);
  });

  it("refuses to render a variable the context lacks (strict variables)", async () => {
    await expect(renderTemplate({ subject: "", body: "{{ secret }}" }, emptyContext)).rejects.toThrow(/undefined variable: secret/);
  });
});

describe("compileTemplate", () => {
  /** Values that try to break out of Liquid, Markdown, HTML, links or the placeholders. */
  const HOSTILE_VALUES = [
    "",
    "<script>alert(1)</script>",
    "**bold** _x_ [Win](https://evil.test) ![img](https://evil.test/p.png)",
    "{{ firstName }} {% if city %}x{% endif %}",
    "javascript:alert(1)",
    "https://a.test/x_y?q=1&r=2",
    "  spaced\nover two lines  ",
    "# heading",
    "> quote\n\n- item",
    "`code` | a | b |",
    "lwv000000000000n0z",
    `O'Brien & "Sons" <b>`,
    "ünïcødé € 😀",
  ];
  const KEYS = ["firstName", "businessName", "city", "website", "phone", "senderName"] as const;
  const templates: TemplateSource[] = [
    ...DEFAULT_TEMPLATES.filter((t) => t.category === "EMAIL").map((t) => ({ subject: t.subject ?? "", body: t.body })),
    { subject: "{{ businessName }} in {{ city | upcase }}", body: "[{{ businessName }}]({{ website }})\n\n{% case city %}{% when 'Latchi' %}Near the sea{% else %}Inland{% endcase %}\n\n{% unless phone %}No phone yet{% endunless %}\n\n> {{ firstName | default: \"there\" }}" },
    { subject: "Plain", body: "No variables, **just** Markdown." },
  ];

  it("renders exactly what renderTemplate renders, for many contexts through one compiled template", async () => {
    for (const template of templates) {
      const compiled = compileTemplate(template);
      for (const value of HOSTILE_VALUES) {
        for (const key of KEYS) {
          const context = { ...EXAMPLE_TEMPLATE_CONTEXT, [key]: value };
          expect(await compiled(context), `${template.subject} / ${key}=${JSON.stringify(value)}`).toEqual(await renderTemplate(template, context));
        }
      }
    }
  });

  it("keeps hostile values escaped and out of Markdown on a cached render", async () => {
    const compiled = compileTemplate({ subject: "Hi", body: "{{ businessName }} [site]({{ website }})" });
    await compiled(EXAMPLE_TEMPLATE_CONTEXT);
    const { html } = await compiled({ ...EXAMPLE_TEMPLATE_CONTEXT, businessName: "<script>alert(1)</script> *x*", website: "javascript:alert(2)" });
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; *x*");
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(html).toContain('href="#"');
  });

  it("fills a link target given as an extra value like the same link written into the source", async () => {
    const url = "https://crm.example.test/unsubscribe/v1.abc-DEF_123";
    const body = 'Hi {{ firstName | default: "there" }}{% if city %} in {{ city }}{% endif %}\n\n---\n\nNot interested? [Unsubscribe]';
    const compiled = compileTemplate({ subject: "S", body: `${body}({{ unsubscribeUrl }})` });
    for (const city of ["", "Latchi", "<i>x</i>"]) {
      const context = { ...EXAMPLE_TEMPLATE_CONTEXT, city };
      expect(await compiled({ ...context, unsubscribeUrl: url })).toEqual(await renderTemplate({ subject: "S", body: `${body}(${url})` }, context));
    }
  });

  it("renders without its HTML cache, and refuses what renderTemplate refuses", async () => {
    const template = templates[1];
    const uncached = compileTemplate(template, 0);
    expect(await uncached(EXAMPLE_TEMPLATE_CONTEXT)).toEqual(await renderTemplate(template, EXAMPLE_TEMPLATE_CONTEXT));
    const compiled = compileTemplate({ subject: "", body: "{{ secret }}" });
    await expect(compiled(emptyContext)).rejects.toThrow(/undefined variable: secret/);
    expect(() => compileTemplate({ subject: "", body: "{{ firstName" })).toThrow();
  });
});

describe("conditions on missing values", () => {
  it("treat an empty value as false, so `if` takes the else branch", async () => {
    const body = "Saw {% if website %}your site {{ website }}{% else %}that you have no site{% endif %}{% if city %} in {{ city }}{% endif %}.";
    const empty = await renderTemplate({ subject: "x", body }, { ...emptyContext, website: "", city: "" });
    expect(empty.text).toContain("Saw that you have no site.");
    const full = await renderTemplate({ subject: "x", body }, { ...emptyContext, website: "https://a.example", city: "Latchi" });
    expect(full.text).toContain("Saw your site https://a.example in Latchi.");
  });
});
