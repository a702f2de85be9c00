import type { Metadata } from "next";
import { BoardFilters } from "@/components/board/BoardFilters";
import { BoardSwitcher } from "@/components/board/BoardSwitcher";
import { KanbanBoard } from "@/components/board/KanbanBoard";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { parseBoardQuery } from "@/lib/validation/board";
import { requireUser } from "@/server/auth/session";
import { LEAD_BOARD_REF } from "@/server/services/board/board-pipeline";
import { getBoard } from "@/server/services/board/get-board";
import { listBoardPipelines } from "@/server/services/board/list-board-pipelines";
import { listUsers } from "@/server/services/users/manage-users";
import { orNotFound, type SearchParams } from "@/server/page";

export const metadata: Metadata = { title: "Board" };

/** /board/<pipeline id> (a deal pipeline) or /board/leads: the Kanban board, its filters in the URL. */
export default async function BoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ pipelineId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const { pipelineId } = await params;
  const query = parseBoardQuery(await searchParams);
  const [board, choices, users] = await Promise.all([
    orNotFound(getBoard(user, pipelineId, query)),
    listBoardPipelines(),
    listUsers(),
  ]);
  const ref = board.kind === "lead" ? LEAD_BOARD_REF : board.pipeline.id;
  const total = board.columns.reduce((sum, column) => sum + column.count, 0);
  const records = board.kind === "deal" ? "deal" : "open lead";
  return (
    <>
      <PageHeader
        title={`${board.pipeline.name} board`}
        description={`${total.toLocaleString("en")} ${records}${total === 1 ? "" : "s"}${query.q || query.owner || query.tag ? " match the filters" : ""}`}
        actions={
          board.kind === "deal" ? (
            <LinkButton href={`/deals/new?pipelineId=${encodeURIComponent(board.pipeline.id)}`} variant="primary">
              New deal
            </LinkButton>
          ) : (
            <LinkButton href="/leads/new" variant="primary">
              New lead
            </LinkButton>
          )
        }
      />
      <BoardSwitcher choices={choices} current={ref} query={query} />
      <BoardFilters boardRef={ref} kind={board.kind} query={query} users={users} tags={board.tags} userId={user.id} />
      <KanbanBoard board={board} boardRef={ref} query={query} userId={user.id} />
    </>
  );
}
