import type { Metadata } from "next";
import { ContactFilters } from "@/components/contacts/ContactFilters";
import { ContactTable } from "@/components/contacts/ContactTable";
import { SaveSegmentButton } from "@/components/campaigns/SaveSegmentButton";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { contactListSearch, parseContactListQuery } from "@/lib/validation/contact";
import { requireUser } from "@/server/auth/session";
import { getContactFilterOptions } from "@/server/services/contacts/contact-filter-options";
import { listContacts } from "@/server/services/contacts/list-contacts";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = parseContactListQuery(await searchParams);
  const [{ rows, total }, users, options] = await Promise.all([listContacts(query, user), listUsers(), getContactFilterOptions(query.company)]);
  const newHref = query.company && query.company !== "none" ? `/contacts/new?companyId=${encodeURIComponent(query.company)}` : "/contacts/new";
  return (
    <>
      <PageHeader
        title="Contacts"
        description={`${total.toLocaleString("en")} ${query.view === "deleted" ? "deleted " : ""}contact${total === 1 ? "" : "s"}`}
        actions={
          <>
            <LinkButton href={`/contacts/export${contactListSearch({ ...query, page: 1 })}`} prefetch={false}>
              Export CSV
            </LinkButton>
            <SaveSegmentButton kind="CONTACTS" />
            <LinkButton href={newHref} variant="primary">
              New contact
            </LinkButton>
          </>
        }
      />
      <ContactFilters query={query} users={users} options={options} />
      <ContactTable rows={rows} total={total} query={query} timeZone={user.timeZone} />
    </>
  );
}
