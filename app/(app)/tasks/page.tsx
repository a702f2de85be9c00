import type { Metadata } from "next";
import { TaskFilters } from "@/components/tasks/TaskFilters";
import { TaskSections } from "@/components/tasks/TaskSections";
import { TaskViewTabs } from "@/components/tasks/TaskViewTabs";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { formatInZone } from "@/lib/dates";
import { parseTaskListQuery } from "@/lib/validation/task-list";
import { requireUser } from "@/server/auth/session";
import { listTasks } from "@/server/services/tasks/list-tasks";
import { listUsers } from "@/server/services/users/manage-users";
import type { SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = parseTaskListQuery(await searchParams);
  const now = new Date();
  const [sections, users] = await Promise.all([listTasks(query, user, now), listUsers()]);
  return (
    <>
      <PageHeader
        title="Tasks"
        description={`Today is ${formatInZone(now, user.timeZone, "EEEE d MMMM")} (${user.timeZone}).`}
        actions={
          <LinkButton href="/tasks/new" variant="primary">
            New task
          </LinkButton>
        }
      />
      <TaskViewTabs current="list" />
      <TaskFilters query={query} users={users} />
      <TaskSections sections={sections} query={query} viewer={user} now={now} />
    </>
  );
}
