"use client";

import { useEffect, useState, useTransition } from "react";
import { logChannelTouchAction, prepareChannelMessageAction, sendSmsAction } from "@/app/(app)/outreach/channel-actions";
import { buttonClasses, Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { outcomeLabel } from "@/lib/activities/activity-types";
import { OUTREACH_OUTCOMES, type OutreachOutcome } from "@/lib/enums";
import { CHANNEL_LABELS, type LinkChannel } from "@/lib/outreach/channels/channels";
import { smsLink, telLink, whatsappLink } from "@/lib/outreach/channels/channel-links";
import { SMS_BODY_MAX } from "@/lib/validation/outreach-channels";
import type { ChannelMessage } from "@/server/services/outreach/channels/prepare-channel-message";

/** The record a one-click message goes to (one id). */
export type ChannelRecordRef = { leadId?: string; contactId?: string };

/** What the click did, in one line for the confirmation. */
function summary(channel: LinkChannel, movedTo: { name: string } | null, twilio: boolean): string {
  const what = channel === "CALL" ? "Call logged" : twilio ? "SMS sent through Twilio and logged" : `${CHANNEL_LABELS[channel]} logged`;
  return movedTo ? `${what} · lead moved to ${movedTo.name}` : what;
}

const errorOf = (result: { error: string; fieldErrors?: Record<string, string[] | undefined> }) => Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error;

/**
 * The one-click dialog of a channel (WhatsApp, SMS, call) for a lead or contact: the number in
 * E.164 form (or, clearly, why there is none — then no link is offered), a template of the
 * channel's category rendered for the record (editable for messages; the call script to read),
 * the outcome to log ("Contacted" preselected), and the one button that opens the wa.me / sms: /
 * tel: link and logs the touch in the same click — or, for SMS with Twilio configured, sends it
 * through Twilio and logs it with the message sid.
 * @param onDone - called with the confirmation once the touch is logged.
 */
export function ChannelMessageForm({ channel, record, onDone, onCancel }: { channel: LinkChannel; record: ChannelRecordRef; onDone: (text: string) => void; onCancel: () => void }) {
  const [message, setMessage] = useState<ChannelMessage | null>(null);
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<OutreachOutcome>("CONTACTED");
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [working, startWorking] = useTransition();
  const ids = { leadId: record.leadId ?? "", contactId: record.contactId ?? "" };

  const load = (templateId?: string) =>
    startLoading(async () => {
      setError(null);
      const result = await prepareChannelMessageAction({ ...ids, channel, templateId });
      if (!result.ok) return setError(errorOf(result));
      setMessage(result.data);
      setText(result.data.text);
    });

  useEffect(() => {
    load();
    // Once per opening: the dialog is mounted afresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const e164 = message?.phone.e164 ?? null;
  const refused = Boolean(message?.refusal);
  const tooLong = channel === "SMS" && [...text].length > SMS_BODY_MAX;
  const href = !e164 || refused || tooLong ? null : channel === "WHATSAPP" ? whatsappLink(e164, text.trim()) : channel === "SMS" ? smsLink(e164, text.trim()) : telLink(e164);

  const logClick = () =>
    startWorking(async () => {
      setError(null);
      const result = await logChannelTouchAction({ ...ids, channel, body: channel === "CALL" ? null : text, templateId: message?.templateId ?? null, outcome });
      if (result.ok) onDone(summary(channel, result.data.movedTo, false));
      else setError(errorOf(result));
    });

  const sendThroughTwilio = () =>
    startWorking(async () => {
      setError(null);
      const result = await sendSmsAction({ ...ids, body: text, templateId: message?.templateId ?? null, outcome });
      if (result.ok) onDone(summary("SMS", result.data.movedTo, true));
      else setError(errorOf(result));
    });

  const label = CHANNEL_LABELS[channel];
  const openLabel = channel === "WHATSAPP" ? "Open WhatsApp" : channel === "SMS" ? (message?.smsVia === "twilio" ? "Open in SMS app instead" : "Open SMS app") : `Call ${e164 ?? ""}`.trim();
  const twilio = channel === "SMS" && message?.smsVia === "twilio";

  return (
    <div className="space-y-3" data-testid="channel-message-form" data-channel={channel}>
      <FormMessage>{error}</FormMessage>
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-700">To</p>
        {message === null ? (
          <p className="text-sm text-slate-500">Loading…</p>
        ) : (
          <p className="text-sm text-slate-900" data-testid="channel-to">
            {message.name}
            {e164 ? <span className="ml-2 font-mono text-slate-700">{e164}</span> : null}
          </p>
        )}
        {message?.phone.problem ? (
          <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="channel-phone-problem">
            {message.phone.problem} Fix the phone number or the country on the record to use {label}.
          </p>
        ) : null}
        {message?.refusal ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="channel-refusal">
            {message.refusal} No SMS can be sent.
          </p>
        ) : null}
      </div>
      {message ? (
        <>
          <Field label={channel === "CALL" ? "Call script" : "Template"} htmlFor="channel-template">
            <Select id="channel-template" value={message.templateId ?? ""} onChange={(e) => load(e.target.value)} disabled={loading}>
              <option value="">{channel === "CALL" ? "No script" : "No template"}</option>
              {message.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.favourite ? "★ " : ""}
                  {t.name}
                </option>
              ))}
            </Select>
          </Field>
          {channel === "CALL" ? (
            text ? (
              <div className="max-h-64 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-800" data-testid="call-script">
                {text}
              </div>
            ) : null
          ) : (
            <Field
              label="Message"
              htmlFor="channel-message"
              error={tooLong ? `An SMS has at most ${SMS_BODY_MAX} characters` : undefined}
              hint={channel === "SMS" ? `${[...text].length} / ${SMS_BODY_MAX} characters` : "Rendered for this record; edit it before sending if you like"}
            >
              <Textarea id="channel-message" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
            </Field>
          )}
          <Field label="Outcome to log" htmlFor="channel-outcome">
            <Select id="channel-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as OutreachOutcome)}>
              {OUTREACH_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {outcomeLabel(o)}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {twilio ? (
          <Button onClick={sendThroughTwilio} disabled={!href || working || !text.trim()}>
            {working ? "Sending…" : "Send SMS"}
          </Button>
        ) : null}
        {href ? (
          <a
            href={href}
            target={channel === "WHATSAPP" ? "_blank" : undefined}
            rel="noopener noreferrer"
            onClick={logClick}
            aria-disabled={working}
            className={buttonClasses(twilio ? "secondary" : "primary", "md", working ? "pointer-events-none opacity-60" : undefined)}
            data-testid="channel-link"
          >
            {openLabel}
          </a>
        ) : (
          <Button disabled>{twilio ? "Open in SMS app" : openLabel || label}</Button>
        )}
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <p className="text-xs text-slate-500">
        {channel === "CALL" ? "Calling logs an outbound call on the timeline." : twilio ? "Send SMS sends it through Twilio; either way the message is logged on the timeline." : `Opening ${label} logs the message on the timeline.`}
      </p>
    </div>
  );
}
