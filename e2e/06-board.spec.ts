import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { screenshot, signIn } from "./support";

type Seeded = { pipelineId: string; stages: Record<string, string>; deals: Record<string, string>; leads: Record<string, string> };

/** Runs e2e/board-seed.ts against the database of the server under test (see e2e/server.ts). */
function seed(...args: string[]): Seeded {
  const database = path.join(process.cwd(), "test-results", `e2e-db-${process.env.E2E_PORT ?? "3100"}`, "leadwell.db");
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "e2e/board-seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${database}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as Seeded;
}

const column = (page: Page, stage: string) => page.locator(`[data-testid="board-column"][data-stage-name="${stage}"]`);
const cardsIn = (page: Page, stage: string) => column(page, stage).getByTestId("board-card");
const card = (page: Page, title: string) => page.getByRole("button", { name: title, exact: true });
const titlesIn = (page: Page, stage: string) => cardsIn(page, stage).getByRole("link").allInnerTexts();

/**
 * Drags `source` with the mouse and drops it on `target` at `where` (its top edge, centre or
 * bottom edge), moving in small steps as a person would (the library needs movement past its
 * sloppy-click threshold and pointer events in between).
 */
async function drag(page: Page, source: Locator, target: Locator, where: "top" | "center" | "bottom" = "center") {
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 12, { steps: 4 });
  const targetY = where === "top" ? to.y + 8 : where === "bottom" ? to.y + to.height - 4 : to.y + to.height / 2;
  await page.mouse.move(to.x + to.width / 2, targetY, { steps: 20 });
  await page.waitForTimeout(300);
  await page.mouse.up();
}

/**
 * Drags `source` to a column beyond the edge of the board (which scrolls sideways): holds it near
 * the board's right edge, moving a little, until the board has scrolled `target` into view, then
 * drops it there.
 */
async function dragFar(page: Page, source: Locator, target: Locator) {
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const board = (await page.getByTestId("kanban-board").boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 12, { steps: 4 });
  const edgeX = board.x + board.width - 6;
  await page.mouse.move(edgeX, from.y + from.height / 2, { steps: 20 });
  for (let i = 0; i < 60; i++) {
    const box = (await target.boundingBox())!;
    if (box.x + box.width <= board.x + board.width) break;
    // The library scrolls on pointer movement, so keep moving a little near the edge.
    await page.mouse.move(edgeX - (i % 2) * 20, from.y + from.height / 2, { steps: 3 });
    await page.waitForTimeout(100);
  }
  // Away from the edge (the scrolling stops), then onto the target where it now is.
  await page.mouse.move(board.x + board.width / 2, from.y + from.height / 2, { steps: 10 });
  await page.waitForTimeout(300);
  // Onto the target where it now is. A target near the board's edge makes the library scroll on
  // (a drop meant for Won landed on Lost), so aim again until the target stays put under the pointer.
  let to = (await target.boundingBox())!;
  for (let i = 0; i < 10; i++) {
    await page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 10 });
    await page.waitForTimeout(300);
    const now = (await target.boundingBox())!;
    if (Math.abs(now.x - to.x) < 2) break;
    to = now;
  }
  await page.mouse.up();
}

/** Moves a card with the keyboard: focus it, Space to lift, the arrow keys, Space to drop. */
async function keyboardMove(page: Page, title: string, keys: string[]) {
  await card(page, title).focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(200);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(400);
  }
  await page.keyboard.press("Space");
}

/** Waits until the board has saved every move (its server actions have settled). */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
}

/**
 * A fresh deal pipeline with four deals in its first stage (newest on top: Dive centre, Sea view
 * villas, Olive press, Harbour cafe; €4,000 down to €1,000), its board open. Each test has its own,
 * so none depends on another's moves.
 */
