import { describe, expect, it } from "vitest";
import { upcomingRewards, type RewardSetting } from "@/lib/gamification/upcoming-rewards";

const setting = (over: Partial<RewardSetting>): RewardSetting => ({ id: "r", name: "Reward", kind: "RECURRING", everyLevels: null, atLevel: null, enabled: true, ...over });

describe("upcomingRewards", () => {
  it("lists each multiple of a recurring reward's interval above the level, up to 15, and milestones still ahead", () => {
    const settings = [setting({ id: "a", name: "Cake", everyLevels: 5 }), setting({ id: "b", name: "Trip", kind: "MILESTONE", atLevel: 7 }), setting({ id: "c", name: "Old", kind: "MILESTONE", atLevel: 3 })];
    expect(upcomingRewards(settings, 5).map((u) => [u.name, u.level])).toEqual([
      ["Trip", 7],
      ["Cake", 10],
      ["Cake", 15],
    ]);
  });

  it("leaves out switched-off rewards, stops at the top level and respects the limit", () => {
    const settings = [setting({ id: "a", name: "Coffee", everyLevels: 1 }), setting({ id: "b", name: "Off", everyLevels: 1, enabled: false })];
    expect(upcomingRewards(settings, 15)).toEqual([]);
    expect(upcomingRewards(settings, 1, 3).map((u) => u.level)).toEqual([2, 3, 4]);
  });
});
