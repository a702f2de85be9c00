/**
 * The reward shop every user starts with: names and prices in tokens, in shop order. These are the
 * defaults of the personal CRM Leadwell replaces (issue 14), kept exactly.
 */
export const DEFAULT_SHOP_ITEMS = [
  { name: "Lollies", price: 8 },
  { name: "Coffee", price: 10 },
  { name: "Gaming time", price: 12 },
  { name: "Lunch treat", price: 20 },
  { name: "Car care", price: 50 },
  { name: "T-shirt", price: 75 },
] as const satisfies ReadonlyArray<{ name: string; price: number }>;

/** The ledger rule of a purchase in the reward shop (tokens negative). */
export const PURCHASE_RULE = "PURCHASE";

/** The ledger rule of the zero-token marker that says a user's shop was seeded with the defaults once. */
export const SHOP_DEFAULTS_RULE = "SHOP_DEFAULTS";
