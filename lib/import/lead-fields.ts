import type { LeadInput } from "@/lib/validation/lead";

/**
 * The lead fields a CSV column can be mapped to: every field of the lead form except the
 * stage and the owner (imported leads start in the first stage, owned by the importing user).
 */
export const LEAD_IMPORT_FIELD_KEYS = [
  "name",
  "contactName",
  "email",
  "phone",
  "website",
  "hasWebsite",
  "websiteIssues",
  "demoSiteBuilt",
  "niche",
  "source",
  "address",
  "city",
  "country",
  "rating",
  "reviewCount",
  "mapsUrl",
  "externalId",
  "temperature",
  "score",
  "nextActionDay",
  "estimatedValue",
  "currency",
  "notes",
  "tags",
] as const satisfies readonly (keyof LeadInput)[];

export type LeadImportField = (typeof LEAD_IMPORT_FIELD_KEYS)[number];

/**
 * How a cell's text becomes a lead input value before the lead schema validates it:
 * - text: as is; choice: upper-cased with spaces and hyphens as "_" ("not mobile friendly" → NOT_MOBILE_FRIENDLY);
 * - number / integer: "4.400000", "4,5", "1,056", "€1,200.50" are read as numbers;
 * - boolean: yes/no, true/false, y/n, 1/0;
 * - list / choiceList: split on "," ";" or "|";
 * - country: a two-letter ISO 3166 code becomes the English country name ("CY" → "Cyprus").
 * Text that cannot be read is passed on unchanged so the schema's message names the problem.
 */
export type LeadImportFieldKind = "text" | "choice" | "number" | "integer" | "boolean" | "list" | "choiceList" | "country";

export type LeadImportFieldInfo = {
  label: string;
  kind: LeadImportFieldKind;
  /** Column names (compared lower-cased, ignoring spaces, "_", "-" and ".") suggested for this field. */
  aliases: readonly string[];
};

export const LEAD_IMPORT_FIELDS: Record<LeadImportField, LeadImportFieldInfo> = {
  name: { label: "Business name", kind: "text", aliases: ["name", "business name", "business", "company", "company name", "title", "organization"] },
  contactName: { label: "Contact person", kind: "text", aliases: ["contact", "contact name", "contact person", "full name", "person"] },
  email: { label: "Email", kind: "text", aliases: ["email", "e-mail", "email address", "mail"] },
  phone: { label: "Phone", kind: "text", aliases: ["phone", "phone number", "telephone", "tel", "mobile"] },
  website: { label: "Website", kind: "text", aliases: ["website", "web", "url", "site", "homepage", "web site"] },
  hasWebsite: { label: "Has website", kind: "boolean", aliases: ["has website"] },
  websiteIssues: { label: "Website issues", kind: "choiceList", aliases: ["website issues", "issues"] },
  demoSiteBuilt: { label: "Demo site built", kind: "boolean", aliases: ["demo site built", "demo site", "demo built"] },
  niche: { label: "Niche", kind: "text", aliases: ["niche", "category", "industry", "business type", "type"] },
  source: { label: "Source", kind: "text", aliases: ["source", "lead source"] },
  address: { label: "Address", kind: "text", aliases: ["address", "street", "street address", "full address"] },
  city: { label: "City", kind: "text", aliases: ["city", "town", "locality"] },
  country: { label: "Country", kind: "country", aliases: ["country", "country code"] },
  rating: { label: "Rating (0–5)", kind: "number", aliases: ["rating", "review rating", "stars", "average rating"] },
  reviewCount: { label: "Review count", kind: "integer", aliases: ["review count", "reviews", "number of reviews", "reviews count"] },
  mapsUrl: { label: "Maps URL", kind: "text", aliases: ["maps url", "google maps url", "maps link", "google maps link"] },
  externalId: { label: "External id", kind: "text", aliases: ["external id", "place id", "data id", "google place id"] },
  temperature: { label: "Temperature", kind: "choice", aliases: ["temperature", "temp"] },
  score: { label: "Score (0–100)", kind: "integer", aliases: ["score", "lead score"] },
  nextActionDay: { label: "Next action day", kind: "text", aliases: ["next action", "next action day", "next action date", "follow up", "follow up date"] },
  estimatedValue: { label: "Estimated value", kind: "number", aliases: ["estimated value", "value", "deal value"] },
  currency: { label: "Currency", kind: "text", aliases: ["currency"] },
  notes: { label: "Notes", kind: "text", aliases: ["notes", "note", "comments", "comment", "description"] },
  tags: { label: "Tags", kind: "list", aliases: ["tags", "tag", "labels"] },
};
