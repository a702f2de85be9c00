import type { Metadata } from "next";
import { LeadFilters } from "@/components/leads/LeadFilters";
import { LeadTable } from "@/components/leads/LeadTable";
import { LeadViewTabs } from "@/components/leads/LeadViewTabs";
import { SaveSegmentButton } from "@/components/campaigns/SaveSegmentButton";
import { EnrolInSequenceButton } from "@/components/sequences/EnrolInSequenceButton";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { leadListSearch, parseLeadListQuery } from "@/lib/validation/lead-list";
import { requireUser } from "@/server/auth/session";
import { getLeadFilterOptions } from "@/server/services/leads/lead-filter-options";
import { listLeads } from "@/server/services/leads/list-leads";
import { listLeadStages } from "@/server/services/pipelines/list-lead-stages";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = parseLeadListQuery(await searchParams);
  const [{ rows, total }, stages, users, options] = await Promise.all([
    listLeads(query, user),
    listLeadStages(),
    listUsers(),
    getLeadFilterOptions(),
  ]);
  return (
    <>
      <PageHeader
        title="Leads"
        description={`${total.toLocaleString("en")} ${query.view === "converted" ? "converted" : "open"} lead${total === 1 ? "" : "s"}`}
        actions={
          <>
            <LinkButton href={`/leads/export${leadListSearch({ ...query, page: 1, hide: [] })}`} prefetch={false}>
              Export CSV
            </LinkButton>
            <SaveSegmentButton kind="LEADS" />
            {/* Every lead these filters match (the dialog says so), not only the rows on this page; the
                action's schema drops paging, sorting and columns. */}
            {total > 0 && query.view !== "converted" ? (
              <EnrolInSequenceButton size="md" label={`Enrol all ${total.toLocaleString("en")} in sequence…`} leadFilters={query} />
            ) : null}
            <LinkButton href="/leads/import">Import</LinkButton>
            <LinkButton href="/leads/new" variant="primary">
              New lead
            </LinkButton>
          </>
        }
      />
      <LeadViewTabs query={query} />
      <LeadFilters query={query} stages={stages} users={users} options={options} />
      <LeadTable
        rows={rows}
        total={total}
        query={query}
        stages={stages}
        users={users}
        viewer={{ id: user.id, role: user.role, timeZone: user.timeZone }}
      />
    </>
  );
}
