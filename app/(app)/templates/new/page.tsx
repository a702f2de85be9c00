import type { Metadata } from "next";
import { TemplateForm } from "@/components/templates/TemplateForm";
import { newTemplateDefaults } from "@/components/templates/template-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { TEMPLATE_CATEGORIES } from "@/lib/enums";
import { requireUser } from "@/server/auth/session";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "New template" };

/** A new template; `?category=DM` (or CALL_SCRIPT) starts it as that kind. */
export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const category = TEMPLATE_CATEGORIES.find((c) => c === params.category);
  return (
    <>
      <PageHeader title="New template" />
      <TemplateForm defaults={newTemplateDefaults(category)} returnTo="/templates" />
    </>
  );
}
