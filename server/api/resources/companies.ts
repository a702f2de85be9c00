import { companyFormDefaults } from "@/components/companies/company-form-defaults";
import { companyInputSchema, companyListQuerySchema } from "@/lib/validation/company";
import { createCompany } from "@/server/services/companies/create-company";
import { getCompany, type CompanyDetail } from "@/server/services/companies/get-company";
import type { CompanyRow } from "@/server/services/companies/list-companies";
import { listCompaniesPage } from "@/server/services/companies/list-companies-page";
import { restoreCompany } from "@/server/services/companies/restore-company";
import { softDeleteCompany } from "@/server/services/companies/soft-delete-company";
import { updateCompany } from "@/server/services/companies/update-company";
import { createOperation, deleteOperation, getOperation, itemActionOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { companyRowSchema, companySchema } from "../schemas/company-schemas";

const companyFilters = companyListQuerySchema.omit({ sort: true, dir: true, page: true, pageSize: true });

const companies: ApiResource<CompanyRow, CompanyDetail, typeof companyFilters> = {
  path: "companies",
  name: "Company",
  tag: "Companies",
  rowSchema: companyRowSchema,
  detailSchema: companySchema,
  list: { filters: companyFilters, updatedSince: true, run: (actor, query) => listCompaniesPage(actor, query) },
  get: (_actor, id) => getCompany(id),
};

/** /api/v1/companies: the companies list's filters (`view=deleted` for soft-deleted ones); the company form; soft delete and restore. */
export const companyOperations = {
  list: listOperation(companies),
  create: createOperation(companies, {
    schema: companyInputSchema,
    description: "The company form's fields; `domain` is derived from `website` when left out. SALES keys always own what they create.",
    run: (actor, input) => createCompany(actor, input),
  }),
  get: getOperation(companies),
  update: updateOperation(companies, {
    schema: companyInputSchema,
    description: "A deleted company must be restored first (409).",
    current: (company) => companyFormDefaults(company, company.ownerId ?? ""),
    run: (actor, id, input) => updateCompany(actor, id, input),
  }),
  remove: deleteOperation(companies, { description: "Soft delete: the company leaves the lists and can be restored; its contacts stay.", run: softDeleteCompany }),
  restore: itemActionOperation(companies, { name: "restore", operationId: "restoreCompany", summary: "Restore a deleted company", problems: [], run: (actor, id) => restoreCompany(actor, id) }),
};
