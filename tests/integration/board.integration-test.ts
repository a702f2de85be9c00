import { describe, expect, it } from "vitest";
import { BOARD_PAGE_SIZE, parseBoardQuery } from "@/lib/validation/board";
import { getDb, isPostgres } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { getBoard } from "@/server/services/board/get-board";
import { listBoardCards } from "@/server/services/board/list-board-cards";
import { listBoardPipelines } from "@/server/services/board/list-board-pipelines";
import { moveBoardCard } from "@/server/services/board/move-board-card";
import { moveDeal } from "@/server/services/deals/move-deal";
import { createLead } from "@/server/services/leads/create-lead";
import { moveLeadCard } from "@/server/services/leads/move-lead-card";
import { columnOrder, createDealPipeline, createTestDeal } from "../support/board-factories";
import { createTestUser, leadStages } from "../support/factories";
import { corruptEachField, readColumn } from "../support/hostile-values";

const NOW = new Date("2026-06-01T09:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;
const db = () => getDb();

type StageChange = { from: { id: string }; to: { id: string } };

/**
 * The two STAGE_CHANGED entries of a card moved twice at once, in the order they were applied
 * (they share one `now`, so the chain decides): the first leaves `startStageId`, the second must
 * start where the first ended.
 */
async function stageChain(where: { dealId: string } | { leadId: string }, startStageId: string): Promise<[StageChange, StageChange]> {
  const changes = (await db().activity.findMany({ where: { ...where, type: "STAGE_CHANGED" }, select: { data: true } })).map((a) => a.data as StageChange);
  expect(changes).toHaveLength(2);
  const first = changes.find((c) => c.from.id === startStageId)!;
  const second = changes.find((c) => c !== first)!;
  expect(first).toBeDefined();
  expect(second.from.id).toBe(first.to.id);
  return [first, second];
}

describe("board positions", () => {
  it("orders position keys byte-wise on both databases (COLLATE \"C\" on PostgreSQL)", async () => {
    const pipeline = await createDealPipeline();
    for (const position of ["a1", "a0V", "Zz", "a0", "A0"]) await createTestDeal(pipeline, "Lead in", { title: position, position });
    const deals = await db().deal.findMany({ where: { stageId: pipeline.stages["Lead in"] }, orderBy: { position: "asc" }, select: { title: true } });
    expect(deals.map((d) => d.title)).toEqual(["A0", "Zz", "a0", "a0V", "a1"]);
    const between = await db().deal.count({ where: { stageId: pipeline.stages["Lead in"], position: { gt: "Zz", lt: "a1" } } });
    expect(between).toBe(2);
    if (isPostgres()) {
      const columns = await db().$queryRawUnsafe<Array<{ table_name: string; collation_name: string }>>(
        `SELECT table_name, collation_name FROM information_schema.columns WHERE column_name = 'position' AND table_name IN ('Deal', 'Lead') ORDER BY table_name`,
      );
      expect(columns).toEqual([
        { table_name: "Deal", collation_name: "C" },
        { table_name: "Lead", collation_name: "C" },
      ]);
    }
  });

  it("keeps the order exactly across reads: top, bottom, between, and between tied cards", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const stage = pipeline.stages.Proposal;
    // Five deals that were never placed: all at the default key, ordered by id.
    const tied = [];
    for (let i = 0; i < 5; i++) tied.push(await createTestDeal(pipeline, "Proposal", { title: `T${i}` }));
    const initial = await columnOrder(stage);
    expect(initial).toHaveLength(5);

    const a = await createTestDeal(pipeline, "Lead in");
    await moveDeal(admin, { dealId: a, stageId: stage, beforeId: initial[1], afterId: initial[2] }, NOW);
    expect(await columnOrder(stage)).toEqual([initial[0], initial[1], a, ...initial.slice(2)]);

    const top = await createTestDeal(pipeline, "Lead in");
    await moveDeal(admin, { dealId: top, stageId: stage }, NOW);
    const bottom = await createTestDeal(pipeline, "Lead in");
    await moveDeal(admin, { dealId: bottom, stageId: stage, beforeId: initial[4], afterId: null }, NOW);
    const expected = [top, initial[0], initial[1], a, ...initial.slice(2), bottom];
    expect(await columnOrder(stage)).toEqual(expected);

    // Reorder within the column: the last card between the first two, then the top card to the bottom.
    await moveDeal(admin, { dealId: bottom, stageId: stage, beforeId: top, afterId: initial[0] }, NOW);
    await moveDeal(admin, { dealId: top, stageId: stage, beforeId: initial[4], afterId: null }, NOW);
    const reordered = [bottom, initial[0], initial[1], a, ...initial.slice(2), top];
    expect(await columnOrder(stage)).toEqual(reordered);

    // Only the tied cards above the first drop point got new keys; the ones below kept "a0".
    const keys = await db().deal.findMany({ where: { id: { in: initial.slice(2) } }, select: { position: true } });
    expect(keys.map((k) => k.position)).toEqual(["a0", "a0", "a0"]);
    // Reordering only: no timeline entries for moves within a stage.
    expect(await db().activity.count({ where: { dealId: bottom } })).toBe(1);
    // The board shows the same order.
    const board = await getBoard({ ...admin, timeZone: "UTC" }, pipeline.id, parseBoardQuery({}), NOW);
    expect(board.columns.find((c) => c.stage.id === stage)!.cards.map((c) => c.id)).toEqual(reordered);
  });

  it("places a card sensibly when its neighbours have moved away (a stale view)", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const [x, y, z] = [await createTestDeal(pipeline, "Proposal", { position: "a0" }), await createTestDeal(pipeline, "Proposal", { position: "a1" }), await createTestDeal(pipeline, "Proposal", { position: "a2" })];
    const elsewhere = await createTestDeal(pipeline, "Won", { position: "a0" });
    const moved = await createTestDeal(pipeline, "Lead in");
    await moveDeal(admin, { dealId: moved, stageId: pipeline.stages.Proposal, beforeId: elsewhere, afterId: z }, NOW);
    expect(await columnOrder(pipeline.stages.Proposal)).toEqual([x, y, moved, z]);
    await moveDeal(admin, { dealId: moved, stageId: pipeline.stages.Proposal, beforeId: "c0000000000000000000gone", afterId: "gone-too" }, NOW);
    expect(await columnOrder(pipeline.stages.Proposal)).toEqual([moved, x, y, z]);
  });
});

