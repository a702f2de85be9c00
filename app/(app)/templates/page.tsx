import type { Metadata } from "next";
import { TemplateFilters } from "@/components/templates/TemplateFilters";
import { TemplateList } from "@/components/templates/TemplateList";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { parseTemplateListQuery } from "@/lib/validation/template-list";
import { requireUser } from "@/server/auth/session";
import { ensureDefaultTemplates } from "@/server/services/templates/ensure-default-templates";
import { listTemplates } from "@/server/services/templates/list-templates";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const query = parseTemplateListQuery(await searchParams);
  await ensureDefaultTemplates();
  const { rows, total } = await listTemplates(query);
  return (
    <>
      <PageHeader
        title="Templates"
        description="Emails, DMs and call scripts with variables such as {{ firstName }}. Starred ones come first."
        actions={
          <LinkButton href="/templates/new" variant="primary">
            New template
          </LinkButton>
        }
      />
      <TemplateFilters query={query} />
      <TemplateList rows={rows} total={total} />
    </>
  );
}
