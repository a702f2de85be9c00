import { sendSmsSchema, type SendSmsInput } from "@/lib/validation/outreach-channels";
import { getDb } from "@/server/db";
import { ServiceError } from "@/server/errors";
import { sendTwilioSms, TwilioError, twilioConfig } from "@/server/sms/twilio-client";
import { recordActivity } from "@/server/services/activities/record-activity";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { assertCanLogTouch } from "./assert-can-log-touch";
import { loadChannelTarget } from "./load-channel-target";
import { channelRecipient, type LoggedTouch } from "./log-channel-touch";

/** An SMS Twilio accepted, and the timeline entry that records it. */
export type SentSms = LoggedTouch & { sid: string; status: string };

/**
 * Sends one SMS to a lead or a contact through Twilio (issue 12 §1) and logs it.
 * 1. Parses the input (one record, 1–1,600 characters of text) and checks, before anything is
 *    sent: Twilio is configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM), the person
 *    has not unsubscribed from SMS, the number normalises to E.164 from the record's country, and
 *    `actor` may log the touch (assertCanLogTouch).
 * 2. Sends through Twilio's Messages API (server/sms/twilio-client.ts).
 * 3. Logs an OUTBOUND SMS activity (outcome "contacted" by default) with Activity.data
 *    `{ via: "twilio", to, twilioSid, twilioStatus, templateId }` through recordActivity, so the
 *    stage rules and every hook on logged activities apply.
 * A refusal by Twilio (or Twilio out of reach) logs nothing. Should the log fail after Twilio
 * accepted the message, the SMS has gone out unlogged and the error propagates.
 * @param env - where the Twilio settings are read (process.env by default; tests pass their own).
 * @throws ValidationError (bad input; field `to`: unusable number or unsubscribed); NotFoundError;
 *   ForbiddenError; ServiceError(409) when Twilio is not configured; ServiceError(502) with
 *   Twilio's message when it refused the SMS or could not be reached.
 */
export async function sendSmsMessage(actor: Actor & { timeZone: string }, input: SendSmsInput, now = new Date(), env: Readonly<Record<string, string | undefined>> = process.env): Promise<SentSms> {
  const data = parseOrThrow(sendSmsSchema, input);
  const config = twilioConfig(env);
  if (!config) throw new ServiceError("SMS sending is not set up: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM, or use the SMS app link.", 409);
  const target = await loadChannelTarget(data, "SMS", actor.id);
  const to = channelRecipient(target, "SMS");
  await assertCanLogTouch(actor, target.leadId, { type: "SMS", outcome: data.outcome });

  let message;
  try {
    message = await sendTwilioSms(config, { to, body: data.body });
  } catch (error) {
    if (error instanceof TwilioError) throw new ServiceError(error.message, 502);
    throw error;
  }

  const logged = await getDb().$transaction((tx) =>
    recordActivity(
      tx,
      actor,
      {
        type: "SMS",
        direction: "OUTBOUND",
        outcome: data.outcome,
        subject: `SMS to ${to}`,
        body: data.body,
        occurredAt: now,
        durationSeconds: null,
        followUpDay: null,
        leadId: target.leadId,
        contactId: target.contactId,
        companyId: null,
        dealId: null,
        data: { via: "twilio", to, twilioSid: message.sid, twilioStatus: message.status, templateId: data.templateId },
      },
      now,
    ),
  );
  return { ...logged, to, sid: message.sid, status: message.status };
}
