import type { Metadata } from "next";
import { TaskForm } from "@/components/tasks/TaskForm";
import { newTaskDefaults, taskLinkChoices } from "@/components/tasks/task-form-defaults";
import { PageHeader } from "@/components/ui/card";
import { TASK_TYPES } from "@/lib/enums";
import { requireUser } from "@/server/auth/session";
import { findTaskLinkRecords } from "@/server/services/tasks/find-task-link-records";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "New task" };

/** The page a record's "Add task" link returns to once the task is created. */
const RECORD_PAGES = [
  ["lead", "/leads"],
  ["deal", "/deals"],
  ["contact", "/contacts"],
  ["company", "/companies"],
] as const;

/** A new task; `?leadId=…` (or contactId, companyId, dealId) prefills its link, `?type=CALL` its type. */
export default async function NewTaskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const [records, users] = await Promise.all([findTaskLinkRecords(params), listUsers()]);
  const type = TASK_TYPES.find((t) => t === params.type);
  const origin = RECORD_PAGES.map(([kind, path]) => (records[kind] ? `${path}/${records[kind].id}` : null)).find(Boolean);
  return (
    <>
      <PageHeader title="New task" />
      <TaskForm defaults={newTaskDefaults(user.id, records, type)} links={taskLinkChoices(records)} users={users} timeZone={user.timeZone} returnTo={origin ?? "/tasks"} />
    </>
  );
}
