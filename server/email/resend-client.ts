import "server-only";
import { Resend } from "resend";

/**
 * Whether email goes to Resend: true when RESEND_API_KEY is set (not blank). Without it sends go
 * to the local outbox and the UI says so.
 * @param env - where the key is read (process.env by default; tests pass their own).
 */
export function isEmailProviderConfigured(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return Boolean(env.RESEND_API_KEY?.trim());
}

/**
 * Builds the Resend SDK client from the environment.
 *
 * RESEND_BASE_URL (optional) points the SDK at another API, such as the fake Resend server of
 * the tests and benchmarks; it is passed explicitly (the SDK would also read it from
 * process.env, but only from the real environment and only at construction), with trailing
 * slashes removed because the SDK appends paths like `/emails/batch` to it.
 *
 * @param env - RESEND_API_KEY and RESEND_BASE_URL (process.env by default).
 * @returns the client, or null when no API key is configured (callers use the local outbox).
 * @throws Error when RESEND_BASE_URL is set but is not an http(s) URL (a deployment mistake
 *   that should stop the send, not send elsewhere).
 */
export function createResendClient(env: Readonly<Record<string, string | undefined>> = process.env): Resend | null {
  const apiKey = env.RESEND_API_KEY?.trim();
  if (!apiKey) return null;
  const baseUrl = env.RESEND_BASE_URL?.trim();
  if (!baseUrl) return new Resend(apiKey);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`RESEND_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`RESEND_BASE_URL must be an http(s) URL: ${baseUrl}`);
  return new Resend(apiKey, { baseUrl: baseUrl.replace(/\/+$/, "") });
}
