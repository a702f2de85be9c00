import type { ActivityType, TemplateCategory } from "@/lib/enums";

/**
 * The one-click outreach channels (issue 12 §1). Email goes through the send dialog (Resend); the
 * others open a link in the user's own app (wa.me, sms:, tel:) — or, for SMS where Twilio is
 * configured, send through Twilio — and log the touch in the same click.
 */
export const OUTREACH_CHANNELS = ["EMAIL", "WHATSAPP", "SMS", "CALL"] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/** The channels whose message (or call script) Leadwell renders and links to (all but email). */
export const LINK_CHANNELS = ["WHATSAPP", "SMS", "CALL"] as const satisfies readonly OutreachChannel[];
export type LinkChannel = (typeof LINK_CHANNELS)[number];

/** The template category a channel's text comes from: DM for WhatsApp and SMS, call scripts for calls. */
export const CHANNEL_TEMPLATE_CATEGORY: Record<OutreachChannel, TemplateCategory> = {
  EMAIL: "EMAIL",
  WHATSAPP: "DM",
  SMS: "DM",
  CALL: "CALL_SCRIPT",
};

/** The activity type a channel's touch is logged as (outbound). */
export const CHANNEL_ACTIVITY_TYPE: Record<OutreachChannel, ActivityType> = {
  EMAIL: "EMAIL",
  WHATSAPP: "WHATSAPP",
  SMS: "SMS",
  CALL: "CALL",
};

/** The channel's name in the UI. */
export const CHANNEL_LABELS: Record<OutreachChannel, string> = {
  EMAIL: "Email",
  WHATSAPP: "WhatsApp",
  SMS: "SMS",
  CALL: "Call",
};

/**
 * How a logged touch went out (Activity.data.via): the wa.me link, the sms: link, Twilio, or the
 * tel: link.
 */
export type ChannelVia = "wa.me" | "sms-link" | "twilio" | "tel";
