import { z } from "zod";
import { COMPANY_STATUSES, CONTACT_ROLES } from "@/lib/enums";
import { id, instant, minorUnits, optionalInstant, optionalRefId, optionalText, tagRef, userRef } from "./common-schemas";

const companyFields = {
  id,
  name: z.string(),
  domain: optionalText,
  website: optionalText,
  industry: optionalText,
  size: optionalText,
  address: optionalText,
  city: optionalText,
  country: optionalText,
  phone: optionalText,
  status: z.enum(COMPANY_STATUSES),
  mrr: minorUnits.meta({ description: "Current MRR in minor units of the base currency (Settings → Revenue)" }),
  lifetimeRevenue: minorUnits.meta({ description: "Paid projects plus recurring revenue billed to date, minor units of the base currency" }),
  hostingActive: z.boolean().meta({ description: "A hosting line is active now" }),
  saasActive: z.boolean().meta({ description: "A SaaS line is active now" }),
  ownerId: optionalRefId,
  createdAt: instant,
  updatedAt: instant,
  deletedAt: optionalInstant.meta({ description: "Set when soft-deleted (restore with POST …/restore)" }),
  owner: userRef.nullable(),
  tags: z.array(tagRef),
};

/** A company as the companies list answers it (companyRowSelect). */
export const companyRowSchema = z
  .strictObject({ ...companyFields, _count: z.strictObject({ contacts: z.number().int().meta({ description: "Active contacts" }) }) })
  .meta({ id: "CompanyRow" });

/** A company with its active contacts and the leads converted into it (getCompany). */
export const companySchema = z
  .strictObject({
    ...companyFields,
    _count: z.strictObject({ contacts: z.number().int().meta({ description: "Soft-deleted contacts" }) }),
    contacts: z.array(
      z.strictObject({
        id,
        firstName: z.string(),
        lastName: optionalText,
        email: optionalText,
        phone: optionalText,
        title: optionalText,
        isPrimary: z.boolean(),
        role: z.enum(CONTACT_ROLES).nullable(),
      }),
    ),
    leads: z.array(z.strictObject({ id, name: z.string(), contactName: optionalText, convertedAt: optionalInstant })),
  })
  .meta({ id: "Company" });
