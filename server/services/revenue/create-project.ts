import { newProjectSchema, type NewProjectInput } from "@/lib/validation/project";
import { getDb } from "@/server/db";
import { parseOrThrow } from "@/server/services/parse";
import { ownerForNewRecord, type Actor } from "@/server/services/permissions";
import { insertProject } from "./insert-project";

/**
 * Creates a project (one-off revenue) on a company and refreshes the company's revenue figures,
 * in one transaction. SALES users always own the projects they create.
 * @param actor - the acting user and their time zone (for the form's days).
 * @param now - today, for a PAID project without a paid day.
 * @throws ValidationError for invalid input, an unknown or deleted company, an unknown or archived type or owner.
 */
export async function createProject(actor: Actor & { timeZone: string }, input: NewProjectInput, now = new Date()): Promise<{ id: string }> {
  const data = parseOrThrow(newProjectSchema, input);
  const who = { actorId: actor.id, ownerId: ownerForNewRecord(actor, data.ownerId), timeZone: actor.timeZone };
  return getDb().$transaction((tx) => insertProject(tx, who, data, now));
}
