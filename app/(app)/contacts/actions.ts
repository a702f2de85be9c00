"use server";

import { revalidatePath } from "next/cache";
import type { ContactInput } from "@/lib/validation/contact";
import { runAction } from "@/server/action";
import { createContact } from "@/server/services/contacts/create-contact";
import { restoreContact } from "@/server/services/contacts/restore-contact";
import { softDeleteContact } from "@/server/services/contacts/soft-delete-contact";
import { updateContact } from "@/server/services/contacts/update-contact";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

// A contact's primary flag shows on its company's page, so company pages are revalidated too.

export async function createContactAction(input: ContactInput) {
  return runAction(async (user) => {
    const contact = await createContact(user, input);
    revalidatePath("/contacts");
    revalidatePath("/companies", "layout");
    return contact;
  });
}

export async function updateContactAction(contactId: string, input: ContactInput) {
  return runAction(async (user) => {
    await updateContact(user, idOf(contactId), input);
    revalidatePath("/contacts", "layout");
    revalidatePath("/companies", "layout");
    return { id: idOf(contactId) };
  });
}

/** Soft delete (the contact page offers Restore afterwards). */
export async function deleteContactAction(contactId: string) {
  return runAction(async (user) => {
    await softDeleteContact(user, idOf(contactId));
    revalidatePath("/contacts", "layout");
    revalidatePath("/companies", "layout");
    return { id: idOf(contactId) };
  });
}

export async function restoreContactAction(contactId: string) {
  return runAction(async (user) => {
    await restoreContact(user, idOf(contactId));
    revalidatePath("/contacts", "layout");
    revalidatePath("/companies", "layout");
    return { id: idOf(contactId) };
  });
}
