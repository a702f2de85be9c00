import "server-only";

/**
 * A small typed client for the one Twilio call Leadwell makes: sending an SMS through the
 * Programmable Messaging API (https://www.twilio.com/docs/messaging/api/message-resource,
 * "Create a Message resource"). It uses fetch rather than the official `twilio` SDK because the
 * SDK cannot be pointed at another host (the tests run a fake Twilio on 127.0.0.1 through
 * TWILIO_BASE_URL) and it would add a large dependency for one POST.
 *
 * The request, as Twilio documents it:
 * `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP basic auth
 * (Account SID : Auth Token), `application/x-www-form-urlencoded` fields `To` (E.164), `Body`
 * (at most 1,600 characters: SMS_BODY_MAX in lib/validation/outreach-channels.ts) and `From` (a Twilio number in E.164 or an alphanumeric sender id)
 * or `MessagingServiceSid` (an "MG…" sid, when TWILIO_FROM holds one). The answer is 201 with the
 * Message resource as JSON (`sid` "SM…", `status` "queued"/"accepted"); an error is a JSON body
 * `{ code, message, more_info, status }` (https://www.twilio.com/docs/usage/twilios-response),
 * e.g. 400 `21211` "The 'To' number … is not a valid phone number.", 401 `20003` for bad credentials.
 */

/** How long one request may take before it is given up (milliseconds). */
const REQUEST_TIMEOUT_MS = 15_000;

/** What sending needs, read from the environment (twilioConfig). */
export type TwilioConfig = { accountSid: string; authToken: string; from: string; baseUrl: string };

/** A message Twilio accepted. */
export type TwilioMessage = { sid: string; status: string };

/** Twilio refused the message, or could not be reached; nothing was sent. */
export class TwilioError extends Error {
  constructor(
    message: string,
    /** The HTTP status (0 when Twilio could not be reached or answered something unreadable). */
    readonly status: number,
    /** Twilio's error code (e.g. 21211), when it gave one. */
    readonly code: number | null,
  ) {
    super(message);
    this.name = "TwilioError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The Twilio settings, or null when SMS is not configured: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN
 * and TWILIO_FROM must all be set (not blank). TWILIO_BASE_URL (optional, default
 * https://api.twilio.com) points the client at another server, such as the tests' fake.
 * @param env - where the settings are read (process.env by default; tests pass their own).
 * @throws Error when TWILIO_BASE_URL is set but is not an http(s) URL (a deployment mistake that
 *   should stop the send, not send elsewhere).
 */
export function twilioConfig(env: Env = process.env): TwilioConfig | null {
  const accountSid = env.TWILIO_ACCOUNT_SID?.trim();
  const authToken = env.TWILIO_AUTH_TOKEN?.trim();
  const from = env.TWILIO_FROM?.trim();
  if (!accountSid || !authToken || !from) return null;
  const baseUrl = env.TWILIO_BASE_URL?.trim() || "https://api.twilio.com";
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`TWILIO_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`TWILIO_BASE_URL must be an http(s) URL: ${baseUrl}`);
  return { accountSid, authToken, from, baseUrl: baseUrl.replace(/\/+$/, "") };
}

/** Whether SMS go through Twilio (twilioConfig is complete); else the UI offers an `sms:` link only. */
export function isSmsProviderConfigured(env: Env = process.env): boolean {
  return Boolean(env.TWILIO_ACCOUNT_SID?.trim() && env.TWILIO_AUTH_TOKEN?.trim() && env.TWILIO_FROM?.trim());
}

/**
 * Sends one SMS through Twilio's Messages API (see the module comment for the request).
 * @param to - the recipient in E.164 form ("+35797754374").
 * @param body - the text, 1 to 1,600 characters (Twilio refuses longer ones).
 * @returns the Message sid and its first status.
 * @throws TwilioError with Twilio's message and code for a refusal (4xx/5xx), or status 0 when
 *   Twilio could not be reached, timed out or answered without a message sid.
 */
export async function sendTwilioSms(config: TwilioConfig, { to, body }: { to: string; body: string }): Promise<TwilioMessage> {
  const form = new URLSearchParams({ To: to, Body: body });
  // A Messaging Service sid ("MG" + 32 hex) sends from the service's sender pool.
  if (/^MG[0-9a-f]{32}$/i.test(config.from)) form.set("MessagingServiceSid", config.from);
  else form.set("From", config.from);
  const url = `${config.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: form.toString(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: "error",
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? "did not answer in time" : "could not be reached";
    throw new TwilioError(`Twilio ${reason}; the SMS was not sent.`, 0, null);
  }
  const payload = await response.json().catch(() => null) as Record<string, unknown> | null;
  if (!response.ok) {
    const code = typeof payload?.code === "number" ? payload.code : null;
    const message = typeof payload?.message === "string" && payload.message.trim() ? payload.message.trim() : `HTTP ${response.status}`;
    throw new TwilioError(`Twilio refused the SMS: ${message}${code ? ` (error ${code})` : ""}`, response.status, code);
  }
  const sid = payload?.sid;
  if (typeof sid !== "string" || !sid) throw new TwilioError("Twilio answered without a message sid; the SMS may not have been sent.", 0, null);
  return { sid, status: typeof payload?.status === "string" ? payload.status : "queued" };
}
