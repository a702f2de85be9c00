"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { createColumnHelper, type RowSelectionState } from "@tanstack/react-table";
import { changeLeadStageAction } from "@/app/(app)/leads/actions";
import { LogOutreachButton } from "@/components/outreach/LogOutreachButton";
import { OneClickOutreach } from "@/components/outreach/OneClickOutreach";
import { DataTable } from "@/components/shared/DataTable";
import { NameCell, dateColumn, ownerColumn, tagsColumn } from "@/components/shared/record-columns";
import { useListUrl } from "@/components/shared/use-list-url";
import { Badge, TemperatureBadge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/field";
import { Checkbox, Select } from "@/components/ui/input";
import type { Role } from "@/lib/enums";
import { formatMoney } from "@/lib/money";
import { canEdit } from "@/lib/permissions";
import { LEAD_PAGE_SIZES, LEAD_SORTS, leadListSearch, type LeadListQuery } from "@/lib/validation/lead-list";
import type { LeadRow } from "@/server/services/leads/list-leads";
import type { StageSummary } from "@/server/services/pipelines/list-lead-stages";
import type { UserSummary } from "@/server/services/users/manage-users";
import { LeadBulkBar } from "./LeadBulkBar";

type Viewer = { id: string; role: Role; timeZone: string };
const column = createColumnHelper<LeadRow>();

/** The leads table: server-side paging and sorting, column visibility, quick status change, bulk actions. */
export function LeadTable({
  rows,
  total,
  query,
  stages,
  users,
  viewer,
}: {
  rows: LeadRow[];
  total: number;
  query: LeadListQuery;
  stages: StageSummary[];
  users: UserSummary[];
  viewer: Viewer;
}) {
  const router = useRouter();
  const { update, pending, view } = useListUrl("/leads", query, leadListSearch);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [message, setMessage] = useState<string | null>(null);

  async function changeStage(lead: LeadRow, stageId: string) {
    setMessage(null);
    const result = await changeLeadStageAction(lead.id, stageId);
    if (!result.ok) return setMessage(result.error);
    const stage = stages.find((s) => s.id === stageId);
    if (stage?.kind === "WON") router.push(`/leads/${lead.id}/convert`);
    else router.refresh();
  }

  const columns = useMemo(
    () => [
      column.display({
        id: "select",
        enableHiding: false,
        header: ({ table }) => (
          <Checkbox aria-label="Select all on this page" checked={table.getIsAllRowsSelected()} onChange={table.getToggleAllRowsSelectedHandler()} />
        ),
        cell: ({ row }) => <Checkbox aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />,
      }),
      column.accessor("name", {
        header: "Name",
        enableHiding: false,
        cell: ({ row }) => <NameCell href={`/leads/${row.original.id}`} name={row.original.name} detail={row.original.contactName} />,
      }),
      column.display({
        id: "outreach",
        enableHiding: false,
        header: () => <span className="sr-only">Log outreach</span>,
        cell: ({ row }) => (
          <div className="flex items-center">
            <LogOutreachButton leadId={row.original.id} name={row.original.name} compact />
            <OneClickOutreach record={{ leadId: row.original.id }} name={row.original.name} compact />
          </div>
        ),
      }),
      column.display({
        id: "status",
        header: "Status",
        cell: ({ row }) =>
          canEdit(viewer, row.original) && !row.original.convertedAt ? (
            <Select
              aria-label={`Status of ${row.original.name}`}
              value={row.original.stage.id}
              onChange={(e) => changeStage(row.original, e.target.value)}
              className="h-8 min-w-32 text-xs"
            >
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          ) : (
            <span className="text-xs">{row.original.stage.name}</span>
          ),
      }),
      column.accessor("temperature", { header: "Temperature", cell: (c) => <TemperatureBadge temperature={c.getValue()} /> }),
      column.accessor("score", { header: "Score" }),
      column.accessor("niche", { header: "Niche" }),
      column.accessor("city", { header: "City" }),
      column.accessor("country", { header: "Country" }),
      column.accessor("phone", { header: "Phone", cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
      column.accessor("email", { header: "Email" }),
      column.accessor("website", {
        header: "Website",
        cell: ({ row }) =>
          row.original.website ? (
            <a href={row.original.website} target="_blank" rel="noreferrer noopener" className="text-brand-700 hover:underline">
              {row.original.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
            </a>
          ) : (
            <Badge>No website</Badge>
          ),
      }),
      column.accessor("websiteIssues", { header: "Website issues", cell: (c) => c.getValue().length || null }),
      column.accessor("rating", { header: "Rating", cell: (c) => c.getValue()?.toFixed(1) }),
      column.accessor("reviewCount", { header: "Reviews" }),
      dateColumn(column, "nextActionAt", "Next action", (lead) => lead.nextActionAt, viewer.timeZone),
      column.accessor("estimatedValue", {
        header: "Est. value",
        cell: ({ row }) => (row.original.estimatedValue === null ? null : formatMoney(row.original.estimatedValue, row.original.currency)),
      }),
      column.accessor("source", { header: "Source" }),
      ownerColumn(column),
      tagsColumn(column),
      dateColumn(column, "createdAt", "Created", (lead) => lead.createdAt, viewer.timeZone),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- changeStage only closes over props listed here
    [stages, viewer],
  );

  const selectedIds = Object.keys(selection).filter((id) => selection[id]);

  return (
    <div className="space-y-3">
      <FormMessage>{message}</FormMessage>
      {selectedIds.length ? (
        <LeadBulkBar
          leadIds={selectedIds}
          stages={stages}
          users={users}
          viewer={viewer}
          onDone={(note) => {
            setSelection({});
            setMessage(note);
            router.refresh();
          }}
          onError={setMessage}
        />
      ) : null}
      <DataTable
        rows={rows}
        columns={columns}
        total={total}
        view={view}
        sortable={LEAD_SORTS}
        pageSizes={LEAD_PAGE_SIZES}
        onChange={update}
        pending={pending}
        noun="leads"
        testId="lead-table"
        hidden={view.hide}
        onHiddenChange={(hide) => update({ hide, page: view.page })}
        selection={selection}
        onSelectionChange={setSelection}
      />
    </div>
  );
}
