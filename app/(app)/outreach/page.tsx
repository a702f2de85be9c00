import type { Metadata } from "next";
import { LogOutreachButton } from "@/components/outreach/LogOutreachButton";
import { OutreachCounts } from "@/components/outreach/OutreachCounts";
import { OutreachFilters } from "@/components/outreach/OutreachFilters";
import { OutreachTable } from "@/components/outreach/OutreachTable";
import { PageHeader } from "@/components/ui/card";
import { parseOutreachListQuery } from "@/lib/validation/outreach";
import { requireUser } from "@/server/auth/session";
import { countOutreach } from "@/server/services/outreach/count-outreach";
import { listOutreach } from "@/server/services/outreach/list-outreach";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Outreach" };

export default async function OutreachPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = parseOutreachListQuery(await searchParams);
  const [{ rows, total }, counts, users] = await Promise.all([listOutreach(query, user), countOutreach(query, user), listUsers()]);
  return (
    <>
      <PageHeader
        title="Outreach"
        description="Every outbound email, call, DM and visit. Counts follow your time zone; weeks start on Monday."
        actions={<LogOutreachButton />}
      />
      <OutreachCounts counts={counts} query={query} />
      <OutreachFilters query={query} users={users} />
      <OutreachTable rows={rows} total={total} query={query} timeZone={user.timeZone} />
    </>
  );
}
