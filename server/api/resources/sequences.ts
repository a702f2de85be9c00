import { z } from "zod";
import { sequenceFormValues } from "@/lib/sequences/step-input";
import { ALL_TEMPLATE_VARIANT_LABELS } from "@/lib/validation/template";
import { enrolBodySchema, SEQUENCE_EXIT_REASONS, SEQUENCE_STATUSES, SEQUENCE_TASK_CHANNELS, sequenceInputSchema, sequenceListQuerySchema, sequenceStatusChangeSchema } from "@/lib/validation/sequence";
import { NotFoundError } from "@/server/errors";
import { assertRecordId } from "@/server/services/parse";
import { changeSequenceStatus } from "@/server/services/sequences/change-sequence-status";
import { createSequence } from "@/server/services/sequences/create-sequence";
import { enrolInSequence } from "@/server/services/sequences/enrol-in-sequence";
import { getSequence } from "@/server/services/sequences/get-sequence";
import { getSequenceStats } from "@/server/services/sequences/get-sequence-stats";
import { getEnrolment, listSequenceEnrolments, type EnrolmentRow } from "@/server/services/sequences/list-enrolments";
import { listSequencesPage, type SequenceListRow } from "@/server/services/sequences/list-sequences";
import type { SequenceRow } from "@/server/services/sequences/sequence-record";
import { unenrolFromSequence } from "@/server/services/sequences/unenrol-from-sequence";
import { updateSequence } from "@/server/services/sequences/update-sequence";
import { defineOperation } from "../api-operation";
import { jsonObjectBody } from "../json-body";
import { createOperation, getOperation, itemActionOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { id, instant, optionalInstant, optionalRefId } from "../schemas/common-schemas";

const split = z
  .array(z.strictObject({ label: z.enum(ALL_TEMPLATE_VARIANT_LABELS), percent: z.number().int() }))
  .nullable()
  .meta({ description: "The A/B split over the template's variants (percentages adding up to 100); null: the template as it is" });

const stepSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ id, position: z.number().int(), kind: z.literal("EMAIL"), templateId: z.string(), split }),
    z.strictObject({
      id,
      position: z.number().int(),
      kind: z.literal("TASK"),
      channel: z.enum(SEQUENCE_TASK_CHANNELS),
      title: z.string(),
      body: z.string().nullable().meta({ description: "The script or message (Liquid template variables)" }),
      templateId: optionalRefId,
    }),
    z.strictObject({ id, position: z.number().int(), kind: z.literal("WAIT"), waitDays: z.number().int(), businessDays: z.boolean() }),
  ])
  .meta({ id: "SequenceStep" });

const sequenceFields = {
  id,
  name: z.string(),
  status: z.enum(SEQUENCE_STATUSES),
  sendDays: z.array(z.number().int()).meta({ description: "ISO weekdays (1 = Monday … 7 = Sunday) on which steps run" }),
  sendFromHour: z.number().int().meta({ description: "Local hour the send window opens (the recipient's time zone)" }),
  sendToHour: z.number().int().meta({ description: "Local hour it closes (exclusive; 24 = midnight)" }),
  dailyCap: z.number().int().meta({ description: "Automatic emails per sender per local day" }),
  spacingMinutes: z.number().int().meta({ description: "Minimum minutes between two automatic emails of one sender" }),
  exitStageIds: z.array(z.string()).meta({ description: "Lead stages that end an enrolment (Won and Lost always do)" }),
  createdById: optionalRefId,
  createdAt: instant,
  updatedAt: instant,
  steps: z.array(stepSchema),
};

const countsSchema = { sent: z.number().int(), opened: z.number().int(), clicked: z.number().int(), replied: z.number().int(), bounced: z.number().int() };

const sequenceRowSchema = z
  .strictObject({ ...sequenceFields, enrolments: z.strictObject({ active: z.number().int(), completed: z.number().int(), exited: z.number().int() }) })
  .meta({ id: "SequenceRow" });

