import { redirect } from "next/navigation";
import { requireUser } from "@/server/auth/session";
import { listBoardPipelines } from "@/server/services/board/list-board-pipelines";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";

/** /board opens the first deal pipeline's board (creating the default pipeline on first use). */
export default async function BoardIndexPage() {
  await requireUser();
  await ensureDealPipeline();
  const [first] = await listBoardPipelines();
  redirect(`/board/${first.ref}`);
}