describe("moveDeal", () => {
  it("changes the stage: probability, weighted value, stageChangedAt and a timeline entry", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const id = await createTestDeal(pipeline, "Lead in", { value: 200_000, stageChangedAt: new Date(NOW.getTime() - 30 * DAY) });
    await moveDeal(admin, { dealId: id, stageId: pipeline.stages.Proposal }, NOW);
    const deal = await db().deal.findUniqueOrThrow({ where: { id } });
    expect(deal).toMatchObject({ stageId: pipeline.stages.Proposal, probability: 50, weightedValue: 100_000, closedAt: null, closeReason: null });
    expect(deal.stageChangedAt.toISOString()).toBe(NOW.toISOString());
    const activities = await db().activity.findMany({ where: { dealId: id } });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      type: "STAGE_CHANGED",
      authorId: admin.id,
      subject: "Lead in → Proposal",
      body: null,
      data: { from: { id: pipeline.stages["Lead in"], name: "Lead in" }, to: { id: pipeline.stages.Proposal, name: "Proposal" } },
    });
    expect(activities[0].occurredAt.toISOString()).toBe(NOW.toISOString());
    const audit = await db().auditLog.findFirst({ where: { entityType: "Deal", entityId: id, action: "move" } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("keeps an overridden probability", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const id = await createTestDeal(pipeline, "Lead in", { value: 1_000, probability: 70, probabilityOverridden: true });
    await moveDeal(admin, { dealId: id, stageId: pipeline.stages.Proposal }, NOW);
    expect(await db().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ probability: 70, weightedValue: 700 });
  });

  it("needs a reason to win or lose, records it, and reopening clears it", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const id = await createTestDeal(pipeline, "Proposal", { value: 50_000 });
    for (const stage of ["Won", "Lost"]) {
      const error = await moveDeal(admin, { dealId: id, stageId: pipeline.stages[stage], reason: "   " }, NOW).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual(["reason"]);
    }
    expect((await db().deal.findUniqueOrThrow({ where: { id } })).stageId).toBe(pipeline.stages.Proposal);
    expect(await db().activity.count({ where: { dealId: id } })).toBe(0);

    await moveDeal(admin, { dealId: id, stageId: pipeline.stages.Won, reason: "Signed the annual plan" }, NOW);
    expect(await db().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ probability: 100, weightedValue: 50_000, closedAt: NOW, closeReason: "Signed the annual plan" });
    const won = await db().activity.findFirstOrThrow({ where: { dealId: id }, orderBy: { occurredAt: "desc" } });
    expect(won).toMatchObject({ subject: "Proposal → Won", body: "Signed the annual plan" });
    // Reordering inside the Won column needs no reason.
    await moveDeal(admin, { dealId: id, stageId: pipeline.stages.Won }, NOW);

    const later = new Date(NOW.getTime() + DAY);
    await moveDeal(admin, { dealId: id, stageId: pipeline.stages["Lead in"] }, later);
    expect(await db().deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ closedAt: null, closeReason: null, probability: 10, weightedValue: 5_000, stageChangedAt: later });
    expect(await db().activity.count({ where: { dealId: id } })).toBe(2);
  });

  it("refuses a stage of another pipeline, unknown records and a SALES user moving someone else's deal", async () => {
    const sales = await createTestUser("SALES");
    const other = await createTestUser("SALES");
    const manager = await createTestUser("MANAGER");
    const pipeline = await createDealPipeline();
    const second = await createDealPipeline();
    const own = await createTestDeal(pipeline, "Lead in", { ownerId: sales.id });
    const foreign = await createTestDeal(pipeline, "Lead in", { ownerId: other.id });

    const wrongPipeline = await moveDeal(sales, { dealId: own, stageId: second.stages.Proposal }, NOW).catch((e) => e);
    expect(wrongPipeline).toBeInstanceOf(ValidationError);
    expect(Object.keys(wrongPipeline.fieldErrors)).toEqual(["stageId"]);
    await expect(moveDeal(sales, { dealId: own, stageId: "c00000000000000000000none" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveDeal(sales, { dealId: "c00000000000000000000none", stageId: pipeline.stages.Proposal }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveDeal(sales, { dealId: foreign, stageId: pipeline.stages.Proposal }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const untouched = await db().deal.findUniqueOrThrow({ where: { id: foreign } });
    expect(untouched.stageId).toBe(pipeline.stages["Lead in"]);
    expect(await db().activity.count({ where: { dealId: { in: [own, foreign] } } })).toBe(0);

    await moveDeal(sales, { dealId: own, stageId: pipeline.stages.Proposal }, NOW);
    await moveDeal(manager, { dealId: foreign, stageId: pipeline.stages.Proposal }, NOW);
    expect(await columnOrder(pipeline.stages.Proposal)).toHaveLength(2);
  });

  it("applies concurrent moves of the same card one after the other: the last one wins, no card lost or doubled", async () => {
    const first = await createTestUser("MANAGER");
    const second = await createTestUser("MANAGER");
    const pipeline = await createDealPipeline();
    const neighbours = [await createTestDeal(pipeline, "Proposal", { position: "a1" }), await createTestDeal(pipeline, "Lost", { position: "a1" })];
    for (let round = 0; round < 5; round++) {
      const id = await createTestDeal(pipeline, "Lead in");
      await Promise.all([
        moveDeal(first, { dealId: id, stageId: pipeline.stages.Proposal, beforeId: neighbours[0] }, NOW),
        moveDeal(second, { dealId: id, stageId: pipeline.stages.Lost, afterId: neighbours[1], reason: "Went elsewhere" }, NOW),
      ]);
      const deal = await db().deal.findUniqueOrThrow({ where: { id } });
      // Both moves are on the timeline, as a chain: the second starts where the first ended.
      const [, b] = await stageChain({ dealId: id }, pipeline.stages["Lead in"]);
      expect(deal.stageId).toBe(b.to.id);
      expect((await columnOrder(deal.stageId)).filter((x) => x === id)).toHaveLength(1);
      expect(deal.closeReason).toBe(deal.stageId === pipeline.stages.Lost ? "Went elsewhere" : null);
    }
    const board = await getBoard({ ...first, timeZone: "UTC" }, pipeline.id, parseBoardQuery({}), NOW);
    const shown = board.columns.flatMap((c) => c.cards.map((card) => card.id));
    expect(shown).toHaveLength(7);
    expect(new Set(shown).size).toBe(7);
    expect(board.columns.reduce((sum, c) => sum + c.count, 0)).toBe(7);
  });

  it("keeps both cards when two users drop different cards into the same slot at once", async () => {
    const first = await createTestUser("MANAGER");
    const second = await createTestUser("MANAGER");
    const pipeline = await createDealPipeline();
    const above = await createTestDeal(pipeline, "Proposal", { position: "a1" });
    const below = await createTestDeal(pipeline, "Proposal", { position: "a2" });
    const [p, q] = [await createTestDeal(pipeline, "Lead in"), await createTestDeal(pipeline, "Lead in")];
    await Promise.all([
      moveDeal(first, { dealId: p, stageId: pipeline.stages.Proposal, beforeId: above, afterId: below }, NOW),
      moveDeal(second, { dealId: q, stageId: pipeline.stages.Proposal, beforeId: above, afterId: below }, NOW),
    ]);
    const order = await columnOrder(pipeline.stages.Proposal);
    expect(order).toHaveLength(4);
    expect(order[0]).toBe(above);
    expect(order[3]).toBe(below);
    expect(order.slice(1, 3).sort()).toEqual([p, q].sort());
    // A later drop between the two (possibly tied) cards lands exactly there.
    const r = await createTestDeal(pipeline, "Lead in");
    await moveDeal(first, { dealId: r, stageId: pipeline.stages.Proposal, beforeId: order[1], afterId: order[2] }, NOW);
    expect(await columnOrder(pipeline.stages.Proposal)).toEqual([above, order[1], r, order[2], below]);
  });

  it("refuses hostile input to every board service (a typed error) and stores nothing", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const id = await createTestDeal(pipeline, "Lead in");
    const neighbour = await createTestDeal(pipeline, "Proposal");
    const snapshot = () =>
      Promise.all([db().activity.count(), db().auditLog.count(), db().deal.findMany({ orderBy: { id: "asc" }, select: { id: true, stageId: true, position: true, closeReason: true } })]);
    const stages = await leadStages();
    const lead = await createLead(admin, { name: "Hostile target" });
    const viewer = { ...admin, timeZone: "UTC" };
    // Neighbour ids place the card (null: top or bottom of the column) and are not stored.
    const neighbours = ["beforeId", "afterId"];
    const readDeal = (dealId: string) => readColumn(() => db().deal.findUnique({ where: { id: dealId } }), { reason: "closeReason" });
    // A lead's reason is kept on its latest stage change.
    const readLeadChange = readColumn(() => db().activity.findFirst({ where: { leadId: lead.id, type: "STAGE_CHANGED" }, orderBy: [{ occurredAt: "desc" }, { id: "desc" }] }), { reason: "body" });
    const { refused } = await corruptEachField(
      [
        { name: "moveDeal", valid: { dealId: id, stageId: pipeline.stages.Won, beforeId: neighbour, afterId: null, reason: "Fine" }, call: (i: never) => moveDeal(admin, i, NOW),
          readBack: readDeal(id),
          notStored: neighbours,
          // The first accepted call closes the deal with "Fine"; moves within the Won column ask no
          // reason and keep it.
          normalised: { reason: () => "Fine" },
        },
        { name: "moveLeadCard", valid: { leadId: lead.id, stageId: stages.Lost, beforeId: null, afterId: null, reason: "Fine" }, call: (i: never) => moveLeadCard(admin, i, NOW),
          readBack: readLeadChange,
          notStored: neighbours,
          normalised: { reason: () => "Fine" }, // as for moveDeal: the move into Lost recorded it
        },
        {
          name: "moveBoardCard",
          valid: { ref: pipeline.id, query: {}, cardId: id, stageId: pipeline.stages.Proposal, beforeId: null, afterId: neighbour, reason: null },
          call: (i: never) => moveBoardCard(viewer, i, NOW),
          readBack: readDeal(id),
          notStored: [...neighbours, "query"], // the viewer's board filters
          normalised: { reason: () => null }, // a move into an open stage has no close reason
        },
        {
          name: "listBoardCards",
          valid: { ref: pipeline.id, stageId: pipeline.stages.Proposal, after: { position: "a0", id: neighbour }, query: { q: "x" } },
          call: (i: never) => listBoardCards(viewer, i, NOW),
          readBack: async () => undefined,
          notStored: ["query"], // a read: filters are not stored
        },
      ],
      () => Promise.all([snapshot(), db().lead.findMany({ orderBy: { id: "asc" }, select: { id: true, stageId: true, position: true } })]),
    );
    expect(refused).toBeGreaterThan(100);
  });
});

describe("moveLeadCard", () => {
  it("moves leads between statuses and within one, records the change and stageChangedAt", async () => {
    const admin = await createTestUser();
    const stages = await leadStages();
    const a = await createLead(admin, { name: "Board lead A" });
    const b = await createLead(admin, { name: "Board lead B" });
    const c = await createLead(admin, { name: "Board lead C" });
    expect(await moveLeadCard(admin, { leadId: a.id, stageId: stages.Contacted }, NOW)).toEqual({ stageChanged: true, offerConversion: false });
    await moveLeadCard(admin, { leadId: b.id, stageId: stages.Contacted, beforeId: a.id }, NOW);
    await moveLeadCard(admin, { leadId: c.id, stageId: stages.Contacted, beforeId: a.id, afterId: b.id }, NOW);
    const order = await db().lead.findMany({ where: { stageId: stages.Contacted }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    expect(order.map((l) => l.id)).toEqual([a.id, c.id, b.id]);
    expect(await moveLeadCard(admin, { leadId: b.id, stageId: stages.Contacted }, NOW)).toEqual({ stageChanged: false, offerConversion: false });
    const lead = await db().lead.findUniqueOrThrow({ where: { id: a.id } });
    expect(lead.stageChangedAt.toISOString()).toBe(NOW.toISOString());
    const activity = await db().activity.findFirstOrThrow({ where: { leadId: a.id } });
    expect(activity).toMatchObject({ type: "STAGE_CHANGED", subject: "New → Contacted", authorId: admin.id });
    expect(await db().activity.count({ where: { leadId: b.id } })).toBe(1);
  });

  it("asks why a lead was lost, offers the conversion for won, and leaves converted leads alone", async () => {
    const admin = await createTestUser();
    const sales = await createTestUser("SALES");
    const stages = await leadStages();
    const lead = await createLead(admin, { name: "Lost or won" });
    const error = await moveLeadCard(admin, { leadId: lead.id, stageId: stages.Lost }, NOW).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(["reason"]);
    await moveLeadCard(admin, { leadId: lead.id, stageId: stages.Lost, reason: "No budget this year" }, NOW);
    expect(await db().activity.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ subject: "New → Lost", body: "No budget this year" });
    expect(await moveLeadCard(admin, { leadId: lead.id, stageId: stages.Won }, NOW)).toEqual({ stageChanged: true, offerConversion: true });

    await expect(moveLeadCard(sales, { leadId: lead.id, stageId: stages.New }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const pipeline = await createDealPipeline();
    await expect(moveLeadCard(admin, { leadId: lead.id, stageId: pipeline.stages.Proposal }, NOW)).rejects.toBeInstanceOf(NotFoundError);

    await db().lead.update({ where: { id: lead.id }, data: { convertedAt: NOW } });
    await expect(moveLeadCard(admin, { leadId: lead.id, stageId: stages.New }, NOW)).rejects.toBeInstanceOf(ConflictError);
    const board = await getBoard({ ...admin, timeZone: "UTC" }, "leads", parseBoardQuery({}), NOW);
    expect(board.kind).toBe("lead");
    expect(board.columns.flatMap((col) => col.cards).some((card) => card.id === lead.id)).toBe(false);
  });

  it("applies concurrent moves of the same lead one after the other", async () => {
    const first = await createTestUser("MANAGER");
    const second = await createTestUser("ADMIN");
    const stages = await leadStages();
    const lead = await createLead(first, { name: "Contested lead" });
    await Promise.all([
      moveLeadCard(first, { leadId: lead.id, stageId: stages.Qualified }, NOW),
      moveLeadCard(second, { leadId: lead.id, stageId: stages.Replied }, NOW),
    ]);
    const [, b] = await stageChain({ leadId: lead.id }, stages.New);
    expect((await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).stageId).toBe(b.to.id);
  });
});

describe("getBoard", () => {
  it("sums each column over all its cards per currency, pages the cards and filters them", async () => {
    const admin = await createTestUser();
    const sales = await createTestUser("SALES");
    const pipeline = await createDealPipeline();
    const viewer = { id: sales.id, role: sales.role, timeZone: "UTC" };
    for (let i = 0; i < BOARD_PAGE_SIZE + 5; i++) await createTestDeal(pipeline, "Lead in", { value: 1_000, ownerId: i % 5 === 0 ? sales.id : admin.id, title: `Bulk ${i}` });
    await createTestDeal(pipeline, "Proposal", { value: 10_000, currency: "USD", title: "Dollar deal", companyName: "Acme Dollars", tags: ["vip"] });
    await createTestDeal(pipeline, "Proposal", { value: 30_000, title: "Euro deal", ownerId: sales.id, stageChangedAt: new Date(NOW.getTime() - 40 * DAY) });

    const board = await getBoard(viewer, pipeline.id, parseBoardQuery({}), NOW);
    expect(board.columns.map((c) => c.stage.name)).toEqual(["Lead in", "Proposal", "Won", "Lost"]);
    const [leadIn, proposal, won] = board.columns;
    expect(leadIn.count).toBe(BOARD_PAGE_SIZE + 5);
    expect(leadIn.cards).toHaveLength(BOARD_PAGE_SIZE);
    expect(leadIn.totals).toEqual([{ currency: "EUR", value: 1_000 * (BOARD_PAGE_SIZE + 5), weighted: 100 * (BOARD_PAGE_SIZE + 5) }]);
    expect(proposal.count).toBe(2);
    expect(proposal.totals).toEqual([
      { currency: "EUR", value: 30_000, weighted: 15_000 },
      { currency: "USD", value: 10_000, weighted: 5_000 },
    ]);
    expect(won).toMatchObject({ count: 0, totals: [], cards: [] });
    // Rotting: "Proposal" has no rotting days; "Lead in" rots after 7.
    expect(proposal.cards.every((c) => !c.rotting)).toBe(true);
    expect(proposal.cards.find((c) => c.title === "Euro deal")).toMatchObject({ stageDays: 40, editable: true, idleDays: null });
    expect(proposal.cards.find((c) => c.title === "Dollar deal")).toMatchObject({ subtitle: "Acme Dollars", editable: false });

    const more = await listBoardCards(viewer, { ref: pipeline.id, stageId: leadIn.stage.id, after: leadIn.cards.at(-1), query: {} }, NOW);
    expect(more).toHaveLength(5);
    const all = [...leadIn.cards, ...more].map((c) => c.id);
    expect(new Set(all).size).toBe(BOARD_PAGE_SIZE + 5);
    expect(all).toEqual(await columnOrder(leadIn.stage.id));

    const mine = await getBoard(viewer, pipeline.id, parseBoardQuery({ owner: "me" }), NOW);
    expect(mine.columns[0].count).toBe(11);
    expect(mine.columns[1].cards.map((c) => c.title)).toEqual(["Euro deal"]);
    const tagged = await getBoard(viewer, pipeline.id, parseBoardQuery({ tag: "vip" }), NOW);
    expect(tagged.columns.map((c) => c.count)).toEqual([0, 1, 0, 0]);
    expect(tagged.tags).toEqual(["vip"]);
    const searched = await getBoard(viewer, pipeline.id, parseBoardQuery({ q: "ACME" }), NOW);
    expect(searched.columns[1].cards.map((c) => c.title)).toEqual(["Dollar deal"]);
  });

  it("flags rotting cards and counts days since the last activity", async () => {
    const admin = await createTestUser();
    const pipeline = await createDealPipeline();
    const fresh = await createTestDeal(pipeline, "Lead in", { title: "Fresh", stageChangedAt: new Date(NOW.getTime() - 6 * DAY) });
    const old = await createTestDeal(pipeline, "Lead in", { title: "Old", stageChangedAt: new Date(NOW.getTime() - 8 * DAY) });
    await db().activity.createMany({
      data: [
        { type: "CALL", dealId: old, occurredAt: new Date(NOW.getTime() - 10 * DAY) },
        { type: "NOTE", dealId: old, occurredAt: new Date(NOW.getTime() - 3 * DAY - 1000) },
      ],
    });
    const board = await getBoard({ ...admin, timeZone: "UTC" }, pipeline.id, parseBoardQuery({}), NOW);
    const cards = Object.fromEntries(board.columns[0].cards.map((c) => [c.id, c]));
    expect(cards[fresh]).toMatchObject({ rotting: false, idleDays: null, stageDays: 6 });
    expect(cards[old]).toMatchObject({ rotting: true, idleDays: 3, stageDays: 8 });
  });

  it("lists the deal pipelines and then the lead board, and refuses unknown boards", async () => {
    const pipeline = await createDealPipeline();
    const choices = await listBoardPipelines();
    expect(choices.find((c) => c.ref === pipeline.id)?.kind).toBe("deal");
    expect(choices.at(-1)).toMatchObject({ ref: "leads", kind: "lead" });
    const admin = await createTestUser();
    await expect(getBoard({ ...admin, timeZone: "UTC" }, "nope", parseBoardQuery({}), NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getBoard({ ...admin, timeZone: "UTC" }, "../../etc", parseBoardQuery({}), NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});
