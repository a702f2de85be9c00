import { describe, expect, it } from "vitest";
import type { StageInput } from "@/lib/validation/pipeline";
import { getDb } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { createDeal } from "@/server/services/deals/create-deal";
import { moveDeal } from "@/server/services/deals/move-deal";
import { createLead } from "@/server/services/leads/create-lead";
import { firstLeadStageId } from "@/server/services/leads/lead-stage";
import { createPipeline } from "@/server/services/pipelines/create-pipeline";
import { createStage } from "@/server/services/pipelines/create-stage";
import { deletePipeline } from "@/server/services/pipelines/delete-pipeline";
import { ensureDealPipeline } from "@/server/services/pipelines/ensure-deal-pipeline";
import { listPipelinesForEditor } from "@/server/services/pipelines/list-pipelines";
import { removeStage } from "@/server/services/pipelines/remove-stage";
import { renamePipeline } from "@/server/services/pipelines/rename-pipeline";
import { reorderStages } from "@/server/services/pipelines/reorder-stages";
import { updateStage } from "@/server/services/pipelines/update-stage";
import { columnOrder, createDealPipeline } from "../support/board-factories";
import { createTestUser, leadStages } from "../support/factories";
import { corruptEachField, readColumn } from "../support/hostile-values";

/** The stages of a pipeline in order, as "name:kind". */
async function stageList(pipelineId: string): Promise<string[]> {
  const stages = await getDb().stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" }, select: { name: true, kind: true, position: true } });
  expect(stages.map((s) => s.position)).toEqual(stages.map((_, i) => i)); // positions stay 0…n-1
  return stages.map((s) => `${s.name}:${s.kind}`);
}

/** A stage form (open, 30 %) with `fields` changed. */
const stage = (name: string, fields: Partial<StageInput> = {}): StageInput => ({ name, color: "#123ABC", probability: 30, kind: "OPEN", rottingDays: null, ...fields });

