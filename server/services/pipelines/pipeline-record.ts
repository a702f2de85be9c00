import type { Prisma } from "@/server/generated/sqlite/client";

/** A pipeline with its stages in board order (first column first), as the REST API shows it. */
export const pipelineRecordSelect = {
  id: true,
  name: true,
  kind: true,
  isDefault: true,
  position: true,
  createdAt: true,
  stages: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, position: true, probability: true, kind: true, color: true, rottingDays: true },
  },
} satisfies Prisma.PipelineSelect;

export type PipelineRecord = Prisma.PipelineGetPayload<{ select: typeof pipelineRecordSelect }>;
