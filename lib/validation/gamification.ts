import { z } from "zod";
import { recordIdSchema, requiredText } from "./common";

/** A whole number (forms send numbers: `valueAsNumber`); refuses text, decimals, NaN and anything else. */
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max.toLocaleString("en")}` });

/** An item of the reward shop: a name and a price in tokens (1–100,000). */
export const shopItemInputSchema = z.object({
  name: requiredText(80, "Name"),
  price: wholeNumber("Price", 1, 100_000),
});
export type ShopItemInput = z.input<typeof shopItemInputSchema>;
export type ShopItemData = z.output<typeof shopItemInputSchema>;

/** What can be done to a shop item besides editing it: move it up or down, or turn it on or off. */
export const SHOP_ITEM_CHANGES = ["up", "down", "enable", "disable"] as const;
export const shopItemChangeSchema = z.enum(SHOP_ITEM_CHANGES, { error: "Unknown change" });
export type ShopItemChange = z.output<typeof shopItemChangeSchema>;

/** A shop item's id from a button (shape-checked before any query). */
export const shopItemIdSchema = recordIdSchema;

/**
 * A level reward setting: RECURRING every `everyLevels` levels (1–14), or MILESTONE once at
 * `atLevel` (2–15, the levels a user can reach).
 */
export const rewardSettingInputSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("RECURRING"), name: requiredText(120, "Reward"), everyLevels: wholeNumber("Every", 1, 14) }),
    z.object({ kind: z.literal("MILESTONE"), name: requiredText(120, "Reward"), atLevel: wholeNumber("Level", 2, 15) }),
  ],
  { error: "Choose recurring or milestone" },
);
export type RewardSettingInput = z.input<typeof rewardSettingInputSchema>;
export type RewardSettingData = z.output<typeof rewardSettingInputSchema>;

/** A page number of a paged list (1-based; anything unreadable is page 1). */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Whether the user shows on the weekly team leaderboard. */
export const leaderboardOptInSchema = z.boolean({ error: "Must be on or off" });

/** Settings → Pause mode: 1–14 days from today, with a reason (required). */
export const pauseInputSchema = z.object({
  days: wholeNumber("Days", 1, 14),
  reason: requiredText(300, "Reason"),
});
export type PauseInput = z.input<typeof pauseInputSchema>;
export type PauseData = z.output<typeof pauseInputSchema>;
