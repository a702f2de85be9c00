"use server";

import { revalidatePath } from "next/cache";
import type { EnrolInput, SequenceInput } from "@/lib/validation/sequence";
import { runAction } from "@/server/action";
import { changeSequenceStatus } from "@/server/services/sequences/change-sequence-status";
import { createSequence } from "@/server/services/sequences/create-sequence";
import { enrolInSequence } from "@/server/services/sequences/enrol-in-sequence";
import { listEnrollableSequences } from "@/server/services/sequences/list-sequences";
import { unenrolFromSequence } from "@/server/services/sequences/unenrol-from-sequence";
import { updateSequence } from "@/server/services/sequences/update-sequence";

const idOf = (value: unknown) => (typeof value === "string" ? value : "");
const refresh = (sequenceId?: string) => {
  revalidatePath("/sequences");
  if (sequenceId) revalidatePath(`/sequences/${sequenceId}`);
};

export async function createSequenceAction(input: SequenceInput) {
  return runAction(async (user) => {
    const sequence = await createSequence(user, input);
    refresh();
    return sequence;
  });
}

export async function updateSequenceAction(sequenceId: string, input: SequenceInput) {
  return runAction(async (user) => {
    const sequence = await updateSequence(user, idOf(sequenceId), input);
    refresh(sequence.id);
    return sequence;
  });
}

/** Activate, pause or archive. */
export async function changeSequenceStatusAction(sequenceId: string, status: "ACTIVE" | "PAUSED" | "ARCHIVED") {
  return runAction(async (user) => {
    const result = await changeSequenceStatus(user, idOf(sequenceId), { status });
    refresh(result.id);
    return result;
  });
}

/** The sequences the enrol dialogs offer. */
export async function listEnrollableSequencesAction() {
  return runAction(() => listEnrollableSequences());
}

/** Enrol chosen leads or contacts (or the leads list's filters) in a sequence. */
export async function enrolInSequenceAction(input: EnrolInput) {
  return runAction(async (user) => {
    const result = await enrolInSequence(user, input);
    refresh(typeof input?.sequenceId === "string" ? input.sequenceId : undefined);
    return { enrolled: result.enrolled, alreadyEnrolled: result.alreadyEnrolled };
  });
}

/** End an active enrolment by hand. */
export async function unenrolAction(enrolmentId: string) {
  return runAction(async (user) => {
    const result = await unenrolFromSequence(user, idOf(enrolmentId));
    refresh();
    return result;
  });
}
