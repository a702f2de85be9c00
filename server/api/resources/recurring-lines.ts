import { recurringLineFormDefaults } from "@/components/revenue/recurring-line-form-defaults";
import { newRecurringLineSchema, recurringLineInputSchema, recurringLineListFiltersSchema } from "@/lib/validation/recurring-line";
import { createRecurringLine } from "@/server/services/revenue/create-recurring-line";
import { deleteRecurringLine } from "@/server/services/revenue/delete-recurring-line";
import { getRecurringLine } from "@/server/services/revenue/get-recurring-line";
import { listRecurringLinesPage } from "@/server/services/revenue/list-recurring-lines-page";
import type { RecurringLineRow } from "@/server/services/revenue/recurring-line-row";
import { updateRecurringLine } from "@/server/services/revenue/update-recurring-line";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { recurringLineSchema } from "../schemas/revenue-schemas";

const recurringLines: ApiResource<RecurringLineRow, RecurringLineRow, typeof recurringLineListFiltersSchema> = {
  path: "recurring-lines",
  name: "RecurringLine",
  tag: "RecurringLines",
  rowSchema: recurringLineSchema,
  detailSchema: recurringLineSchema,
  list: { filters: recurringLineListFiltersSchema, updatedSince: true, run: (_actor, query) => listRecurringLinesPage(query) },
  get: (_actor, id) => getRecurringLine(id),
};

/** /api/v1/recurring-lines: recurring revenue (hosting, SaaS, retainers) on companies, as the company page's line form. */
export const recurringLineOperations = {
  list: listOperation(recurringLines),
  create: createOperation(recurringLines, {
    schema: newRecurringLineSchema,
    description:
      "The recurring line form's fields. `amount` per billing period in major units, more than 0; `startsDay`/`endsDay` in the key owner's time zone, the end after the start. Refreshes the company's revenue figures.",
    run: (actor, input, now) => createRecurringLine(actor, input, now),
  }),
  get: getOperation(recurringLines),
  update: updateOperation(recurringLines, {
    schema: recurringLineInputSchema,
    description: "Cancel a line by setting `endsDay`. The company does not change.",
    current: (line, actor) => recurringLineFormDefaults(line, actor.timeZone),
    run: (actor, id, input, now) => updateRecurringLine(actor, id, input, now),
  }),
  remove: deleteOperation(recurringLines, { run: (actor, id) => deleteRecurringLine(actor, id) }),
};
