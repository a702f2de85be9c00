import type { SentSms } from "../tests/support/fake-twilio-server";

/** The Account SID and Auth Token the e2e fake Twilio accepts (e2e/server.ts sets TWILIO_* to them). */
export const E2E_TWILIO = { accountSid: "AC0000000000000000000000000000e2e0", authToken: "e2e-twilio-token", from: "+35799000001" };

/**
 * The fake Twilio API that e2e/server.ts starts beside `next start` (TWILIO_BASE_URL points the
 * app at it): on E2E_TWILIO_PORT, else the app's port + 2001, so specs can find it.
 */
export function fakeTwilioUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const port = env.E2E_TWILIO_PORT ?? String(Number(env.E2E_PORT ?? 3100) + 2001);
  return `http://127.0.0.1:${port}`;
}

/** Every SMS the fake accepted so far (its `GET /_fake/messages`), oldest first. */
export async function fakeTwilioSent(): Promise<SentSms[]> {
  const response = await fetch(`${fakeTwilioUrl()}/_fake/messages`);
  if (!response.ok) throw new Error(`The fake Twilio answered ${response.status}`);
  return (await response.json()) as SentSms[];
}
