import type { Metadata } from "next";
import Link from "next/link";
import { RecordTimeline } from "@/components/activities/RecordTimeline";
import { AttachmentsPanel } from "@/components/attachments/AttachmentsPanel";
import { RelatedDeals } from "@/components/deals/RelatedDeals";
import { SendEmailButton } from "@/components/email/SendEmailButton";
import { OneClickOutreach } from "@/components/outreach/OneClickOutreach";
import { ContactRoleBadges } from "@/components/contacts/ContactRoleBadges";
import { RecordSequencesCard } from "@/components/sequences/RecordSequencesCard";
import { RecordActions, RecordHeader, RecordPage } from "@/components/shared/RecordPage";
import { RecordTasks } from "@/components/tasks/RecordTasks";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, DetailItem } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { enumLabel } from "@/lib/enums";
import { canEdit } from "@/lib/permissions";
import { personName } from "@/lib/validation/contact";
import { parseTimelineQuery } from "@/lib/validation/activity";
import { requireUser } from "@/server/auth/session";
import { isEmailProviderConfigured } from "@/server/email/resend-client";
import { getContact } from "@/server/services/contacts/get-contact";
import { getRecordPanels } from "@/server/services/records/get-record-panels";
import { deleteContactAction, restoreContactAction } from "../actions";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Contact" };

const link = "text-brand-700 hover:underline";

export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const contact = await orNotFound(getContact(id));
  const editable = canEdit(user, contact);
  const deleted = !!contact.deletedAt;
  const timelineQuery = parseTimelineQuery(await searchParams);
  const { timeline, tasks, attachments } = await getRecordPanels({ kind: "contact", id: contact.id }, timelineQuery);

  return (
    <RecordPage
      header={
        <RecordHeader
          crumbs={[{ href: "/contacts", label: "Contacts" }, ...(contact.company ? [{ href: `/companies/${contact.company.id}`, label: contact.company.name }] : [])]}
          title={personName(contact)}
          badges={
            <>
              <ContactRoleBadges isPrimary={contact.isPrimary} role={contact.role} />
              {deleted ? <Badge tone="red">Deleted {formatInZone(contact.deletedAt!, user.timeZone)}</Badge> : null}
              {contact.emailStatus === "UNSUBSCRIBED" ? <Badge tone="amber">Email unsubscribed</Badge> : null}
              {contact.smsStatus === "UNSUBSCRIBED" ? <Badge tone="amber">SMS unsubscribed</Badge> : null}
            </>
          }
          tags={contact.tags}
          actions={
            <div className="flex flex-wrap items-start gap-2">
              {deleted ? null : <SendEmailButton record={{ contactId: contact.id }} name={personName(contact)} providerConfigured={isEmailProviderConfigured()} />}
              {deleted ? null : <OneClickOutreach record={{ contactId: contact.id }} name={personName(contact)} channels={["WHATSAPP", "SMS", "CALL"]} />}
              {editable ? (
                <RecordActions
                  editHref={`/contacts/${contact.id}/edit`}
                  deleted={deleted}
                  what="this contact"
                  onDelete={deleteContactAction.bind(null, contact.id)}
                  onRestore={restoreContactAction.bind(null, contact.id)}
                />
              ) : null}
            </div>
          }
        />
      }
      timeline={<RecordTimeline subject={{ kind: "contact", id: contact.id }} timeline={timeline} query={timelineQuery} viewer={user} canLog={!deleted} />}
    >
      <Card>
        <CardHeader title="Details" />
        <dl className="grid gap-4 p-4 sm:grid-cols-2 xl:grid-cols-3">
          <DetailItem label="Company">
            {contact.company ? (
              <Link className={link} href={`/companies/${contact.company.id}`}>
                {contact.company.name}
                {contact.company.deletedAt ? " (deleted)" : ""}
              </Link>
            ) : null}
          </DetailItem>
          <DetailItem label="Job title">{contact.title}</DetailItem>
          <DetailItem label="Department">{contact.department}</DetailItem>
          <DetailItem label="Email">
            {contact.email ? (
              <a className={link} href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem label="Phone">
            {contact.phone ? (
              <a className={link} href={`tel:${contact.phone}`}>
                {contact.phone}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem label="Mobile">
            {contact.mobile ? (
              <a className={link} href={`tel:${contact.mobile}`}>
                {contact.mobile}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem label="Email subscription">{enumLabel(contact.emailStatus)}</DetailItem>
          <DetailItem label="SMS subscription">{enumLabel(contact.smsStatus)}</DetailItem>
          <DetailItem label="Owner">{contact.owner?.name}</DetailItem>
          <DetailItem label="Created">{formatInZone(contact.createdAt, user.timeZone)}</DetailItem>
          <DetailItem label="Updated">{formatInZone(contact.updatedAt, user.timeZone)}</DetailItem>
        </dl>
      </Card>
      <RecordTasks link={{ field: "contactId", id: contact.id }} tasks={tasks.rows} total={tasks.total} viewer={user} />
      <RecordSequencesCard record={{ contactId: contact.id }} viewer={user} />
      <RelatedDeals link={{ contactId: contact.id }} timeZone={user.timeZone} allowNew={!deleted} />
      <AttachmentsPanel recordType="contact" record={contact} attachments={attachments} user={user} />

      {contact.leads.length ? (
        <Card>
          <CardHeader title={`Converted leads (${contact.leads.length})`} />
          <ul className="divide-y divide-slate-100">
            {contact.leads.map((l) => (
              <li key={l.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
                <Link href={`/leads/${l.id}`} className={link}>
                  {l.name}
                </Link>
                <span className="text-xs text-slate-500">converted {formatInZone(l.convertedAt!, user.timeZone)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </RecordPage>
  );
}