async function openSeededBoard(page: Page): Promise<Seeded & { stageNames: string[] }> {
  const name = `Board e2e ${Date.now().toString(36)}`;
  const data = seed("pipeline", name, "Harbour cafe", "Olive press", "Sea view villas", "Dive centre");
  await page.goto(`/board/${data.pipelineId}`);
  await expect(page.getByRole("heading", { name: `${name} board` })).toBeVisible();
  return { ...data, stageNames: Object.keys(data.stages) };
}

test.use({ viewport: { width: 1280, height: 1000 } });
test.beforeEach(async ({ page }) => signIn(page));

test("drags a card to another column with the mouse; it is still there after a reload", async ({ page }) => {
  const { stageNames: [open, next] } = await openSeededBoard(page);
  expect(await titlesIn(page, open)).toEqual(["Dive centre", "Sea view villas", "Olive press", "Harbour cafe"]);
  await expect(column(page, open).getByTestId("column-count")).toHaveText("4");

  await drag(page, card(page, "Olive press"), column(page, next).getByRole("list"));
  await expect(cardsIn(page, next)).toHaveCount(1);
  await settled(page);
  await expect(column(page, next).getByTestId("column-count")).toHaveText("1");
  await expect(column(page, next).getByTestId("column-total")).toContainText("€2,000 · weighted €1,000");

  await page.reload();
  expect(await titlesIn(page, next)).toEqual(["Olive press"]);
  expect(await titlesIn(page, open)).toEqual(["Dive centre", "Sea view villas", "Harbour cafe"]);
  await expect(column(page, open).getByTestId("column-count")).toHaveText("3");
});

test("moves a card with the keyboard: Space lifts, arrows move, Space drops", async ({ page }) => {
  const { stageNames: [open, next] } = await openSeededBoard(page);
  await keyboardMove(page, "Harbour cafe", ["ArrowRight"]);
  await expect(cardsIn(page, next)).toHaveCount(1);
  await settled(page);

  await page.reload();
  expect(await titlesIn(page, next)).toEqual(["Harbour cafe"]);
  expect(await titlesIn(page, open)).toEqual(["Dive centre", "Sea view villas", "Olive press"]);

  // Within a column: Space, ArrowDown, Space puts the top card below the next one.
  await keyboardMove(page, "Dive centre", ["ArrowDown"]);
  await settled(page);
  await page.reload();
  expect(await titlesIn(page, open)).toEqual(["Sea view villas", "Dive centre", "Olive press"]);
});

test("reorders within a column with the mouse; the order survives a reload", async ({ page }) => {
  const { stageNames: [open] } = await openSeededBoard(page);
  await drag(page, card(page, "Harbour cafe"), column(page, open).getByRole("list"), "top");
  await expect.poll(() => titlesIn(page, open)).toEqual(["Harbour cafe", "Dive centre", "Sea view villas", "Olive press"]);
  await settled(page);
  await drag(page, card(page, "Dive centre"), card(page, "Olive press"), "bottom");
  await expect.poll(() => titlesIn(page, open)).toEqual(["Harbour cafe", "Sea view villas", "Olive press", "Dive centre"]);
  await settled(page);
  await page.reload();
  expect(await titlesIn(page, open)).toEqual(["Harbour cafe", "Sea view villas", "Olive press", "Dive centre"]);
});

