import type { Metadata } from "next";
import { DeleteTemplateButton } from "@/components/templates/DeleteTemplateButton";
import { FavouriteStar } from "@/components/templates/FavouriteStar";
import { TemplateForm } from "@/components/templates/TemplateForm";
import { templateFormDefaults } from "@/components/templates/template-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { canEdit } from "@/lib/permissions";
import { requireUser } from "@/server/auth/session";
import { orNotFound } from "@/server/page";
import { getTemplate } from "@/server/services/templates/get-template";

export const metadata: Metadata = { title: "Template" };

/** A template's form (read-only for those who may not edit it) with its preview panel. */
export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const template = await orNotFound(getTemplate((await params).id));
  const editable = canEdit(user, template);
  return (
    <>
      <PageHeader
        title={template.name}
        description={editable ? undefined : "Only its owner, a manager or an admin can change this template. You can preview and copy it."}
        actions={
          <>
            <FavouriteStar templateId={template.id} name={template.name} favourite={template.favourite} />
            {editable ? <DeleteTemplateButton templateId={template.id} name={template.name} /> : null}
          </>
        }
      />
      <TemplateForm templateId={template.id} defaults={templateFormDefaults(template)} returnTo="/templates" readOnly={!editable} />
    </>
  );
}
