import { z } from "zod";
import { CONTACT_ROLES } from "@/lib/enums";
import { SUBSCRIPTION_STATUSES } from "@/lib/validation/contact";
import { id, instant, optionalInstant, optionalRefId, optionalText, tagRef, userRef } from "./common-schemas";

/** A contact as the contacts list answers it (contactRowSelect). */
export const contactRowSchema = z
  .strictObject({
    id,
    firstName: z.string(),
    lastName: optionalText,
    email: optionalText,
    phone: optionalText,
    mobile: optionalText,
    title: optionalText,
    department: optionalText,
    isPrimary: z.boolean(),
    role: z.enum(CONTACT_ROLES).nullable(),
    emailStatus: z.enum(SUBSCRIPTION_STATUSES),
    smsStatus: z.enum(SUBSCRIPTION_STATUSES),
    ownerId: optionalRefId,
    createdAt: instant,
    updatedAt: instant,
    deletedAt: optionalInstant.meta({ description: "Set when soft-deleted (restore with POST …/restore)" }),
    company: z.strictObject({ id, name: z.string(), deletedAt: optionalInstant }).nullable(),
    owner: userRef.nullable(),
    tags: z.array(tagRef),
  })
  .meta({ id: "ContactRow" });

/** A contact with the leads converted into it (getContact). */
export const contactSchema = contactRowSchema
  .extend({ companyId: optionalRefId, leads: z.array(z.strictObject({ id, name: z.string(), convertedAt: optionalInstant })) })
  .meta({ id: "Contact" });
