import type { CompanyInput } from "@/lib/validation/company";
import type { CompanyDetail } from "@/server/services/companies/get-company";

/** The company form's values: an existing company's, or blanks owned by `ownerId`. */
export function companyFormDefaults(company: CompanyDetail | null, ownerId: string): CompanyInput {
  if (!company) return { name: "", status: "PROSPECT", ownerId, tags: [] };
  return {
    name: company.name,
    domain: company.domain,
    website: company.website,
    industry: company.industry,
    size: company.size,
    address: company.address,
    city: company.city,
    country: company.country,
    phone: company.phone,
    status: company.status,
    ownerId: company.ownerId,
    tags: company.tags.map((t) => t.name),
  };
}
