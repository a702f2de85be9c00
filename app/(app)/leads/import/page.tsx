import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportJobProgress } from "@/components/import/ImportJobProgress";
import { LeadImportWizard } from "@/components/import/LeadImportWizard";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { jobIdSchema } from "@/lib/validation/import";
import { requireUser } from "@/server/auth/session";
import { listImportMappings } from "@/server/services/imports/list-import-mappings";
import { getJob } from "@/server/services/jobs/get-job";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Import leads" };

/**
 * /leads/import: the import wizard, or with ?job=<id> the progress of that import job (so a
 * reload or a shared link shows it again).
 */
export default async function ImportLeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { job: jobParam } = await searchParams;
  if (jobParam !== undefined) {
    const jobId = jobIdSchema.safeParse(jobParam);
    if (!jobId.success) notFound();
    const job = await orNotFound(getJob(user, jobId.data));
    return (
      <>
        <PageHeader title="Import leads" description="The import runs on the server; you can leave this page and come back." />
        <ImportJobProgress initial={job} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Import leads"
        description="Add leads from a CSV file: a scraper export, a spreadsheet or another CRM."
        actions={user.role === "ADMIN" ? <LinkButton href="/import/maven">Import the Maven CRM dataset</LinkButton> : null}
      />
      <LeadImportWizard savedMappings={await listImportMappings()} />
    </>
  );
}
