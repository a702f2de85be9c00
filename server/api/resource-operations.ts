import { z } from "zod";
import type { KeysetPage } from "@/server/services/paging/keyset-page";
import { defineOperation, type AnyApiOperation } from "./api-operation";
import type { ApiActor } from "./authenticate-api-key";
import { jsonObjectBody, shapeOf } from "./json-body";
import { listQuery, type ListQuery } from "./list-query";

/** "a lead", "an activity": the record name in lower case with its indefinite article. */
function withArticle(name: string): string {
  const lower = name.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? "an" : "a"} ${lower}`;
}

/**
 * A record type of the REST API, described once: its URL segment and names, the schemas of what
 * it answers (for the document and the tests), and the service functions behind each operation —
 * the same functions the UI's pages and server actions call. Only the operations the UI offers
 * are given.
 */
export type ApiResource<Row, Detail, Filters extends z.ZodObject> = {
  /** The URL segment under /api/v1, e.g. "leads". */
  path: string;
  /** The singular name, e.g. "Lead". */
  name: string;
  /** The OpenAPI tag the operations are grouped under, e.g. "Leads". */
  tag: string;
  /** A list row and a single record as answered (JSON; dates as ISO strings). */
  rowSchema: z.ZodType;
  detailSchema: z.ZodType;
  list: {
    /** The UI list's filters (its query schema without sort, page and view state). */
    filters: Filters;
    /** Whether `updatedSince` applies (the model has updatedAt). */
    updatedSince: boolean;
    run: (actor: ApiActor, query: ListQuery<z.output<Filters>>, now: Date) => Promise<KeysetPage<Row>>;
  };
  get: (actor: ApiActor, id: string) => Promise<Detail>;
};

/** A create: the UI form's schema and the service that creates (and parses with that schema). */
export type ApiCreate<S extends z.ZodType> = { schema: S; description?: string; run: (actor: ApiActor, input: z.input<S>, now: Date) => Promise<{ id: string }> };

/**
 * An update, as a partial one: `current` gives the record's values as the edit form would show
 * them (the components' *FormDefaults), the body's fields replace theirs, and the service gets
 * the whole form as from the UI.
 */
export type ApiUpdate<Detail, S extends z.ZodType> = {
  schema: S;
  description?: string;
  current: (detail: Detail, actor: ApiActor) => z.input<S>;
  run: (actor: ApiActor, id: string, input: z.input<S>, now: Date) => Promise<unknown>;
};

const idParams = (name: string) => z.object({ id: z.string().meta({ description: `The ${name.toLowerCase()}'s id` }) });

/** The answer of a list operation: one page of rows and the cursor of the next page. */
export const listPageSchema = <Row extends z.ZodType>(row: Row) =>
  z.object({ data: z.array(row), nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }) });

/** GET /{path}: a keyset page of records matching the UI list's filters. */
export function listOperation<Row, Detail, F extends z.ZodObject>(resource: ApiResource<Row, Detail, F>): AnyApiOperation {
  return defineOperation<ListQuery<z.output<F>>, undefined>({
    method: "get",
    path: `/${resource.path}`,
    operationId: `list${resource.tag}`,
    summary: `List ${resource.tag.toLowerCase()}`,
    description: "Oldest first by (createdAt, id); a page is stable while rows are added (they come on later pages). No total count.",
    tag: resource.tag,
    scope: "read",
    query: listQuery(resource.list.filters, { updatedSince: resource.list.updatedSince }),
    responses: { 200: { description: `A page of ${resource.tag.toLowerCase()}`, schema: listPageSchema(resource.rowSchema) } },
    problems: [400],
    handle: async ({ actor, query, now }) => ({ status: 200, body: await resource.list.run(actor, query, now) }),
  });
}

/** GET /{path}/{id}: one record. */
export function getOperation<Row, Detail, F extends z.ZodObject>(resource: ApiResource<Row, Detail, F>): AnyApiOperation {
  return defineOperation<undefined, undefined>({
    method: "get",
    path: `/${resource.path}/{id}`,
    operationId: `get${resource.name}`,
    summary: `Get ${withArticle(resource.name)}`,
    tag: resource.tag,
    scope: "read",
    pathParams: idParams(resource.name),
    responses: { 200: { description: `The ${resource.name.toLowerCase()}`, schema: resource.detailSchema } },
    problems: [404],
    handle: async ({ actor, params }) => ({ status: 200, body: await resource.get(actor, params.id) }),
  });
}