describe("pipelines and stages", () => {
  it("creates the default deal pipeline once, even when asked twice at the same time", async () => {
    const [a, b] = await Promise.all([ensureDealPipeline(), ensureDealPipeline()]);
    expect(a).toBe(b);
    expect(await ensureDealPipeline()).toBe(a);
    expect(await getDb().pipeline.count({ where: { name: "Sales" } })).toBe(1);
    expect(await stageList(a)).toEqual(["Qualified:OPEN", "Meeting:OPEN", "Proposal:OPEN", "Negotiation:OPEN", "Won:WON", "Lost:LOST"]);
    const probabilities = await getDb().stage.findMany({ where: { pipelineId: a }, orderBy: { position: "asc" }, select: { probability: true } });
    expect(probabilities.map((s) => s.probability)).toEqual([10, 25, 50, 75, 100, 0]);
  });

  it("lets only admins change pipelines and stages", async () => {
    const manager = await createTestUser("MANAGER");
    const pipeline = await createDealPipeline();
    const calls = [
      () => createPipeline(manager, { name: "Managers' pipeline" }),
      () => renamePipeline(manager, pipeline.id, { name: "Renamed" }),
      () => deletePipeline(manager, pipeline.id),
      () => createStage(manager, pipeline.id, stage("Extra")),
      () => updateStage(manager, pipeline.stages.Proposal, stage("Proposal")),
      () => reorderStages(manager, pipeline.id, { stageIds: Object.values(pipeline.stages) }),
      () => removeStage(manager, pipeline.stages.Proposal, {}),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await stageList(pipeline.id)).toEqual(["Lead in:OPEN", "Proposal:OPEN", "Won:WON", "Lost:LOST"]);
  });

  it("creates, renames and deletes deal pipelines within the rules", async () => {
    const admin = await createTestUser();
    await Promise.all([ensureDealPipeline(), leadStages()]);
    const { id } = await createPipeline(admin, { name: "  Jobs  " });
    expect(await getDb().pipeline.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Jobs", kind: "DEAL", isDefault: false });
    expect(await stageList(id)).toEqual(["New:OPEN", "In progress:OPEN", "Won:WON", "Lost:LOST"]);

    for (const name of ["Jobs", "Leads", "Sales"]) {
      const error = await createPipeline(admin, { name }).catch((e) => e);
      expect(error, name).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual(["name"]);
    }
    await expect(renamePipeline(admin, id, { name: "Sales" })).rejects.toBeInstanceOf(ValidationError);
    await renamePipeline(admin, id, { name: "Quick jobs" });
    expect((await getDb().pipeline.findUniqueOrThrow({ where: { id } })).name).toBe("Quick jobs");

    // The lead pipeline can be renamed but never deleted.
    const leadPipeline = await getDb().pipeline.findFirstOrThrow({ where: { kind: "LEAD" } });
    await expect(deletePipeline(admin, leadPipeline.id)).rejects.toBeInstanceOf(ConflictError);

    // Not while it has deals.
    const { id: dealId } = await createDeal(admin, { title: "Job 1", pipelineId: id });
    await expect(deletePipeline(admin, id)).rejects.toThrow(/still has 1 deal/);
    await getDb().deal.delete({ where: { id: dealId } });
    await deletePipeline(admin, id);
    expect(await getDb().pipeline.findUnique({ where: { id } })).toBeNull();
    expect(await getDb().stage.count({ where: { pipelineId: id } })).toBe(0);
    expect(await getDb().auditLog.count({ where: { entityType: "Pipeline", entityId: id } })).toBe(3);
    await expect(deletePipeline(admin, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never deletes the last deal pipeline and hands the default on", async () => {
    const admin = await createTestUser();
    const dealPipelines = await getDb().pipeline.findMany({ where: { kind: "DEAL" }, select: { id: true } });
    await getDb().deal.deleteMany({});
    const defaultId = await ensureDealPipeline();
    const others = dealPipelines.map((p) => p.id).filter((id) => id !== defaultId);
    for (const id of others) await deletePipeline(admin, id);
    const { id: second } = await createPipeline(admin, { name: "Second" });
    await deletePipeline(admin, defaultId);
    expect(await getDb().pipeline.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ isDefault: true });
    await expect(deletePipeline(admin, second)).rejects.toThrow(/last deal pipeline/);
    expect(await ensureDealPipeline()).toBe(second);
  });

  it("adds stages (open ones before the closing stages), refuses duplicate names and reorders", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const { id: visit } = await createStage(admin, pipeline.id, stage("Site visit", { rottingDays: 5 }));
    await createStage(admin, pipeline.id, stage("Lost (no budget)", { kind: "LOST", probability: 0 }));
    expect(await stageList(pipeline.id)).toEqual(["Lead in:OPEN", "Proposal:OPEN", "Site visit:OPEN", "Won:WON", "Lost:LOST", "Lost (no budget):LOST"]);
    expect(await getDb().stage.findUniqueOrThrow({ where: { id: visit } })).toMatchObject({ color: "#123abc", probability: 30, rottingDays: 5 });

    const duplicate = await createStage(admin, pipeline.id, stage("Proposal")).catch((e) => e);
    expect(duplicate).toBeInstanceOf(ValidationError);
    expect(Object.keys(duplicate.fieldErrors)).toEqual(["name"]);
    await expect(createStage(admin, "no-such-pipeline", stage("X"))).rejects.toBeInstanceOf(NotFoundError);

    const ids = (await getDb().stage.findMany({ where: { pipelineId: pipeline.id }, orderBy: { position: "asc" }, select: { id: true } })).map((s) => s.id);
    const reordered = [ids[2], ids[0], ids[1], ...ids.slice(3)];
    await reorderStages(admin, pipeline.id, { stageIds: reordered });
    expect(await stageList(pipeline.id)).toEqual(["Site visit:OPEN", "Lead in:OPEN", "Proposal:OPEN", "Won:WON", "Lost:LOST", "Lost (no budget):LOST"]);
    // A list that is not exactly the pipeline's stages (stale, or with another pipeline's) is refused.
    await expect(reorderStages(admin, pipeline.id, { stageIds: reordered.slice(1) })).rejects.toBeInstanceOf(ConflictError);
    await expect(reorderStages(admin, pipeline.id, { stageIds: [...reordered.slice(1), ids[1]] })).rejects.toBeInstanceOf(ConflictError);
    expect(await stageList(pipeline.id)).toEqual(["Site visit:OPEN", "Lead in:OPEN", "Proposal:OPEN", "Won:WON", "Lost:LOST", "Lost (no budget):LOST"]);
  });

  it("gives a stage's new default probability to its deals that do not override it", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const following = await createDeal(admin, { title: "Follows", value: 999.99, stageId: pipeline.stages.Proposal });
    const overridden = await createDeal(admin, { title: "Own", value: 1000, probability: 90, stageId: pipeline.stages.Proposal });
    const elsewhere = await createDeal(admin, { title: "Elsewhere", value: 1000, stageId: pipeline.stages["Lead in"] });

    const { dealsUpdated } = await updateStage(admin, pipeline.stages.Proposal, stage("Proposal sent", { probability: 65, color: "#f59e0b" }));
    expect(dealsUpdated).toBe(1);
    const deal = (id: string) => getDb().deal.findUniqueOrThrow({ where: { id }, select: { probability: true, weightedValue: true } });
    expect(await deal(following.id)).toEqual({ probability: 65, weightedValue: 64_999 });
    expect(await deal(overridden.id)).toEqual({ probability: 90, weightedValue: 90_000 });
    expect(await deal(elsewhere.id)).toEqual({ probability: 10, weightedValue: 10_000 });
    expect(await getDb().stage.findUniqueOrThrow({ where: { id: pipeline.stages.Proposal } })).toMatchObject({ name: "Proposal sent", probability: 65 });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "Stage", entityId: pipeline.stages.Proposal } });
    expect(audit.changes).toMatchObject({ name: ["Proposal", "Proposal sent"], probability: [50, 65], dealsUpdated: 1 });
  });

  it("keeps every pipeline's open stage, the lead pipeline's won and lost stages, and the kind of a stage with deals", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    // The last open stage cannot become won, nor be removed.
    await removeStage(admin, pipeline.stages["Lead in"], {});
    await expect(updateStage(admin, pipeline.stages.Proposal, stage("Proposal", { kind: "WON" }))).rejects.toThrow(/at least one open stage/);
    await expect(removeStage(admin, pipeline.stages.Proposal, {})).rejects.toThrow(/at least one open stage/);
    expect(await stageList(pipeline.id)).toEqual(["Proposal:OPEN", "Won:WON", "Lost:LOST"]);

    // A stage holding deals keeps its kind.
    await createDeal(admin, { title: "Holds", stageId: pipeline.stages.Proposal });
    await createStage(admin, pipeline.id, stage("Second open"));
    await expect(updateStage(admin, pipeline.stages.Proposal, stage("Proposal", { kind: "LOST" }))).rejects.toThrow(/holds deals/);

    const leads = await leadStages();
    const leadPipelineId = (await getDb().stage.findUniqueOrThrow({ where: { id: leads.Won } })).pipelineId;
    await expect(removeStage(admin, leads.Won, {})).rejects.toThrow(/won stage/);
    await expect(updateStage(admin, leads.Lost, stage("Lost", { kind: "OPEN" }))).rejects.toThrow(/lost stage/);
    expect(await getDb().stage.findUniqueOrThrow({ where: { id: leads.Lost } })).toMatchObject({ kind: "LOST" });
    // A second won stage makes the first removable; and the first open stage need not come first.
    await createStage(admin, leadPipelineId, stage("Signed", { kind: "WON", probability: 100 }));
    const ids = (await getDb().stage.findMany({ where: { pipelineId: leadPipelineId }, orderBy: { position: "asc" }, select: { id: true } })).map((s) => s.id);
    await reorderStages(admin, leadPipelineId, { stageIds: [ids.at(-1)!, ...ids.slice(0, -1)] });
    expect(await firstLeadStageId()).toBe(leads.New);
  });

  it("removes a stage only after moving its deals to a stage of the same pipeline", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const other = await createDealPipeline();
    const now = new Date("2026-03-10T12:00:00Z");
    const inTarget = await createDeal(admin, { title: "Already there", stageId: pipeline.stages["Lead in"] });
    const first = await createDeal(admin, { title: "Moved second", value: 100, stageId: pipeline.stages.Proposal });
    const second = await createDeal(admin, { title: "Moved first", value: 100, probability: 80, stageId: pipeline.stages.Proposal });

    for (const input of [{}, { targetStageId: pipeline.stages.Proposal }, { targetStageId: other.stages["Lead in"] }]) {
      const error = await removeStage(admin, pipeline.stages.Proposal, input).catch((e) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual(["targetStageId"]);
    }
    expect(await columnOrder(pipeline.stages.Proposal)).toEqual([second.id, first.id]);

    const { moved } = await removeStage(admin, pipeline.stages.Proposal, { targetStageId: pipeline.stages["Lead in"] }, now);
    expect(moved).toBe(2);
    expect(await getDb().stage.findUnique({ where: { id: pipeline.stages.Proposal } })).toBeNull();
    // Below the deals already there, in their old order.
    expect(await columnOrder(pipeline.stages["Lead in"])).toEqual([inTarget.id, second.id, first.id]);
    const deals = await getDb().deal.findMany({ where: { id: { in: [first.id, second.id] } }, orderBy: { title: "asc" } });
    expect(deals.map((d) => [d.title, d.probability, d.weightedValue, d.stageChangedAt.toISOString()])).toEqual([
      ["Moved first", 80, 8_000, now.toISOString()],
      ["Moved second", 10, 1_000, now.toISOString()],
    ]);
    // The bulk move is in the audit log, not on the deals' timelines.
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityType: "Stage", entityId: pipeline.stages.Proposal, action: "delete" } });
    expect(audit.changes).toMatchObject({ name: "Proposal", moved: 2, targetStageId: pipeline.stages["Lead in"] });
    expect(await getDb().activity.count({ where: { dealId: { in: [first.id, second.id] } } })).toBe(0);

    // Into a stage of another outcome the deals close with a reason saying why; into an open one they reopen.
    const won = await createDeal(admin, { title: "Won one", value: 100, stageId: pipeline.stages["Lead in"] });
    await moveDeal(admin, { dealId: won.id, stageId: pipeline.stages.Won, reason: "Signed" }, new Date("2026-03-01T00:00:00Z"));
    await createStage(admin, pipeline.id, stage("Lost late", { kind: "LOST", probability: 0 }));
    const lostLate = await getDb().stage.findFirstOrThrow({ where: { pipelineId: pipeline.id, name: "Lost late" } });
    await removeStage(admin, pipeline.stages.Won, { targetStageId: lostLate.id }, now);
    expect(await getDb().deal.findUniqueOrThrow({ where: { id: won.id } })).toMatchObject({
      stageId: lostLate.id,
      closedAt: now,
      closeReason: "Moved to Lost late when the stage “Won” was removed",
      probability: 0,
      weightedValue: 0,
    });
    await removeStage(admin, lostLate.id, { targetStageId: pipeline.stages["Lead in"] }, now);
    expect(await getDb().deal.findUniqueOrThrow({ where: { id: won.id } })).toMatchObject({ stageId: pipeline.stages["Lead in"], closedAt: null, closeReason: null, probability: 10 });
  });

  it("moves a lead status's leads before removing it", async () => {
    const admin = await createTestUser();
    const leads = await leadStages();
    const leadPipelineId = (await getDb().stage.findUniqueOrThrow({ where: { id: leads.New } })).pipelineId;
    const { id: temporary } = await createStage(admin, leadPipelineId, stage("Temporary"));
    const a = await createLead(admin, { name: "Temp A", stageId: temporary });
    const b = await createLead(admin, { name: "Temp B", stageId: temporary });
    const error = await removeStage(admin, temporary, {}).catch((e) => e);
    expect(error.fieldErrors).toEqual({ targetStageId: ["Choose the stage its 2 leads move to"] });
    const editor = await listPipelinesForEditor();
    expect(editor[0]).toMatchObject({ kind: "LEAD" });
    expect(editor[0].stages.find((s) => s.id === temporary)?.records).toBe(2);

    const { moved } = await removeStage(admin, temporary, { targetStageId: leads.Replied });
    expect(moved).toBe(2);
    const after = await getDb().lead.findMany({ where: { id: { in: [a.id, b.id] } }, select: { stageId: true } });
    expect(after.map((l) => l.stageId)).toEqual([leads.Replied, leads.Replied]);
  });

  it("refuses hostile values in the pipeline editor's forms with a typed error and changes nothing", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    // A deal in "Lead in" makes removing it need a target stage.
    await createDeal(admin, { title: "Anchor", stageId: pipeline.stages["Lead in"] });
    const snapshot = async () => {
      const db = getDb();
      return Promise.all([
        db.pipeline.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
        db.stage.findMany({ where: { pipelineId: pipeline.id }, orderBy: { id: "asc" } }),
        db.auditLog.count(),
      ]);
    };
    const valid = { name: "Valid stage", color: "#16a34a", probability: 40, kind: "OPEN", rottingDays: 10 };
    const { fieldErrors } = await corruptEachField(
      [
        { name: "createPipeline", valid: { name: "Valid pipeline" }, call: (i: never) => createPipeline(admin, i).then(({ id }) => getDb().pipeline.delete({ where: { id } })),
          readBack: readColumn(async (deleted) => deleted as Record<string, unknown>), // the row as it was stored, returned by the delete
        },
        { name: "updateStage", valid, call: (i: never) => updateStage(admin, pipeline.stages["Lead in"], i), readBack: readColumn(() => getDb().stage.findUnique({ where: { id: pipeline.stages["Lead in"] } })) },
        { name: "reorderStages", valid: { stageIds: Object.values(pipeline.stages) }, call: (i: never) => reorderStages(admin, pipeline.id, i), readBack: async () => undefined },
        { name: "removeStage", valid: { targetStageId: pipeline.stages.Proposal }, call: (i: never) => removeStage(admin, pipeline.stages["Lead in"], i), readBack: async () => undefined },
      ],
      snapshot,
    );
    expect(fieldErrors).toBeGreaterThan(40);
  });
});
