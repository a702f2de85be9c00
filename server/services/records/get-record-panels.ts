import type { TimelineQuery } from "@/lib/validation/activity";
import { listTimeline, type TimelineSubject } from "@/server/services/activities/list-timeline";
import { listAttachments } from "@/server/services/attachments/list-attachments";
import { listRecordTasks } from "@/server/services/tasks/list-record-tasks";

/**
 * What every record page (lead, contact, company, deal) shows beside the record's own fields:
 * a page of its timeline (`timelineQuery`: type filter and cursor), its open tasks and its
 * attached files, read in parallel.
 * @throws ValidationError for a malformed id (see the three services).
 */
export async function getRecordPanels(subject: TimelineSubject, timelineQuery: TimelineQuery) {
  const [timeline, tasks, attachments] = await Promise.all([
    listTimeline(subject, timelineQuery),
    listRecordTasks(`${subject.kind}Id`, subject.id),
    listAttachments({ recordType: subject.kind, recordId: subject.id }),
  ]);
  return { timeline, tasks, attachments };
}
