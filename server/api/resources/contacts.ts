import { contactFormDefaults } from "@/components/contacts/contact-form-defaults";
import { contactInputSchema, contactListQuerySchema } from "@/lib/validation/contact";
import { createContact } from "@/server/services/contacts/create-contact";
import { getContact, type ContactDetail } from "@/server/services/contacts/get-contact";
import type { ContactRow } from "@/server/services/contacts/list-contacts";
import { listContactsPage } from "@/server/services/contacts/list-contacts-page";
import { restoreContact } from "@/server/services/contacts/restore-contact";
import { softDeleteContact } from "@/server/services/contacts/soft-delete-contact";
import { updateContact } from "@/server/services/contacts/update-contact";
import { createOperation, deleteOperation, getOperation, itemActionOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { contactRowSchema, contactSchema } from "../schemas/contact-schemas";

const contactFilters = contactListQuerySchema.omit({ sort: true, dir: true, page: true, pageSize: true });

const contacts: ApiResource<ContactRow, ContactDetail, typeof contactFilters> = {
  path: "contacts",
  name: "Contact",
  tag: "Contacts",
  rowSchema: contactRowSchema,
  detailSchema: contactSchema,
  list: { filters: contactFilters, updatedSince: true, run: (actor, query) => listContactsPage(actor, query) },
  get: (_actor, id) => getContact(id),
};

/** /api/v1/contacts: the contacts list's filters; the contact form; soft delete and restore. */
export const contactOperations = {
  list: listOperation(contacts),
  create: createOperation(contacts, {
    schema: contactInputSchema,
    description: "The contact form's fields. `isPrimary` (or role PRIMARY) makes it its company's one primary contact. SALES keys always own what they create.",
    run: (actor, input) => createContact(actor, input),
  }),
  get: getOperation(contacts),
  update: updateOperation(contacts, {
    schema: contactInputSchema,
    current: (contact) => contactFormDefaults(contact, contact.ownerId ?? "").values,
    run: (actor, id, input) => updateContact(actor, id, input),
  }),
  remove: deleteOperation(contacts, { description: "Soft delete: the contact leaves the lists and can be restored.", run: softDeleteContact }),
  restore: itemActionOperation(contacts, { name: "restore", operationId: "restoreContact", summary: "Restore a deleted contact", problems: [], run: (actor, id) => restoreContact(actor, id) }),
};