/** POST /{path}: creates a record from the UI form's fields; answers 201 with it and its Location. */
export function createOperation<Row, Detail, F extends z.ZodObject, S extends z.ZodType>(resource: ApiResource<Row, Detail, F>, create: ApiCreate<S>): AnyApiOperation {
  return defineOperation<undefined, Record<string, unknown>>({
    method: "post",
    path: `/${resource.path}`,
    operationId: `create${resource.name}`,
    summary: `Create ${withArticle(resource.name)}`,
    description: create.description,
    tag: resource.tag,
    scope: "write",
    body: jsonObjectBody(create.schema),
    responses: {
      201: { description: `The new ${resource.name.toLowerCase()}`, schema: resource.detailSchema, headers: { Location: z.string().meta({ description: "Its URL" }) } },
    },
    problems: [400, 403, 404, 409, 413, 415, 422],
    handle: async ({ actor, body, now }) => {
      // The service parses the body with the same schema as the UI form (422 with field errors).
      const { id } = await create.run(actor, body as z.input<S>, now);
      return { status: 201, body: await resource.get(actor, id), headers: { location: `/api/v1/${resource.path}/${id}` } };
    },
  });
}

/** PATCH /{path}/{id}: changes the given fields, keeps the others; answers the record. */
export function updateOperation<Row, Detail, F extends z.ZodObject, S extends z.ZodType>(resource: ApiResource<Row, Detail, F>, update: ApiUpdate<Detail, S>): AnyApiOperation {
  return defineOperation<undefined, Record<string, unknown>>({
    method: "patch",
    path: `/${resource.path}/{id}`,
    operationId: `update${resource.name}`,
    summary: `Update ${withArticle(resource.name)}`,
    description: [update.description, "Send only the fields to change; the others keep their values. `null` clears an optional field."].filter(Boolean).join(" "),
    tag: resource.tag,
    scope: "write",
    pathParams: idParams(resource.name),
    body: jsonObjectBody(update.schema, z.object(shapeOf(update.schema)).partial()),
    responses: { 200: { description: `The ${resource.name.toLowerCase()} as changed`, schema: resource.detailSchema } },
    problems: [400, 403, 404, 409, 413, 415, 422],
    handle: async ({ actor, params, body, now }) => {
      const current = update.current(await resource.get(actor, params.id), actor);
      await update.run(actor, params.id, { ...(current as Record<string, unknown>), ...body } as z.input<S>, now);
      return { status: 200, body: await resource.get(actor, params.id) };
    },
  });
}

/** DELETE /{path}/{id}: deletes (or soft-deletes, as the UI does) the record; answers 204. */
export function deleteOperation<Row, Detail, F extends z.ZodObject>(
  resource: ApiResource<Row, Detail, F>,
  remove: { description?: string; run: (actor: ApiActor, id: string) => Promise<unknown> },
): AnyApiOperation {
  return defineOperation<undefined, undefined>({
    method: "delete",
    path: `/${resource.path}/{id}`,
    operationId: `delete${resource.name}`,
    summary: `Delete ${withArticle(resource.name)}`,
    description: remove.description,
    tag: resource.tag,
    scope: "write",
    pathParams: idParams(resource.name),
    responses: { 204: { description: "Deleted" } },
    problems: [403, 404, 409],
    handle: async ({ actor, params }) => {
      await remove.run(actor, params.id);
      return { status: 204 };
    },
  });
}

/**
 * POST /{path}/{id}/{name}: an action on one record (cancel a job, restore a company, move a
 * deal), with an optional JSON body; answers 200 with what `run` returns (by default the record).
 */
export function itemActionOperation<Row, Detail, F extends z.ZodObject, S extends z.ZodType>(
  resource: ApiResource<Row, Detail, F>,
  action: {
    name: string;
    operationId: string;
    summary: string;
    description?: string;
    body?: S;
    problems: number[];
    run: (actor: ApiActor, id: string, input: z.input<S> | undefined, now: Date) => Promise<unknown>;
  },
): AnyApiOperation {
  return defineOperation<undefined, Record<string, unknown> | undefined>({
    method: "post",
    path: `/${resource.path}/{id}/${action.name}`,
    operationId: action.operationId,
    summary: action.summary,
    description: action.description,
    tag: resource.tag,
    scope: "write",
    pathParams: idParams(resource.name),
    body: action.body ? jsonObjectBody(action.body) : undefined,
    responses: { 200: { description: `The ${resource.name.toLowerCase()} afterwards`, schema: resource.detailSchema } },
    problems: [...new Set([403, 404, ...action.problems])],
    handle: async ({ actor, params, body, now }) => {
      await action.run(actor, params.id, body as z.input<S> | undefined, now);
      return { status: 200, body: await resource.get(actor, params.id) };
    },
  });
}
