import "server-only";
import { appUrl } from "@/server/services/email-settings/app-url";
import { signUnsubscribeToken } from "./unsubscribe-token";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The page a person opens from an email to unsubscribe (`/unsubscribe/<token>`): it shows the
 * address and a confirm button. For links in an email's body.
 * @param env - the app URL (NEXTAUTH_URL) and the signing secret (process.env by default).
 */
export function unsubscribeUrl(messageId: string, env: Env = process.env): string {
  return `${appUrl(env)}/unsubscribe/${encodeURIComponent(signUnsubscribeToken(messageId, env))}`;
}

/**
 * The one-click endpoint (`/api/unsubscribe/<token>`): a POST with the body
 * `List-Unsubscribe=One-Click` unsubscribes at once, without sign-in (RFC 8058 §3.1); a GET
 * (a mail client that opens the link instead) is sent on to the page.
 */
export function oneClickUnsubscribeUrl(messageId: string, env: Env = process.env): string {
  return `${appUrl(env)}/api/unsubscribe/${encodeURIComponent(signUnsubscribeToken(messageId, env))}`;
}

/**
 * The headers that let a mail client offer "Unsubscribe" for an email (RFC 2369 §3.2
 * `List-Unsubscribe`, and RFC 8058 §3.1 `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, which
 * Gmail and Yahoo require of bulk senders). Campaign and sequence emails carry them; one-off sends
 * too. The URI is https in production (RFC 8058 §3.1 requires it; NEXTAUTH_URL decides).
 */
export function listUnsubscribeHeaders(messageId: string, env: Env = process.env): { "List-Unsubscribe": string; "List-Unsubscribe-Post": string } {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(messageId, env)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
