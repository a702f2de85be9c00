import { Body, Container, Head, Html, Markdown } from "@react-email/components";

/**
 * The HTML email of a rendered template: its Markdown body in a plain, readable container. The
 * Markdown must already be safe (renderTemplate escapes HTML in it): React Email's Markdown
 * component passes raw HTML through.
 */
export function TemplateEmail({ markdown }: { markdown: string }) {
  return (
    <Html lang="en">
      <Head />
      <Body style={{ backgroundColor: "#ffffff", color: "#0f172a", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", fontSize: "15px", lineHeight: "1.55" }}>
        <Container style={{ maxWidth: "600px", padding: "16px" }}>
          <Markdown markdownCustomStyles={{ link: { color: "#2563eb", textDecoration: "underline" } }}>{markdown}</Markdown>
        </Container>
      </Body>
    </Html>
  );
}
