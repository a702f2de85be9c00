"use server";

import { revalidatePath } from "next/cache";
import type { CompanyInput } from "@/lib/validation/company";
import { runAction } from "@/server/action";
import { createCompany } from "@/server/services/companies/create-company";
import { restoreCompany } from "@/server/services/companies/restore-company";
import { searchCompanies } from "@/server/services/companies/search-companies";
import { softDeleteCompany } from "@/server/services/companies/soft-delete-company";
import { updateCompany } from "@/server/services/companies/update-company";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");

export async function createCompanyAction(input: CompanyInput) {
  return runAction(async (user) => {
    const company = await createCompany(user, input);
    revalidatePath("/companies");
    return company;
  });
}

export async function updateCompanyAction(companyId: string, input: CompanyInput) {
  return runAction(async (user) => {
    await updateCompany(user, idOf(companyId), input);
    revalidatePath("/companies");
    revalidatePath(`/companies/${idOf(companyId)}`);
    return { id: idOf(companyId) };
  });
}

/** Soft delete (the company page offers Restore afterwards). */
export async function deleteCompanyAction(companyId: string) {
  return runAction(async (user) => {
    await softDeleteCompany(user, idOf(companyId));
    revalidatePath("/companies");
    revalidatePath(`/companies/${idOf(companyId)}`);
    return { id: idOf(companyId) };
  });
}

export async function restoreCompanyAction(companyId: string) {
  return runAction(async (user) => {
    await restoreCompany(user, idOf(companyId));
    revalidatePath("/companies");
    revalidatePath(`/companies/${idOf(companyId)}`);
    return { id: idOf(companyId) };
  });
}

/** Search-as-you-type for company pickers (contact form, contacts filter, lead conversion). */
export async function searchCompaniesAction(query: unknown) {
  return runAction(() => searchCompanies(typeof query === "string" ? query : ""));
}
