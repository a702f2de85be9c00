"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { CHANNEL_LABELS, OUTREACH_CHANNELS, type OutreachChannel } from "@/lib/outreach/channels/channels";
import type { ChannelRecordRef } from "./ChannelMessageForm";
import { openOneClick } from "./one-click-store";

const ICONS: Record<OutreachChannel, React.ReactNode> = {
  EMAIL: <path d="M3 5h14a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm.5 1.6v.3L10 11l6.5-4.1v-.3H3.5Zm13 2.1L10 12.8 3.5 8.7v4.7h13V8.7Z" />,
  WHATSAPP: (
    <path d="M10 2a8 8 0 0 0-6.9 12l-1 3.8 3.9-1A8 8 0 1 0 10 2Zm0 1.5a6.5 6.5 0 1 1-3.3 12.1l-.3-.2-2.2.6.6-2.1-.2-.3A6.5 6.5 0 0 1 10 3.5Zm-2.6 3c-.2 0-.5 0-.7.3-.2.3-.9.9-.9 2.1s.9 2.4 1 2.6c.1.2 1.8 2.8 4.4 3.8 2.2.8 2.6.7 3.1.6.5-.1 1.5-.6 1.7-1.2.2-.6.2-1.1.1-1.2l-.5-.3-1.6-.8c-.2-.1-.4-.1-.6.1l-.7.9c-.1.2-.3.2-.5.1a5.4 5.4 0 0 1-2.7-2.4c-.2-.3.2-.3.6-1 .1-.2 0-.3 0-.4l-.7-1.7c-.2-.4-.4-.4-.5-.4h-.5Z" />
  ),
  SMS: <path d="M4 3h12a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H9l-4 3.5V14H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm0 1.5a.5.5 0 0 0-.5.5v7c0 .3.2.5.5.5h2.5v1.8L8.4 12.5H16c.3 0 .5-.2.5-.5V5a.5.5 0 0 0-.5-.5H4Zm2 3h8V9H6V7.5Z" />,
  CALL: <path d="M5.6 2.5c.4 0 .8.2 1 .6l1.5 2.7c.2.4.2 1-.2 1.4L6.8 8.4a9 9 0 0 0 4.8 4.8l1.2-1.1c.4-.4 1-.4 1.4-.2l2.7 1.5c.4.2.6.6.6 1v2.1c0 .7-.5 1.3-1.2 1.3A14 14 0 0 1 2.2 3.7c0-.7.6-1.2 1.3-1.2h2.1Z" />,
};

/**
 * One-click outreach buttons for a lead or a contact (issue 12 §1): Email (the send dialog of
 * issue 10), WhatsApp, SMS and Call (ChannelMessageForm: the rendered template, the wa.me / sms: /
 * tel: link or a Twilio send, and the log, in one click). The dialog opens in the app-wide host
 * (OneClickOutreachHost), so a list that refreshes meanwhile does not close it.
 * @param compact - icon buttons (a lead row, a board card) instead of labelled ones (a record page).
 * @param channels - which buttons (default all four; a record page that already has "Send email" leaves Email out).
 * @param emailProviderConfigured - whether RESEND_API_KEY is set; asked from the server when left out.
 */
export function OneClickOutreach({
  record,
  name,
  compact = false,
  channels = OUTREACH_CHANNELS,
  emailProviderConfigured,
}: {
  record: ChannelRecordRef;
  name: string;
  compact?: boolean;
  channels?: readonly OutreachChannel[];
  emailProviderConfigured?: boolean;
}) {
  const openChannel = (channel: OutreachChannel) => openOneClick({ channel, record, name, emailProviderConfigured });
  return (
    <div className={cn("flex items-center", compact ? "gap-0" : "flex-wrap gap-2")} role="group" aria-label={`Reach ${name}`}>
      {channels.map((channel) => {
        const label = `${CHANNEL_LABELS[channel]} ${name}`;
        const icon = (
          <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden>
            {ICONS[channel]}
          </svg>
        );
        return compact ? (
          <Button key={channel} variant="ghost" size="sm" className="h-7 px-1.5" onClick={() => openChannel(channel)} aria-label={label} title={label} data-channel={channel}>
            {icon}
          </Button>
        ) : (
          <Button key={channel} variant="secondary" onClick={() => openChannel(channel)} aria-label={label} data-channel={channel}>
            {icon}
            {CHANNEL_LABELS[channel]}
          </Button>
        );
      })}
    </div>
  );
}
