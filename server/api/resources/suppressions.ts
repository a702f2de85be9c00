import { z } from "zod";
import { suppressionFiltersSchema, suppressionInputSchema } from "@/lib/validation/suppression";
import { addSuppression } from "@/server/services/suppression/add-suppression";
import { getSuppression } from "@/server/services/suppression/get-suppression";
import { listSuppressionsPage } from "@/server/services/suppression/list-suppressions-page";
import { removeSuppression } from "@/server/services/suppression/remove-suppression";
import type { SuppressionRow } from "@/server/services/suppression/suppression-record";
import { defineOperation } from "../api-operation";
import { createOperation, getOperation, listOperation, type ApiResource } from "../resource-operations";
import { BadRequestError } from "../request-errors";
import { suppressionSchema } from "../schemas/suppression-schemas";

const suppressions: ApiResource<SuppressionRow, SuppressionRow, typeof suppressionFiltersSchema> = {
  path: "suppressions",
  name: "Suppression",
  tag: "Suppressions",
  rowSchema: suppressionSchema,
  detailSchema: suppressionSchema,
  list: { filters: suppressionFiltersSchema, updatedSince: false, run: (_actor, query) => listSuppressionsPage(query) },
  get: (_actor, id) => getSuppression(id),
};

/** The query of DELETE /suppressions/{id}: `reason`, once (an empty or missing one is the service's 422). */
const removalQuery = {
  schema: z.object({ reason: z.string().meta({ description: "Why the address may be emailed again (1–500 characters; kept in the audit log)" }) }),
  parse(url: URL): { reason: string | undefined } {
    const unknown = [...new Set(url.searchParams.keys())].filter((key) => key !== "reason");
    if (unknown.length) throw new BadRequestError("Unknown query parameters", Object.fromEntries(unknown.map((key) => [key, ["Unknown query parameter"]])));
    if (url.searchParams.getAll("reason").length > 1) throw new BadRequestError("Give reason once", { reason: ["Give this parameter once"] });
    return { reason: url.searchParams.get("reason") ?? undefined };
  },
};

/** /api/v1/suppressions: the addresses no email may go to (Settings → Suppression). */
export const suppressionOperations = {
  list: listOperation(suppressions),
  create: createOperation(suppressions, {
    schema: suppressionInputSchema,
    description: "Adds an address by hand (reason MANUAL) with an optional note (at most 500 characters). An address already on the list is a 409.",
    run: (actor, input) => addSuppression(actor, input),
  }),
  get: getOperation(suppressions),
  remove: defineOperation<{ reason: string | undefined }, undefined>({
    method: "delete",
    path: "/suppressions/{id}",
    operationId: "deleteSuppression",
    summary: "Take an address off the suppression list",
    description: "A manager or an admin, with a `reason` (query parameter) kept in the audit log; email may go to the address again.",
    tag: "Suppressions",
    scope: "write",
    pathParams: z.object({ id: z.string().meta({ description: "The suppression's id" }) }),
    query: removalQuery,
    responses: { 204: { description: "Removed" } },
    problems: [400, 403, 404, 422],
    handle: async ({ actor, params, query }) => {
      await removeSuppression(actor, params.id, { reason: query.reason });
      return { status: 204 };
    },
  }),
};
