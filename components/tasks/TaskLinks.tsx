import Link from "next/link";
import { personName } from "@/lib/validation/contact";
import type { TaskRow } from "@/server/services/tasks/task-row";

const link = "text-brand-700 hover:underline";

/** The records a task is linked to, as links: "Lead: Harbour Cafe · Contact: Maria Ioannou". */
export function TaskLinks({ task }: { task: Pick<TaskRow, "lead" | "contact" | "company" | "deal"> }) {
  const items = [
    task.lead ? { href: `/leads/${task.lead.id}`, kind: "Lead", name: task.lead.name } : null,
    task.contact ? { href: `/contacts/${task.contact.id}`, kind: "Contact", name: personName(task.contact) } : null,
    task.company ? { href: `/companies/${task.company.id}`, kind: "Company", name: task.company.name } : null,
    task.deal ? { href: `/deals/${task.deal.id}`, kind: "Deal", name: task.deal.title } : null,
  ].filter((item) => item !== null);
  if (!items.length) return null;
  return (
    <>
      {items.map((item) => (
        <span key={item.href}>
          {item.kind}:{" "}
          <Link href={item.href} className={link}>
            {item.name}
          </Link>
        </span>
      ))}
    </>
  );
}