const sequenceSchema = z
  .strictObject({
    ...sequenceFields,
    stats: z
      .strictObject({
        steps: z.array(
          z.strictObject({
            stepId: id,
            position: z.number().int(),
            kind: z.enum(["EMAIL", "TASK", "WAIT"]),
            reached: z.number().int(),
            skipped: z.number().int(),
            cancelled: z.number().int(),
            tasksOpen: z.number().int(),
            tasksDone: z.number().int(),
            ...countsSchema,
            variants: z.array(z.strictObject({ label: z.string(), ...countsSchema })),
          }),
        ),
        funnel: z.strictObject({
          enrolled: z.number().int(),
          active: z.number().int(),
          completed: z.number().int(),
          exited: z.number().int(),
          replied: z.number().int(),
          exitReasons: z.record(z.string(), z.number().int()),
        }),
      })
      .meta({ id: "SequenceStats", description: "Per step and A/B variant: sent, opened, clicked, replied, bounced; and the funnel" }),
  })
  .meta({ id: "Sequence" });

const enrolmentSchema = z
  .strictObject({
    id,
    sequence: z.strictObject({ id, name: z.string(), stepCount: z.number().int() }),
    lead: z.strictObject({ id, name: z.string(), ownerId: optionalRefId }).nullable(),
    contact: z.strictObject({ id, name: z.string(), ownerId: optionalRefId }).nullable(),
    owner: z.strictObject({ id, name: z.string() }).nullable().meta({ description: "The sender of its emails and assignee of its tasks" }),
    status: z.enum(["ACTIVE", "COMPLETED", "EXITED"]),
    nextStep: z.number().int().meta({ description: "Position (0-based) of the next step; the step count when all have run" }),
    nextRunAt: optionalInstant.meta({ description: "When the next step is due (UTC); null when not active" }),
    exitReason: z.enum(SEQUENCE_EXIT_REASONS).nullable(),
    enrolledAt: instant,
    exitedAt: optionalInstant,
    completedAt: optionalInstant,
    openTasks: z.array(z.strictObject({ id, title: z.string(), link: z.strictObject({ label: z.string(), href: z.string() }).nullable() })),
  })
  .meta({ id: "SequenceEnrolment" });

type SequenceDetail = SequenceRow & { stats: Awaited<ReturnType<typeof getSequenceStats>> };

const sequences: ApiResource<SequenceListRow, SequenceDetail, typeof sequenceListQuerySchema> = {
  path: "sequences",
  name: "Sequence",
  tag: "Sequences",
  rowSchema: sequenceRowSchema,
  detailSchema: sequenceSchema,
  list: { filters: sequenceListQuerySchema, updatedSince: true, run: (_actor, query) => listSequencesPage(query) },
  get: async (_actor, sequenceId) => {
    const sequence = await getSequence(sequenceId);
    return { ...sequence, stats: await getSequenceStats(sequence.id) };
  },
};

const sequencePathId = z.object({ id: z.string().meta({ description: "The sequence's id" }) });
const enrolmentPathId = z.object({ id: z.string().meta({ description: "The enrolment's id" }) });

/** One enrolment, or a 404. */
async function findEnrolment(enrolmentId: string): Promise<EnrolmentRow> {
  const enrolment = await getEnrolment(enrolmentId);
  if (!enrolment) throw new NotFoundError("Enrolment");
  return enrolment;
}

