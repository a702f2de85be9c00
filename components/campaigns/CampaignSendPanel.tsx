"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeCampaignStateAction, deleteCampaignAction, sendCampaignAction, testSendCampaignAction } from "@/app/(app)/campaigns/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CampaignStatus } from "@/lib/enums";

/**
 * What can be done with a campaign in its status: a draft — test send to yourself, send now,
 * schedule at a local time (the user's time zone), delete; scheduled or sending — pause, cancel;
 * paused — resume, cancel. Refusals (an empty audience…) show beside the buttons.
 */
export function CampaignSendPanel({ campaignId, status, variants, timeZone }: { campaignId: string; status: CampaignStatus; variants: string[]; timeZone: string }) {
  const router = useRouter();
  const [sendAt, setSendAt] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: true; data: unknown } | { ok: false; error: string }>, done: string, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      setMessage({ tone: "ok", text: done });
      after?.();
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        {status === "DRAFT" ? (
          <>
            {variants.map((variant) => (
              <Button key={variant} type="button" variant="secondary" disabled={pending} onClick={() => run(() => testSendCampaignAction(campaignId, variant), `Test of variant ${variant} sent to you`)}>
                Test send{variants.length > 1 ? ` ${variant}` : ""} to me
              </Button>
            ))}
            <Button type="button" disabled={pending} onClick={() => run(() => sendCampaignAction(campaignId, {}), "Sending started")}>
              Send now
            </Button>
            <label className="flex items-end gap-2 text-sm">
              <span className="flex flex-col gap-1">
                <span className="text-slate-700">Schedule ({timeZone})</span>
                <Input type="datetime-local" aria-label="Send at" value={sendAt} onChange={(e) => setSendAt(e.target.value)} />
              </span>
              <Button type="button" variant="secondary" disabled={pending || !sendAt} onClick={() => run(() => sendCampaignAction(campaignId, { sendAt }), "Scheduled")}>
                Schedule
              </Button>
            </label>
            <Button type="button" variant="danger" disabled={pending} onClick={() => run(() => deleteCampaignAction(campaignId), "Deleted", () => router.push("/campaigns"))}>
              Delete draft
            </Button>
          </>
        ) : null}
        {status === "SENDING" || status === "SCHEDULED" ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => changeCampaignStateAction(campaignId, "pause"), "Paused: it stops after the current batch")}>
            Pause
          </Button>
        ) : null}
        {status === "PAUSED" ? (
          <Button type="button" disabled={pending} onClick={() => run(() => changeCampaignStateAction(campaignId, "resume"), "Resumed")}>
            Resume
          </Button>
        ) : null}
        {status === "SENDING" || status === "SCHEDULED" || status === "PAUSED" ? (
          <Button type="button" variant="danger" disabled={pending} onClick={() => run(() => changeCampaignStateAction(campaignId, "cancel"), "Cancelled")}>
            Cancel campaign
          </Button>
        ) : null}
      </div>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-700"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
