import type { Metadata } from "next";
import { DeleteSegmentButton } from "@/components/campaigns/DeleteSegmentButton";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth/session";
import { listSegments } from "@/server/services/segments/list-segments";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage() {
  await requireUser();
  const segments = await listSegments();
  return (
    <>
      <PageHeader title="Segments" description="Saved audiences: the filters of the Leads or Contacts list (“Save as segment” there)." />
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="p-3">Name</th>
              <th>List</th>
              <th>Filters</th>
              <th>Campaigns</th>
              <th className="p-3">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => (
              <tr key={s.id} className="border-b border-slate-100">
                <td className="p-3 font-medium">{s.name}</td>
                <td>{s.kind.toLowerCase()}</td>
                <td className="text-slate-600">{Object.entries(s.filters).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`).join("; ")}</td>
                <td className="tabular-nums">{s.campaigns}</td>
                <td className="p-3 text-right">
                  <DeleteSegmentButton segmentId={s.id} name={s.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
