import { CHANNEL_ACTIVITY_TYPE, CHANNEL_LABELS, type ChannelVia, type LinkChannel } from "@/lib/outreach/channels/channels";
import { channelTouchSchema, type ChannelTouchInput } from "@/lib/validation/outreach-channels";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordActivity, type LoggedActivity } from "@/server/services/activities/record-activity";
import { parseOrThrow } from "@/server/services/parse";
import type { Actor } from "@/server/services/permissions";
import { loadChannelTarget, type ChannelTarget } from "./load-channel-target";

const LINK_VIA: Record<LinkChannel, ChannelVia> = { WHATSAPP: "wa.me", SMS: "sms-link", CALL: "tel" };

/** What a one-click touch logged: the entry (and the lead's new stage), and the number it went to. */
export type LoggedTouch = LoggedActivity & { to: string };

/**
 * The number a touch on `channel` goes to, or the ValidationError (field `to`) that says why it
 * cannot go: no usable number (normalisePhone's reason) or, for SMS, an unsubscribed person.
 */
export function channelRecipient(target: ChannelTarget, channel: LinkChannel): string {
  if (channel === "SMS" && target.smsRefusal) throw new ValidationError(target.smsRefusal, { to: [target.smsRefusal] });
  if (!target.phone.ok) throw new ValidationError(target.phone.reason, { to: [target.phone.reason] });
  return target.phone.e164;
}

/**
 * Logs the click on a one-click link — WhatsApp (wa.me), SMS (sms:) or call (tel:) — as an
 * OUTBOUND activity of the channel's type that happened `now`, on the lead or contact, with the
 * message as sent and Activity.data `{ via, to, templateId }`. It goes through recordActivity, so
 * the stage rules apply (outcome "contacted" by default moves a New lead to Contacted) and every
 * hook on logged activities runs. The number is normalised again here: a record without a usable
 * number (or an SMS to someone who unsubscribed) logs nothing.
 * @param now - the current instant (injected so tests control the clock).
 * @throws ValidationError (bad input; field `to` when the number is unusable or SMS is refused);
 *   NotFoundError (record); ForbiddenError (the log would move a lead `actor` may not edit).
 */
export async function logChannelTouch(actor: Actor & { timeZone: string }, input: ChannelTouchInput, now = new Date()): Promise<LoggedTouch> {
  const data = parseOrThrow(channelTouchSchema, input);
  const target = await loadChannelTarget(data, data.channel, actor.id);
  const to = channelRecipient(target, data.channel);
  const logged = await getDb().$transaction((tx) =>
    recordActivity(
      tx,
      actor,
      {
        type: CHANNEL_ACTIVITY_TYPE[data.channel],
        direction: "OUTBOUND",
        outcome: data.outcome,
        subject: data.channel === "CALL" ? `Called ${to}` : `${CHANNEL_LABELS[data.channel]} to ${to}`,
        body: data.body,
        occurredAt: now,
        durationSeconds: null,
        followUpDay: null,
        leadId: target.leadId,
        contactId: target.contactId,
        companyId: null,
        dealId: null,
        data: { via: LINK_VIA[data.channel], to, templateId: data.templateId },
      },
      now,
    ),
  );
  return { ...logged, to };
}
