import type { TemplateContext } from "./template-variables";

/** The lead fields a template may show. */
export type LeadForTemplate = {
  name: string;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  city: string | null;
  country: string | null;
  niche: string | null;
};

/** The contact fields a template may show, with its company's. */
export type ContactForTemplate = {
  firstName: string;
  lastName: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  company: { name: string; website: string | null; domain: string | null; city: string | null; country: string | null; industry: string | null } | null;
};

/** The sending user. */
export type SenderForTemplate = { name: string; email: string | null };

const clean = (value: string | null | undefined) => value?.trim() ?? "";

/** "Maria del Mar Georgiou" → ["Maria", "del Mar Georgiou"]: the first word, and the rest. */
function splitName(name: string | null | undefined): [string, string] {
  const [first = "", ...rest] = clean(name).split(/\s+/);
  return [first, rest.join(" ")];
}

/**
 * The values of every template variable for a message to a lead or to a contact (with its
 * company), sent by `sender`. A lead's person is its contact name (first word: first name); a
 * contact's business is its company (website, else its domain; industry as niche; phone, else
 * mobile). With neither a lead nor a contact (a template tried on nobody) only the sender's
 * variables have values. Missing values are "" so that `| default:` applies.
 */
export function buildTemplateContext({ lead, contact, sender }: { lead?: LeadForTemplate | null; contact?: ContactForTemplate | null; sender: SenderForTemplate }): TemplateContext {
  const [senderFirstName] = splitName(sender.name);
  const senderValues = { senderName: clean(sender.name), senderFirstName, senderEmail: clean(sender.email) };
  if (lead) {
    const [firstName, lastName] = splitName(lead.contactName);
    return {
      firstName,
      lastName,
      fullName: clean(lead.contactName),
      jobTitle: "",
      businessName: clean(lead.name),
      email: clean(lead.email),
      phone: clean(lead.phone),
      website: clean(lead.website),
      city: clean(lead.city),
      country: clean(lead.country),
      niche: clean(lead.niche),
      ...senderValues,
    };
  }
  const company = contact?.company;
  const firstName = clean(contact?.firstName);
  const lastName = clean(contact?.lastName);
  return {
    firstName,
    lastName,
    fullName: [firstName, lastName].filter(Boolean).join(" "),
    jobTitle: clean(contact?.title),
    businessName: clean(company?.name),
    email: clean(contact?.email),
    phone: clean(contact?.phone) || clean(contact?.mobile),
    website: clean(company?.website) || clean(company?.domain),
    city: clean(company?.city),
    country: clean(company?.country),
    niche: clean(company?.industry),
    ...senderValues,
  };
}
