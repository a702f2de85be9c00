import { leadFormDefaults } from "@/components/leads/lead-form-defaults";
import { leadInputSchema } from "@/lib/validation/lead";
import { leadListQuerySchema } from "@/lib/validation/lead-list";
import { createLead } from "@/server/services/leads/create-lead";
import { deleteLeads } from "@/server/services/leads/delete-leads";
import { getLead, type LeadDetail } from "@/server/services/leads/get-lead";
import type { LeadRow } from "@/server/services/leads/list-leads";
import { listLeadsPage } from "@/server/services/leads/list-leads-page";
import { updateLead } from "@/server/services/leads/update-lead";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { leadRowSchema, leadSchema } from "../schemas/lead-schemas";
import { importLeadsOperation } from "./lead-import";

const leadFilters = leadListQuerySchema.omit({ sort: true, dir: true, page: true, pageSize: true, hide: true });

const leads: ApiResource<LeadRow, LeadDetail, typeof leadFilters> = {
  path: "leads",
  name: "Lead",
  tag: "Leads",
  rowSchema: leadRowSchema,
  detailSchema: leadSchema,
  list: { filters: leadFilters, updatedSince: true, run: (actor, query, now) => listLeadsPage(actor, query, now) },
  get: (_actor, id) => getLead(id),
};

/** /api/v1/leads: the leads list's filters; create, edit and delete as in the lead form; CSV import. */
export const leadOperations = {
  list: listOperation(leads),
  create: createOperation(leads, {
    schema: leadInputSchema,
    description: "The lead form's fields. `estimatedValue` in major units (12.5 = €12.50); `nextActionDay` a day in the key owner's time zone. SALES keys always own what they create.",
    run: (actor, input) => createLead(actor, input),
  }),
  get: getOperation(leads),
  update: updateOperation(leads, {
    schema: leadInputSchema,
    description: "A new `stageId` changes the status (recorded on the timeline).",
    current: (lead, actor) => leadFormDefaults(lead, actor.timeZone),
    run: (actor, id, input, now) => updateLead(actor, id, input, now),
  }),
  remove: deleteOperation(leads, { description: "Deletes the lead with its activities and attachments.", run: (actor, id) => deleteLeads(actor, [id]) }),
  import: importLeadsOperation,
};