test("dropping into Won asks for the reason; cancel puts the card back; the reason reaches the timeline", async ({ page }) => {
  const data = await openSeededBoard(page);
  const [open] = data.stageNames;
  const won = data.stageNames.find((name) => /won/i.test(name))!;
  await drag(page, card(page, "Dive centre"), column(page, won).getByRole("list"));
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(cardsIn(page, won)).toHaveCount(0);
  expect(await titlesIn(page, open)).toContain("Dive centre");

  await drag(page, card(page, "Dive centre"), column(page, won).getByRole("list"));
  await dialog.getByRole("button", { name: "Mark as won" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Say why it was won");
  await dialog.getByLabel("Why was it won?").fill("Signed the two-year maintenance plan");
  await dialog.getByRole("button", { name: "Mark as won" }).click();
  await expect(dialog).toBeHidden();
  await expect(cardsIn(page, won)).toHaveCount(1);
  await settled(page);

  await page.goto(`/deals/${data.deals["Dive centre"]}`);
  await expect(page.getByTestId("timeline")).toContainText("Signed the two-year maintenance plan");
  await expect(page.getByTestId("timeline")).toContainText(`${open} → ${won}`);
});

test("when the server refuses a move the card goes back and an alert says why", async ({ page }) => {
  const data = await openSeededBoard(page);
  const [open, next] = data.stageNames;
  seed("delete", data.deals["Sea view villas"]);
  await drag(page, card(page, "Sea view villas"), column(page, next).getByRole("list"));
  const alert = page.getByRole("alert").filter({ hasText: "not moved" });
  await expect(alert).toContainText("“Sea view villas” was not moved. Deal not found");
  await expect.poll(() => titlesIn(page, open)).toEqual(["Dive centre", "Sea view villas", "Olive press", "Harbour cafe"]);
  await expect(cardsIn(page, next)).toHaveCount(0);
});

test("the lead board: a lost lead needs a reason, a won lead is offered the conversion", async ({ page }) => {
  const run = `lb${Date.now().toString(36)}`;
  const { leads } = seed("leads", `${run} Bakery`, `${run} Barber`, `${run} Florist`);
  await page.goto(`/board/leads?q=${run}`);
  await expect(page.getByRole("heading", { name: "Leads board" })).toBeVisible();
  await expect(cardsIn(page, "New")).toHaveCount(3);

  await drag(page, card(page, `${run} Bakery`), column(page, "Contacted").getByRole("list"));
  await expect(cardsIn(page, "Contacted")).toHaveCount(1);
  await settled(page);

  // Won and Lost are the last of seven columns, beyond the right edge of the board.
  await dragFar(page, card(page, `${run} Barber`), column(page, "Lost").getByRole("list"));
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Why was it lost?").fill("Chose a cheaper agency");
  await dialog.getByRole("button", { name: "Mark as lost" }).click();
  await expect(cardsIn(page, "Lost")).toHaveCount(1);
  await settled(page);

  await page.getByTestId("kanban-board").evaluate((board) => board.scrollTo({ left: 0 }));
  await dragFar(page, card(page, `${run} Florist`), column(page, "Won").getByRole("list"));
  const offer = page.getByRole("status").filter({ hasText: "is won" });
  await expect(offer).toContainText(`“${run} Florist” is won`);
  await settled(page);
  await screenshot(page, "board-leads");

  await page.reload();
  expect(await titlesIn(page, "Contacted")).toEqual([`${run} Bakery`]);
  expect(await titlesIn(page, "Lost")).toEqual([`${run} Barber`]);
  expect(await titlesIn(page, "Won")).toEqual([`${run} Florist`]);
  await page.goto(`/leads/${leads[`${run} Barber`]}`);
  await expect(page.getByTestId("timeline")).toContainText("Chose a cheaper agency");

  await page.goto(`/board/leads?q=${run}`);
  await dragFar(page, card(page, `${run} Bakery`), column(page, "Won").getByRole("list"));
  await page.getByRole("link", { name: "Convert lead" }).click();
  await expect(page).toHaveURL(new RegExp(`/leads/${leads[`${run} Bakery`]}/convert$`));
});

test("screenshots: comfortable and compact, desktop and phone", async ({ page }) => {
  await openSeededBoard(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(page, "board-comfortable");
  await page.getByRole("button", { name: "Compact" }).click();
  await expect(page.getByRole("button", { name: "Compact" })).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, "board-compact");
  await page.reload();
  // Remembered in this browser.
  await expect(page.getByRole("button", { name: "Compact" })).toHaveAttribute("aria-pressed", "true");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "board-phone-compact");
  await page.getByRole("button", { name: "Comfortable" }).click();
  await screenshot(page, "board-phone-comfortable");
});