/** /api/v1/sequences and /api/v1/enrolments: multi-step sequences, their enrolments, status and unenrol. */
export const sequenceOperations = {
  list: listOperation(sequences),
  create: createOperation(sequences, {
    schema: sequenceInputSchema,
    description:
      'A draft: `name`, `steps` in order (`{"kind":"EMAIL","templateId":…,"split":[…]}`, `{"kind":"TASK","channel":"WHATSAPP","title":…,"body":…}`, `{"kind":"WAIT","waitDays":2,"businessDays":false}`), the window `sendDays` (ISO weekdays, default Monday–Friday), `sendFromHour` / `sendToHour` (default 9–17, the recipient\'s local time), `dailyCap` (default 100), `spacingMinutes` (default 0) and `exitStageIds`. Activate it with POST /sequences/{id}/status.',
    run: (actor, input) => createSequence(actor, input),
  }),
  get: getOperation(sequences),
  update: updateOperation(sequences, {
    schema: sequenceInputSchema,
    description: "Its creator, a manager or an admin; in any status. Steps keep their positions: active enrolments go on at the position they are at.",
    current: sequenceFormValues,
    run: (actor, sequenceId, input) => updateSequence(actor, sequenceId, input),
  }),
  status: itemActionOperation(sequences, {
    name: "status",
    operationId: "changeSequenceStatus",
    summary: "Activate, pause or archive a sequence",
    description: '`{"status":"ACTIVE"}` runs its steps (every minute, in each recipient\'s window); PAUSED holds them; ARCHIVED hides it from enrolment.',
    body: sequenceStatusChangeSchema,
    problems: [422],
    run: (actor, sequenceId, input) => changeSequenceStatus(actor, sequenceId, input),
  }),
  enrol: defineOperation<undefined, Record<string, unknown>>({
    method: "post",
    path: "/sequences/{id}/enrolments",
    operationId: "enrolInSequence",
    summary: "Enrol leads or contacts",
    description:
      "`leadIds` and `contactIds` (up to 1,000 each), or `leadFilters` (the leads list's filters, as in its URL: every matching lead, up to 5,000). A record already in the sequence is left as it is and counted in `alreadyEnrolled`. The key's user must be able to edit every record named; by filters a salesperson enrols only their own leads.",
    tag: "Sequences",
    scope: "write",
    pathParams: sequencePathId,
    body: jsonObjectBody(enrolBodySchema),
    responses: {
      200: {
        description: "What was enrolled",
        schema: z.strictObject({ enrolled: z.number().int(), alreadyEnrolled: z.number().int(), enrolmentIds: z.array(z.string()) }).meta({ id: "EnrolResult" }),
      },
    },
    problems: [400, 403, 404, 409, 413, 415, 422],
    handle: async ({ actor, params, body, now }) => {
      assertRecordId(params.id, "Sequence");
      return { status: 200, body: await enrolInSequence(actor, { ...(body as object), sequenceId: params.id }, now) };
    },
  }),
  enrolments: defineOperation<undefined, undefined>({
    method: "get",
    path: "/sequences/{id}/enrolments",
    operationId: "listSequenceEnrolments",
    summary: "A sequence's enrolments",
    description: "The newest 200, with their status, next step and next run, or exit reason.",
    tag: "Sequences",
    scope: "read",
    pathParams: sequencePathId,
    responses: { 200: { description: "The enrolments", schema: z.strictObject({ data: z.array(enrolmentSchema) }) } },
    problems: [404],
    handle: async ({ params }) => {
      await getSequence(params.id);
      return { status: 200, body: { data: await listSequenceEnrolments(params.id) } };
    },
  }),
  enrolment: defineOperation<undefined, undefined>({
    method: "get",
    path: "/enrolments/{id}",
    operationId: "getEnrolment",
    summary: "An enrolment's status",
    description: "ACTIVE with its next step and when it is due, COMPLETED, or EXITED with the reason (REPLIED, BOUNCED, COMPLAINED, UNSUBSCRIBED, BOOKED_CALL, WON, LOST, STAGE, MANUAL).",
    tag: "Sequences",
    scope: "read",
    pathParams: enrolmentPathId,
    responses: { 200: { description: "The enrolment", schema: enrolmentSchema } },
    problems: [404],
    handle: async ({ params }) => ({ status: 200, body: await findEnrolment(params.id) }),
  }),
  unenrol: defineOperation<undefined, undefined>({
    method: "post",
    path: "/enrolments/{id}/unenrol",
    operationId: "unenrol",
    summary: "Unenrol",
    description: "Ends an active enrolment (exit reason MANUAL): its remaining steps are cancelled and its open tasks closed. 409 when it has already ended.",
    tag: "Sequences",
    scope: "write",
    pathParams: enrolmentPathId,
    responses: { 200: { description: "The enrolment afterwards", schema: enrolmentSchema } },
    problems: [403, 404, 409],
    handle: async ({ actor, params, now }) => {
      await unenrolFromSequence(actor, params.id, now);
      return { status: 200, body: await findEnrolment(params.id) };
    },
  }),
};
