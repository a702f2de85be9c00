import type { z } from "zod";
import type { sequenceListQuerySchema } from "@/lib/validation/sequence";
import { getDb } from "@/server/db";
import type { Prisma } from "@/server/generated/sqlite/client";
import { keysetFindArgs, readKeysetPage, type KeysetPage, type KeysetPageRequest } from "@/server/services/paging/keyset-page";
import { sequenceSelect, toSequenceRow, type SequenceRow } from "./sequence-record";

export type SequenceListQuery = z.output<typeof sequenceListQuerySchema>;

/** A sequence in a list: with its enrolments by status. */
export type SequenceListRow = SequenceRow & { enrolments: { active: number; completed: number; exited: number } };

function sequenceWhere(query: SequenceListQuery): Prisma.SequenceWhereInput {
  return query.status ? { status: query.status } : { status: { not: "ARCHIVED" } };
}

/** Adds each sequence's enrolment counts (one grouped query). */
async function withCounts(rows: Array<Prisma.SequenceGetPayload<{ select: typeof sequenceSelect }>>): Promise<SequenceListRow[]> {
  const grouped = rows.length ? await getDb().sequenceEnrolment.groupBy({ by: ["sequenceId", "status"], where: { sequenceId: { in: rows.map((r) => r.id) } }, _count: { _all: true } }) : [];
  return rows.map((row) => {
    const count = (status: string) => grouped.find((g) => g.sequenceId === row.id && g.status === status)?._count._all ?? 0;
    return { ...toSequenceRow(row), enrolments: { active: count("ACTIVE"), completed: count("COMPLETED"), exited: count("EXITED") } };
  });
}

/** The sequences page: sequences of a status (default: all but archived), newest first, at most 200. */
export async function listSequences(query: SequenceListQuery): Promise<SequenceListRow[]> {
  const rows = await getDb().sequence.findMany({ where: sequenceWhere(query), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: sequenceSelect });
  return withCounts(rows);
}

/** One keyset page of sequences, oldest first by (createdAt, id) (the REST API's list). */
export async function listSequencesPage({ filters, page }: { filters: SequenceListQuery; page: KeysetPageRequest }): Promise<KeysetPage<SequenceListRow>> {
  const result = await readKeysetPage(page, (take) => getDb().sequence.findMany({ ...keysetFindArgs(sequenceWhere(filters), page, take), select: sequenceSelect }));
  return { data: await withCounts(result.data as never), nextCursor: result.nextCursor };
}

/** The sequences one can enrol in (all but archived), by name: the enrol dialogs' options. */
export async function listEnrollableSequences(): Promise<Array<{ id: string; name: string; status: string }>> {
  return getDb().sequence.findMany({ where: { status: { not: "ARCHIVED" } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500, select: { id: true, name: true, status: true } });
}
