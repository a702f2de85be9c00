import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { NoteMarkdown } from "@/components/activities/NoteMarkdown";

const html = (text: string) => renderToStaticMarkup(NoteMarkdown({ text }));

describe("notes as markdown", () => {
  it("renders bold, italics, lists and web links", () => {
    expect(html("Call **Maria** on *Tuesday*")).toContain("Call <strong>Maria</strong> on <em>Tuesday</em>");
    // A note parsed before (kept parsed) renders the same again.
    expect(html("Call **Maria** on *Tuesday*")).toBe(html("Call **Maria** on *Tuesday*"));
    expect(html("- one\n- two")).toMatch(/<ul[^>]*>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html("[site](https://example.com)")).toContain('href="https://example.com"');
    expect(html("[mail](mailto:a@b.co)")).toContain('href="mailto:a@b.co"');
    expect(html("[site](https://example.com)")).toContain('rel="noopener noreferrer nofollow"');
  });

  it("shows raw HTML as text and drops unsafe links and other elements", () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](data:text/html,hi) ![pic](https://e.com/p.png)\n\n# Big');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;");
    expect(out).not.toMatch(/href="(javascript|data):/);
    expect(out).not.toContain("<h1");
    expect(out).toContain("Big");
  });

  it("keeps a plain-text note's line breaks, rendering plain text as the markdown parser would", () => {
    expect(html("Line one\nLine two")).toContain('<p class="whitespace-pre-line">Line one\nLine two</p>');
    // "A - B" goes through the parser ("-" can start a list), the same text without it does not:
    // both give the same paragraphs.
    const between = (out: string) => out.replace(/>\n</g, "><");
    const parsed = html("Called twice.\nNo answer.\n\n  Try Friday - maybe");
    const plain = html("Called twice.\nNo answer.\n\n  Try Friday, maybe");
    expect(between(parsed)).toBe(between(plain).replace("Try Friday, maybe", "Try Friday - maybe"));
  });
});
