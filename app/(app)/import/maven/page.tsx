import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MavenImportProgress } from "@/components/import/MavenImportProgress";
import { MavenImportSummary } from "@/components/import/MavenImportSummary";
import { MavenImportWizard } from "@/components/import/MavenImportWizard";
import { Card, PageHeader } from "@/components/ui/card";
import { jobIdSchema } from "@/lib/validation/import";
import { requireUser } from "@/server/auth/session";
import { getMavenImportSummary } from "@/server/services/imports/maven/get-maven-import-summary";
import { getJob } from "@/server/services/jobs/get-job";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Import the Maven CRM dataset" };

const TITLE = "Import the Maven CRM dataset";

/**
 * /import/maven: the Maven import (admins only), or with ?job=<id> the progress and, once done,
 * the summary of that import job (so a reload or a shared link shows it again).
 */
export default async function MavenImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { job: jobParam } = await searchParams;
  if (jobParam !== undefined) {
    const jobId = jobIdSchema.safeParse(jobParam);
    if (!jobId.success) notFound();
    const job = await orNotFound(getJob(user, jobId.data));
    if (job.type !== "MAVEN_IMPORT") notFound();
    const finished = job.status !== "QUEUED" && job.status !== "RUNNING";
    return (
      <>
        <PageHeader title={TITLE} description="The import runs on the server; you can leave this page and come back." />
        <MavenImportProgress initial={job}>
          {finished ? <MavenImportSummary summary={await getMavenImportSummary(user, job.id)} /> : null}
        </MavenImportProgress>
      </>
    );
  }
  const description = "Companies, sales agents and 8,800 opportunities of the Maven Analytics “CRM + Sales Opportunities” sample data, as a deal pipeline “Maven”.";
  if (user.role !== "ADMIN") {
    return (
      <>
        <PageHeader title={TITLE} description={description} />
        <Card className="p-5 text-sm text-slate-700">Only an admin can import the Maven dataset: it creates users for the sales agents.</Card>
      </>
    );
  }
  const users = (await listUsers()).flatMap((u) => (u.email && u.canSignIn ? [{ email: u.email, name: u.name }] : []));
  return (
    <>
      <PageHeader title={TITLE} description={description} />
      <MavenImportWizard users={users} />
    </>
  );
}
