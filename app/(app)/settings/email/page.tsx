import type { Metadata } from "next";
import Link from "next/link";
import { OutboxBanner } from "@/components/email/OutboxBanner";
import { EmailSettingsForm } from "@/components/settings/EmailSettingsForm";
import { EmailTestButton } from "@/components/settings/EmailTestButton";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, DetailItem, PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { requireUser } from "@/server/auth/session";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { resendWebhookUrl } from "@/server/services/email-settings/app-url";
import { getEmailSettings } from "@/server/services/email-settings/get-email-settings";
import { getLastWebhook } from "@/server/services/email-settings/get-last-webhook";
import { getUserSender } from "@/server/services/email-settings/get-user-sender";
import { senderFor } from "@/server/services/email-settings/sender-for";

export const metadata: Metadata = { title: "Email settings" };

/**
 * /settings/email: the sender (admins edit it), whether sends leave through Resend or stay in the
 * outbox, the webhook URL for Resend and when its last webhook came, and a test send.
 */
export default async function EmailSettingsPage() {
  const user = await requireUser();
  const configured = isEmailProviderConfigured();
  const [settings, lastWebhook, userSender] = await Promise.all([getEmailSettings(), getLastWebhook(), getUserSender(user.id)]);
  const yourSender = await senderFor(userSender, settings);
  return (
    <>
      <PageHeader title="Email" description="How Leadwell sends email through Resend" />
      <div className="grid max-w-3xl gap-6">
        <Card>
          <CardHeader title="Sending" actions={configured ? <Badge tone="green">Resend configured</Badge> : <Badge tone="amber">Outbox only</Badge>} />
          <div className="space-y-3 p-4 text-sm">
            {configured ? (
              <p className="text-slate-700">RESEND_API_KEY is set: emails leave through Resend.</p>
            ) : (
              <OutboxBanner providerConfigured={false} linkToOutbox />
            )}
            <dl className="grid gap-3 sm:grid-cols-2">
              <DetailItem label="You send as">{yourSender.from}</DetailItem>
              <DetailItem label="Replies to you go to">{yourSender.replyTo}</DetailItem>
            </dl>
            <p className="text-slate-600">
              Your sender name and reply-to are in your <Link className="text-brand-700 underline" href="/settings/profile">Profile</Link>.
            </p>
            <EmailTestButton />
          </div>
        </Card>
        <Card>
          <CardHeader title="Sender" />
          <div className="p-4">
            {user.role === "ADMIN" ? (
              <EmailSettingsForm settings={settings} />
            ) : (
              <dl className="grid gap-3 sm:grid-cols-3">
                <DetailItem label="From address">{settings.fromAddress}</DetailItem>
                <DetailItem label="From name">{settings.fromName}</DetailItem>
                <DetailItem label="Reply-to">{settings.replyTo}</DetailItem>
              </dl>
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title="Webhooks" />
          <div className="space-y-3 p-4 text-sm">
            <p className="text-slate-700">
              In Resend → Webhooks → Add endpoint, paste this URL and pick the email events; put the signing secret in <code>RESEND_WEBHOOK_SECRET</code>.
            </p>
            <code data-testid="webhook-url" className="block rounded-md bg-slate-100 px-3 py-2 break-all text-slate-900 select-all">
              {resendWebhookUrl()}
            </code>
            <dl>
              <DetailItem label="Last webhook">
                {lastWebhook ? (
                  <span data-testid="last-webhook">
                    {formatInZone(lastWebhook.at, user.timeZone, "d MMM yyyy HH:mm:ss")}{" "}
                    {lastWebhook.verified ? <Badge tone="green">verified</Badge> : <Badge tone="red">not verified</Badge>}
                    {lastWebhook.reason ? <span className="text-slate-600"> — {lastWebhook.reason}</span> : null}
                  </span>
                ) : (
                  <span data-testid="last-webhook">none yet</span>
                )}
              </DetailItem>
            </dl>
          </div>
        </Card>
      </div>
    </>
  );
}
