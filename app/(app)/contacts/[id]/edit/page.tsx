import type { Metadata } from "next";
import { ContactForm } from "@/components/contacts/ContactForm";
import { contactFormDefaults } from "@/components/contacts/contact-form-defaults";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { personName } from "@/lib/validation/contact";
import { requireUser } from "@/server/auth/session";
import { getContact } from "@/server/services/contacts/get-contact";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound } from "@/server/page";

export const metadata: Metadata = { title: "Edit contact" };

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const contact = await orNotFound(getContact(id));
  const title = `Edit ${personName(contact)}`;
  if (!canEdit(user, contact) || contact.deletedAt) {
    return (
      <>
        <PageHeader title={title} />
        <Card className="space-y-3 p-4 text-sm text-slate-700">
          <p>
            {contact.deletedAt
              ? "This contact is deleted. Restore it before editing."
              : "Only the owner, a manager or an admin can change this contact."}
          </p>
          <LinkButton href={`/contacts/${contact.id}`}>Back to the contact</LinkButton>
        </Card>
      </>
    );
  }
  const users = await listUsers();
  const { values, company } = contactFormDefaults(contact, user.id);
  return (
    <>
      <PageHeader title={title} />
      <ContactForm contactId={contact.id} defaults={values} defaultCompany={company} users={users} viewerRole={user.role} />
    </>
  );
}
