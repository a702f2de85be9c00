"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { emailProviderAction } from "@/app/(app)/outreach/channel-actions";
import { Modal } from "@/components/activities/Modal";
import { SendEmailForm } from "@/components/email/SendEmailForm";
import { CHANNEL_LABELS } from "@/lib/outreach/channels/channels";
import { ChannelMessageForm } from "./ChannelMessageForm";
import { announceOutreach } from "./outreach-events";
import { closeOneClick, useOneClickRequest } from "./one-click-store";

/**
 * Shows the one-click dialog the OneClickOutreach buttons ask for (one-click-store): the *Send
 * email* form of issue 10 for Email, ChannelMessageForm for WhatsApp, SMS and Call. Mounted once,
 * in the app header (by the app-wide "Log outreach" button), so it outlives the rows and cards
 * that open it. Once a touch is logged it closes, confirms in the header and refreshes the page
 * (the timeline, row or card then shows it).
 */
export function OneClickOutreachHost() {
  const router = useRouter();
  const request = useOneClickRequest();
  const [providerConfigured, setProviderConfigured] = useState<boolean | null>(null);
  const known = request?.emailProviderConfigured ?? providerConfigured;

  useEffect(() => {
    if (request?.channel !== "EMAIL" || known !== null) return;
    let live = true;
    void emailProviderAction().then((result) => {
      if (live) setProviderConfigured(result.ok ? result.data : false);
    });
    return () => {
      live = false;
    };
  }, [request, known]);

  if (!request) return null;
  const done = (text: string) => {
    closeOneClick();
    announceOutreach(text);
    router.refresh();
  };
  // A new request (another record or channel) mounts its form afresh.
  const key = `${request.channel}:${request.record.leadId ?? ""}:${request.record.contactId ?? ""}`;

  if (request.channel === "EMAIL") {
    return (
      <Modal key={key} title={`Send email · ${request.name}`} onClose={closeOneClick}>
        {known === null ? (
          <p className="text-sm text-slate-500">Loading…</p>
        ) : (
          <SendEmailForm
            record={request.record}
            providerConfigured={known}
            onCancel={closeOneClick}
            onSent={(sent) => {
              const where = sent.outbox ? `Email to ${sent.to} put in the outbox` : `Email sent to ${sent.to}`;
              done(sent.movedTo ? `${where} · lead moved to ${sent.movedTo.name}` : where);
            }}
          />
        )}
      </Modal>
    );
  }
  return (
    <Modal key={key} title={`${CHANNEL_LABELS[request.channel]} · ${request.name}`} onClose={closeOneClick}>
      <ChannelMessageForm channel={request.channel} record={request.record} onDone={done} onCancel={closeOneClick} />
    </Modal>
  );
}
