import type { Metadata } from "next";
import { ApiKeyManager } from "@/components/settings/ApiKeyManager";
import { DailySummaryForm } from "@/components/settings/DailySummaryForm";
import { EmailSenderForm } from "@/components/settings/EmailSenderForm";
import { ProfileForm } from "@/components/settings/ProfileForm";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { requireUser } from "@/server/auth/session";
import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { getDailySummarySettings } from "@/server/services/daily-summary/get-daily-summary-settings";
import { getUserSender } from "@/server/services/email-settings/get-user-sender";

export const metadata: Metadata = { title: "Profile" };

/** /settings/profile: name and time zone, the user's email sender name and reply-to, the daily summary, and their REST API keys. */
export default async function ProfilePage() {
  const user = await requireUser();
  const now = new Date();
  const day = (date: Date) => formatInZone(date, user.timeZone);
  const sender = await getUserSender(user.id);
  const { isDefault, ...summarySettings } = await getDailySummarySettings(user.id);
  const keys = (await listApiKeys(user)).map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scope: key.scope,
    created: day(key.createdAt),
    // expiresAt is the end of the last day: show that day.
    expires: key.expiresAt ? day(new Date(key.expiresAt.getTime() - 1)) : null,
    lastUsed: key.lastUsedAt ? formatInZone(key.lastUsedAt, user.timeZone, "d MMM yyyy HH:mm") : null,
    revoked: key.revokedAt ? day(key.revokedAt) : null,
    expired: key.expiresAt !== null && key.expiresAt <= now,
  }));
  return (
    <>
      <PageHeader title="Profile" description={user.email} />
      <Card className="max-w-lg p-4">
        <ProfileForm name={user.name} timeZone={user.timeZone} />
      </Card>
      <Card className="mt-6 max-w-lg">
        <CardHeader title="Email sender" />
        <div className="p-4">
          <EmailSenderForm sender={sender} name={user.name} />
        </div>
      </Card>
      <Card className="mt-6 max-w-lg">
        <CardHeader title="Daily summary" />
        <div className="p-4">
          <DailySummaryForm settings={summarySettings} isDefault={isDefault} timeZone={user.timeZone} email={user.email} />
        </div>
      </Card>
      <Card className="mt-6 max-w-3xl">
        <CardHeader title="API keys" />
        <div className="p-4">
          <p className="mb-4 text-sm text-slate-600">
            A key lets another program use the REST API as you, with your role. A read key can only read. See the <a className="text-brand-700 underline" href="/api-docs">API reference</a>.
          </p>
          <ApiKeyManager keys={keys} />
        </div>
      </Card>
    </>
  );
}
