import { z } from "zod";
import { LINK_CHANNELS } from "@/lib/outreach/channels/channels";
import { outcomeField } from "./activity";
import { optionalId, optionalText } from "./common";

/** Longest text a one-click message may carry (characters): WhatsApp's and an SMS app's are far shorter in practice. */
export const CHANNEL_MESSAGE_MAX = 4_000;

/** Twilio's limit on an SMS body (characters). */
export const SMS_BODY_MAX = 1_600;

const exactlyOneRecord = (input: { leadId: string | null; contactId: string | null }) => [input.leadId, input.contactId].filter(Boolean).length === 1;
const oneRecord = { error: "Choose one lead or contact", path: ["leadId"] };

const target = { leadId: optionalId, contactId: optionalId };
const channel = z.enum(LINK_CHANNELS, { error: "Choose WhatsApp, SMS or call" });

/**
 * What the one-click dialog asks for when it opens or changes template: the channel, exactly one
 * record (a lead or a contact), and the template to render — an id, "" for none, or left out for
 * the default (the first favourite of the channel's category, else the first by name).
 */
export const channelMessageQuerySchema = z
  .object({ ...target, channel, templateId: optionalId.optional() })
  .refine(exactlyOneRecord, oneRecord);
export type ChannelMessageQuery = z.input<typeof channelMessageQuerySchema>;

/**
 * One click on a channel's link (wa.me, sms:, tel:): the touch to log — the channel, exactly one
 * record, the message as sent (plain text, at most CHANNEL_MESSAGE_MAX characters; none for a
 * call), the template it came from and an optional outcome (default "contacted").
 */
export const channelTouchSchema = z
  .object({
    ...target,
    channel,
    body: optionalText(CHANNEL_MESSAGE_MAX),
    templateId: optionalId,
    outcome: outcomeField.transform((v) => v ?? "CONTACTED"),
  })
  .refine(exactlyOneRecord, oneRecord);
export type ChannelTouchInput = z.input<typeof channelTouchSchema>;

/** An SMS to send through Twilio: exactly one record, the text (1 to SMS_BODY_MAX characters) and its template. */
export const sendSmsSchema = z
  .object({
    ...target,
    body: z
      .string({ error: "Write the message" })
      .refine((v) => !v.includes("\u0000"), { error: "Contains an invalid character" })
      .trim()
      .min(1, { error: "Write the message" })
      .max(SMS_BODY_MAX, { error: `An SMS has at most ${SMS_BODY_MAX} characters` }),
    templateId: optionalId,
    outcome: outcomeField.transform((v) => v ?? "CONTACTED"),
  })
  .refine(exactlyOneRecord, oneRecord);
export type SendSmsInput = z.input<typeof sendSmsSchema>;
