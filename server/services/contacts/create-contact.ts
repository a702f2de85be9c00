import { contactInputSchema, type ContactInput } from "@/lib/validation/contact";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import { ownerForNewRecord, type Actor } from "@/server/services/permissions";
import { insertContact } from "./insert-contact";

/**
 * Creates a contact, optionally in a company. SALES users always own the contacts they create.
 * The company's first contact, or one created as primary, becomes its only primary contact.
 * @throws ValidationError for invalid input, an unknown or deleted company, or an unknown owner.
 */
export async function createContact(actor: Actor, input: ContactInput): Promise<{ id: string }> {
  const data = parseOrThrow(contactInputSchema, input);
  const contact = await getDb().$transaction((tx) => insertContact(tx, { actorId: actor.id, ownerId: ownerForNewRecord(actor, data.ownerId) }, data));
  return { id: contact.id };
}
