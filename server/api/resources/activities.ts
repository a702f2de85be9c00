import { formatDuration } from "@/lib/activities/duration";
import { activityInputSchema, activityUpdateSchema } from "@/lib/validation/activity";
import { activityListQuerySchema } from "@/lib/validation/activity-list";
import type { ActivityRecord } from "@/server/services/activities/activity-record";
import { assertCanChangeActivity } from "@/server/services/activities/assert-can-change-activity";
import { deleteActivity } from "@/server/services/activities/delete-activity";
import { getActivity } from "@/server/services/activities/get-activity";
import { listActivitiesPage } from "@/server/services/activities/list-activities-page";
import { logActivity } from "@/server/services/activities/log-activity";
import { updateActivity } from "@/server/services/activities/update-activity";
import { createOperation, deleteOperation, getOperation, listOperation, updateOperation, type ApiResource } from "../resource-operations";
import { activitySchema } from "../schemas/activity-schemas";

const activities: ApiResource<ActivityRecord, ActivityRecord, typeof activityListQuerySchema> = {
  path: "activities",
  name: "Activity",
  tag: "Activities",
  rowSchema: activitySchema,
  detailSchema: activitySchema,
  list: { filters: activityListQuerySchema, updatedSince: true, run: (actor, query) => listActivitiesPage(actor, query) },
  get: (_actor, id) => getActivity(id),
};

/** /api/v1/activities: log, read, edit and delete timeline entries as the record pages do. */
export const activityOperations = {
  list: listOperation(activities),
  create: createOperation(activities, {
    schema: activityInputSchema,
    description:
      "As “Log activity” on a record page: at least one of leadId, contactId, companyId, dealId. `occurredAt` is a wall-clock time in the key owner's time zone (\"2026-03-10T14:30\"; blank: now); `duration` minutes or m:ss; `followUpDay` sets the lead's next action.",
    run: (actor, input, now) => logActivity(actor, input, now),
  }),
  get: getOperation(activities),
  update: updateOperation(activities, {
    schema: activityUpdateSchema,
    description: "Its own fields only (not the records it belongs to); system entries (status changes, conversions) cannot be changed.",
    // History entries are refused before their fields are read (403, as the service would).
    current: (activity, actor) => {
      assertCanChangeActivity(actor, activity);
      const duration = activity.durationSeconds === null ? null : formatDuration(activity.durationSeconds);
      return { type: activity.type as never, direction: activity.direction, outcome: activity.outcome, subject: activity.subject, body: activity.body, occurredAt: null, duration };
    },
    run: (actor, id, input, now) => updateActivity(actor, id, input, now),
  }),
  remove: deleteOperation(activities, { run: deleteActivity }),
};
