import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake of the one Twilio endpoint Leadwell calls, as a real HTTP server on 127.0.0.1, for
 * integration tests and e2e (point TWILIO_BASE_URL at it):
 * `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`
 * (https://www.twilio.com/docs/messaging/api/message-resource) — it checks, like Twilio:
 * - HTTP basic auth with the configured Account SID and Auth Token, and that the SID in the path
 *   is the one authenticated: else 401 `20003` "Authenticate";
 * - an `application/x-www-form-urlencoded` body with `To` in E.164 (else 400 `21211` "The 'To'
 *   number … is not a valid phone number."), `From` or `MessagingServiceSid` (else 400 `21603`),
 *   `Body` (else 400 `21602`; over 1,600 characters 400 `21617`);
 * - and answers 201 with a Message resource (`sid` "SM" + 32 hex, `status` "queued").
 * Errors have Twilio's body `{ code, message, more_info, status }`
 * (https://www.twilio.com/docs/usage/twilios-response). `failNext` makes the next requests fail
 * with a chosen Twilio error (e.g. 21610, the recipient replied STOP) and records nothing as sent.
 * A process that does not hold the object (a `next start` under e2e) reads what was sent from
 * `GET /_fake/messages` (SentSms[] as JSON).
 */

/** One SMS the fake accepted. */
export type SentSms = { sid: string; accountSid: string; to: string; from: string | null; messagingServiceSid: string | null; body: string };

/** One request as it reached the fake (refused ones included). */
export type TwilioRequest = { method: string; path: string; authorization: string | null; contentType: string | null; form: Record<string, string>; status: number };

/** A Twilio error to answer with (failNext). */
export type TwilioFault = { status: number; code: number; message: string };

export interface FakeTwilio {
  /** Base URL for TWILIO_BASE_URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  accountSid: string;
  authToken: string;
  /** Every request, in order. */
  requests: TwilioRequest[];
  /** Every SMS accepted, in order. */
  sent: SentSms[];
  /** Answer the next `count` message requests with `fault` (default 500 `20500` "Internal Server Error"), sending nothing. */
  failNext(count: number, fault?: TwilioFault): void;
  /** Forget requests, messages and pending faults. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY_CHARS = 1_600;
const E164 = /^\+[1-9]\d{6,14}$/;
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;

const errorBody = ({ status, code, message }: TwilioFault) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

/**
 * Starts the fake.
 * @param accountSid - the Account SID it accepts (default a fixed "AC" + 32 hex test value).
 * @param authToken - the Auth Token it accepts.
 * @param port - on 127.0.0.1 (default 0: a free one); fix it when another process must know the URL in advance.
 */
export async function startFakeTwilio({
  accountSid = "AC00000000000000000000000000000001",
  authToken = "twilio-test-token",
  port = 0,
}: { accountSid?: string; authToken?: string; port?: number } = {}): Promise<FakeTwilio> {
  const requests: TwilioRequest[] = [];
  const sent: SentSms[] = [];
  const faults: TwilioFault[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };

  const answer = (request: IncomingMessage, path: string, form: Record<string, string>): { status: number; body: unknown } => {
    const match = MESSAGES_PATH.exec(path);
    if (request.method !== "POST" || !match) return { status: 404, body: errorBody({ status: 404, code: 20404, message: `The requested resource ${path} was not found` }) };
    if (request.headers.authorization !== expectedAuth || decodeURIComponent(match[1]) !== accountSid) {
      return { status: 401, body: errorBody({ status: 401, code: 20003, message: "Authenticate" }) };
    }
    const fault = faults.shift();
    if (fault) return { status: fault.status, body: errorBody(fault) };
    if (!request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
      return { status: 400, body: errorBody({ status: 400, code: 21602, message: "Message body is required." }) };
    }
    const to = form.To ?? "";
    if (!E164.test(to)) return { status: 400, body: errorBody({ status: 400, code: 21211, message: `The 'To' number ${to} is not a valid phone number.` }) };
    if (!form.From && !form.MessagingServiceSid) return { status: 400, body: errorBody({ status: 400, code: 21603, message: "A 'From' or 'MessagingServiceSid' parameter is required to send a message." }) };
    if (!form.Body) return { status: 400, body: errorBody({ status: 400, code: 21602, message: "Message body is required." }) };
    if ([...form.Body].length > MAX_BODY_CHARS) return { status: 400, body: errorBody({ status: 400, code: 21617, message: "The concatenated message body exceeds the 1600 character limit." }) };
    const sid = `SM${randomBytes(16).toString("hex")}`;
    const message: SentSms = { sid, accountSid, to, from: form.From ?? null, messagingServiceSid: form.MessagingServiceSid ?? null, body: form.Body };
    sent.push(message);
    const created = new Date().toUTCString().replace("GMT", "+0000");
    return {
      status: 201,
      body: {
        sid,
        account_sid: accountSid,
        to,
        from: message.from,
        messaging_service_sid: message.messagingServiceSid,
        body: message.body,
        status: "queued",
        direction: "outbound-api",
        api_version: "2010-04-01",
        num_segments: "1",
        num_media: "0",
        date_created: created,
        date_updated: created,
        date_sent: null,
        error_code: null,
        error_message: null,
        price: null,
        price_unit: "USD",
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
      },
    };
  };

  const server = createServer(async (request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method === "GET" && path === "/_fake/messages") return send(response, 200, sent);
    const raw = await readBody(request);
    const form = Object.fromEntries(new URLSearchParams(raw));
    const { status, body } = answer(request, path, form);
    requests.push({ method: request.method ?? "", path, authorization: request.headers.authorization ?? null, contentType: request.headers["content-type"] ?? null, form, status });
    send(response, status, body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  const { port: actual } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actual}`,
    accountSid,
    authToken,
    requests,
    sent,
    failNext(count, fault = { status: 500, code: 20500, message: "Internal Server Error" }) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    reset() {
      requests.length = 0;
      sent.length = 0;
      faults.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
