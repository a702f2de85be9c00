"use server";

import { revalidatePath } from "next/cache";
import type { ChannelMessageQuery, ChannelTouchInput, SendSmsInput } from "@/lib/validation/outreach-channels";
import { runAction } from "@/server/action";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { logChannelTouch } from "@/server/services/outreach/channels/log-channel-touch";
import { prepareChannelMessage } from "@/server/services/outreach/channels/prepare-channel-message";
import { sendSmsMessage } from "@/server/services/outreach/channels/send-sms-message";

// The one-click outreach buttons (lead and contact pages, lead rows, lead board cards): each
// opens its dialog, which prepares the message, then opens the link (or sends) and logs in one click.

/** Whether email goes through Resend (the send dialog's banner) when opened from a row or card. */
export async function emailProviderAction() {
  return runAction(async () => isEmailProviderConfigured());
}

/** The number, templates and rendered message for a record and a channel (nothing stored). */
export async function prepareChannelMessageAction(input: ChannelMessageQuery) {
  return runAction((user) => prepareChannelMessage(user, input));
}

/** Logs the click on a wa.me, sms: or tel: link as an outbound activity. */
export async function logChannelTouchAction(input: ChannelTouchInput) {
  return runAction(async (user) => {
    const logged = await logChannelTouch(user, input);
    revalidatePath("/outreach");
    return logged;
  });
}

/** Sends an SMS through Twilio and logs it. */
export async function sendSmsAction(input: SendSmsInput) {
  return runAction(async (user) => {
    const sent = await sendSmsMessage(user, input);
    revalidatePath("/outreach");
    return { to: sent.to, sid: sent.sid, movedTo: sent.movedTo };
  });
}
