import type { Metadata } from "next";
import Link from "next/link";
import { RecordTimeline } from "@/components/activities/RecordTimeline";
import { AttachmentsPanel } from "@/components/attachments/AttachmentsPanel";
import { RelatedDeals } from "@/components/deals/RelatedDeals";
import { CompanyRevenuePanel } from "@/components/revenue/CompanyRevenuePanel";
import { CompanyStatusBadge } from "@/components/companies/CompanyStatusBadge";
import { ContactRoleBadges } from "@/components/contacts/ContactRoleBadges";
import { RecordActions, RecordHeader, RecordPage } from "@/components/shared/RecordPage";
import { RecordTasks } from "@/components/tasks/RecordTasks";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardHeader, DetailItem } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { canEdit } from "@/lib/permissions";
import { isWebUrl } from "@/lib/validation/common";
import { contactListSearch, personName } from "@/lib/validation/contact";
import { parseTimelineQuery } from "@/lib/validation/activity";
import { requireUser } from "@/server/auth/session";
import { getCompany } from "@/server/services/companies/get-company";
import { getRecordPanels } from "@/server/services/records/get-record-panels";
import { deleteCompanyAction, restoreCompanyAction } from "../actions";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Company" };

const link = "text-brand-700 hover:underline";

export default async function CompanyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const company = await orNotFound(getCompany(id));
  const editable = canEdit(user, company);
  const deleted = !!company.deletedAt;
  const timelineQuery = parseTimelineQuery(await searchParams);
  const { timeline, tasks, attachments } = await getRecordPanels({ kind: "company", id: company.id }, timelineQuery);

  return (
    <RecordPage
      header={
        <RecordHeader
          crumbs={[{ href: "/companies", label: "Companies" }]}
          title={company.name}
          badges={
            <>
              <CompanyStatusBadge status={company.status} />
              {deleted ? <Badge tone="red">Deleted {formatInZone(company.deletedAt!, user.timeZone)}</Badge> : null}
            </>
          }
          tags={company.tags}
          actions={
            editable ? (
              <RecordActions
                editHref={`/companies/${company.id}/edit`}
                deleted={deleted}
                what="this company"
                onDelete={deleteCompanyAction.bind(null, company.id)}
                onRestore={restoreCompanyAction.bind(null, company.id)}
              />
            ) : null
          }
        />
      }
      timeline={<RecordTimeline subject={{ kind: "company", id: company.id }} timeline={timeline} query={timelineQuery} viewer={user} canLog={!deleted} />}
    >
      <Card>
        <CardHeader title="Details" />
        <dl className="grid gap-4 p-4 sm:grid-cols-2 xl:grid-cols-3">
          <DetailItem label="Website">
            {company.website && isWebUrl(company.website) ? (
              <a className={link} href={company.website} target="_blank" rel="noreferrer noopener">
                {company.website}
              </a>
            ) : (
              company.website
            )}
          </DetailItem>
          <DetailItem label="Domain">{company.domain}</DetailItem>
          <DetailItem label="Industry">{company.industry}</DetailItem>
          <DetailItem label="Size">{company.size}</DetailItem>
          <DetailItem label="Phone">
            {company.phone ? (
              <a className={link} href={`tel:${company.phone}`}>
                {company.phone}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem label="Address">{[company.address, company.city, company.country].filter(Boolean).join(", ") || null}</DetailItem>
          <DetailItem label="Owner">{company.owner?.name}</DetailItem>
          <DetailItem label="Created">{formatInZone(company.createdAt, user.timeZone)}</DetailItem>
          <DetailItem label="Updated">{formatInZone(company.updatedAt, user.timeZone)}</DetailItem>
        </dl>
      </Card>
      <CompanyRevenuePanel company={company} viewer={user} allowNew={!deleted} />
      <RecordTasks link={{ field: "companyId", id: company.id }} tasks={tasks.rows} total={tasks.total} viewer={user} />
      <AttachmentsPanel recordType="company" record={company} attachments={attachments} user={user} />

      <Card>
        <CardHeader
          title={`Contacts (${company.contacts.length})`}
          actions={
            !deleted ? (
              <LinkButton href={`/contacts/new?companyId=${company.id}`} size="sm">
                Add contact
              </LinkButton>
            ) : null
          }
        />
        {company.contacts.length === 0 ? (
          <p className="p-4 text-sm text-slate-500">No contacts yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="company-contacts">
            {company.contacts.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  <Link href={`/contacts/${c.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {personName(c)}
                  </Link>
                  <div className="text-xs break-words text-slate-500">{[c.title, c.email, c.phone].filter(Boolean).join(" · ")}</div>
                </div>
                <ContactRoleBadges isPrimary={c.isPrimary} role={c.role} />
              </li>
            ))}
          </ul>
        )}
        {company._count.contacts > 0 ? (
          <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
            <Link className={link} href={`/contacts${contactListSearch({ view: "deleted", company: company.id })}`}>
              {company._count.contacts} deleted contact{company._count.contacts === 1 ? "" : "s"}
            </Link>
          </p>
        ) : null}
      </Card>

      <RelatedDeals link={{ companyId: company.id }} timeZone={user.timeZone} allowNew={!deleted} />

      <Card>
        <CardHeader title={`Converted leads (${company.leads.length})`} />
        {company.leads.length === 0 ? (
          <p className="p-4 text-sm text-slate-500">No leads were converted into this company.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {company.leads.map((l) => (
              <li key={l.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
                <Link href={`/leads/${l.id}`} className={link}>
                  {l.name}
                </Link>
                <span className="text-xs text-slate-500">
                  {l.contactName ? `${l.contactName} · ` : ""}converted {formatInZone(l.convertedAt!, user.timeZone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </RecordPage>
  );
}
