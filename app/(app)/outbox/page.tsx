import type { Metadata } from "next";
import Link from "next/link";
import { OutboxBanner } from "@/components/email/OutboxBanner";
import { RenderedEmail } from "@/components/email/RenderedEmail";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { formatInZone } from "@/lib/dates";
import { requireUser } from "@/server/auth/session";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import type { SearchParams } from "@/server/page";
import { listOutbox, type OutboxEmail } from "@/server/services/email/list-outbox";

export const metadata: Metadata = { title: "Outbox" };

/** The record an outbox email was sent from, as a link. */
function RecordLink({ email }: { email: OutboxEmail }) {
  if (email.deal) return <Link className="text-brand-700 hover:underline" href={`/deals/${email.deal.id}`}>{email.deal.title}</Link>;
  if (email.lead) return <Link className="text-brand-700 hover:underline" href={`/leads/${email.lead.id}`}>{email.lead.name}</Link>;
  if (email.contact) {
    return <Link className="text-brand-700 hover:underline" href={`/contacts/${email.contact.id}`}>{[email.contact.firstName, email.contact.lastName].filter(Boolean).join(" ")}</Link>;
  }
  return <span className="text-slate-500">No record (test email)</span>;
}

/** /outbox: the emails kept here because RESEND_API_KEY is not set, newest first, 20 a page. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const pageParam = Number((await searchParams).page);
  const { rows, total, page, pageSize } = await listOutbox(Number.isSafeInteger(pageParam) ? pageParam : 1);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <PageHeader title="Outbox" description={`${total} email${total === 1 ? "" : "s"} kept on this server`} />
      <div className="mb-4">
        {isEmailProviderConfigured() ? (
          <p className="text-sm text-slate-600">
            Resend is configured: emails leave through Resend{total > 0 ? "; these were kept here before it was." : " and none are kept here."}
          </p>
        ) : (
          <OutboxBanner providerConfigured={false} />
        )}
      </div>
      {rows.length === 0 && total === 0 ? <p className="text-sm text-slate-500">No emails in the outbox.</p> : null}
      <ul className="space-y-4" data-testid="outbox-list">
        {rows.map((email) => (
          <li key={email.id}>
            <Card>
              <div className="space-y-1 border-b border-slate-200 px-4 py-3 text-sm">
                <p className="font-semibold text-slate-900">{email.subject}</p>
                <p className="text-slate-600">
                  <span className="text-slate-500">To </span>
                  {email.toAddress} <span className="text-slate-500">· from </span>
                  {email.fromAddress}
                  {email.replyTo ? (
                    <>
                      <span className="text-slate-500"> · reply to </span>
                      {email.replyTo}
                    </>
                  ) : null}
                </p>
                <p className="text-slate-600">
                  {formatInZone(email.createdAt, user.timeZone, "d MMM yyyy HH:mm")} <span className="text-slate-500">· </span>
                  <RecordLink email={email} />
                  {email.sentBy ? <span className="text-slate-500"> · by {email.sentBy.name}</span> : null}
                </p>
              </div>
              <div className="p-4">
                <RenderedEmail html={email.html} text={email.text} height="h-64" />
              </div>
            </Card>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="mt-4 flex items-center gap-3 text-sm" aria-label="Pages">
          {page > 1 ? <Link className={buttonClasses("secondary", "sm")} href={`/outbox?page=${page - 1}`}>Newer</Link> : null}
          <span className="text-slate-600">
            Page {page} of {pages}
          </span>
          {page < pages ? <Link className={buttonClasses("secondary", "sm")} href={`/outbox?page=${page + 1}`}>Older</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
