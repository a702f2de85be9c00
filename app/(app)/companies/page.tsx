import type { Metadata } from "next";
import { CompanyFilters } from "@/components/companies/CompanyFilters";
import { CompanyTable } from "@/components/companies/CompanyTable";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { companyListSearch, parseCompanyListQuery } from "@/lib/validation/company";
import { requireUser } from "@/server/auth/session";
import { getCompanyFilterOptions } from "@/server/services/companies/company-filter-options";
import { listCompanies } from "@/server/services/companies/list-companies";
import { getExchangeRates } from "@/server/services/revenue/get-exchange-rates";
import { listProjectTypes } from "@/server/services/revenue/list-project-types";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = parseCompanyListQuery(await searchParams);
  const [{ rows, total }, users, options, projectTypes, rates] = await Promise.all([
    listCompanies(query, user),
    listUsers(),
    getCompanyFilterOptions(),
    listProjectTypes({ includeArchived: true }),
    getExchangeRates(),
  ]);
  return (
    <>
      <PageHeader
        title="Companies"
        description={`${total.toLocaleString("en")} ${query.view === "deleted" ? "deleted " : ""}compan${total === 1 ? "y" : "ies"}`}
        actions={
          <>
            <LinkButton href={`/companies/export${companyListSearch({ ...query, page: 1 })}`} prefetch={false}>
              Export CSV
            </LinkButton>
            <LinkButton href="/companies/new" variant="primary">
              New company
            </LinkButton>
          </>
        }
      />
      <CompanyFilters query={query} users={users} options={options} projectTypes={projectTypes} baseCurrency={rates.base} />
      <CompanyTable rows={rows} total={total} query={query} timeZone={user.timeZone} baseCurrency={rates.base} />
    </>
  );
}
