import type { SentEmail } from "../tests/support/fake-resend-server";

/**
 * The fake Resend API that e2e/server.ts starts beside `next start` (RESEND_BASE_URL points the
 * app at it): on E2E_RESEND_PORT, else the app's port + 2000, so specs can find it.
 */
export function fakeResendUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const port = env.E2E_RESEND_PORT ?? String(Number(env.E2E_PORT ?? 3100) + 2000);
  return `http://127.0.0.1:${port}`;
}

/** Every email the fake accepted so far (its `GET /_fake/sent`), oldest first. */
export async function fakeResendSent(): Promise<SentEmail[]> {
  const response = await fetch(`${fakeResendUrl()}/_fake/sent`);
  if (!response.ok) throw new Error(`The fake Resend answered ${response.status}`);
  return (await response.json()) as SentEmail[];
}
