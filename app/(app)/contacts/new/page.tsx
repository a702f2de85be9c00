import type { Metadata } from "next";
import { ContactForm } from "@/components/contacts/ContactForm";
import { contactFormDefaults } from "@/components/contacts/contact-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { getCompanyOption } from "@/server/services/companies/get-company-option";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "New contact" };

/** /contacts/new, optionally ?companyId=… to start in that company (e.g. "Add contact" on a company page). */
export default async function NewContactPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { companyId } = await searchParams;
  const [users, preselected] = await Promise.all([
    listUsers(),
    typeof companyId === "string" && companyId ? getCompanyOption(companyId.slice(0, 64)) : null,
  ]);
  const { values, company: picked } = contactFormDefaults(null, user.id, preselected);
  return (
    <>
      <PageHeader title={preselected ? `New contact at ${preselected.name}` : "New contact"} />
      <ContactForm defaults={values} defaultCompany={picked} users={users} viewerRole={user.role} />
    </>
  );
}
