/**
 * The User-Agent of every outbound request Leadwell makes (website audits, feeds, imports from a URL):
 * the product and, after "+", the instance's own URL (NEXTAUTH_URL, read once at start) so a site
 * owner can see who is calling.
 */
export const LEADWELL_USER_AGENT = `Leadwell/0.1 (+${process.env.NEXTAUTH_URL?.trim() || "http://localhost:3000"})`;
