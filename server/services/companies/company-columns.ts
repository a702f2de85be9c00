import { websiteDomain } from "@/lib/leads/normalize";
import type { CompanyData } from "@/lib/validation/company";

/** The scalar columns written for a validated company; a blank domain is derived from the website. */
export function companyColumns(data: CompanyData) {
  return {
    name: data.name,
    domain: data.domain ?? websiteDomain(data.website),
    website: data.website,
    industry: data.industry,
    size: data.size,
    address: data.address,
    city: data.city,
    country: data.country,
    phone: data.phone,
    status: data.status,
  };
}
