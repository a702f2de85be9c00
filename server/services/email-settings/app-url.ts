/**
 * The public base URL of the app, without a trailing slash: NEXTAUTH_URL (which `npm start` sets
 * from PORT when it is missing), else `http://localhost:$PORT`. Links that leave the app (the
 * unsubscribe link in an email, the webhook URL to paste into Resend) are built on it.
 * @param env - NEXTAUTH_URL and PORT (process.env by default).
 */
export function appUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  return (configured || `http://localhost:${env.PORT?.trim() || "3000"}`).replace(/\/+$/, "");
}

/** The URL Resend posts webhook events to (Resend dashboard → Webhooks → Add endpoint). */
export function resendWebhookUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return `${appUrl(env)}/api/webhooks/resend`;
}
