/** The outcome of a two-proportion z-test. */
export type TwoProportionTest = {
  /** The z statistic ((p1 − p2) / standard error); 0 when it cannot be computed. */
  z: number;
  /** The two-sided p-value (1 when the test cannot be computed). */
  pValue: number;
  /** Whether pValue < alpha. */
  significant: boolean;
};

/**
 * The standard normal cumulative distribution Φ(x), through the error function's approximation
 * 7.1.26 of Abramowitz and Stegun, Handbook of Mathematical Functions (1964), absolute error
 * below 1.5 × 10⁻⁷ — far finer than the 0.05 threshold it is compared with.
 */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The pooled two-proportion z-test, two-sided: whether `successes1 / trials1` and
 * `successes2 / trials2` differ by more than chance would explain.
 *
 *   p̂ = (x₁ + x₂) / (n₁ + n₂),  SE = √(p̂ (1 − p̂) (1/n₁ + 1/n₂)),  z = (x₁/n₁ − x₂/n₂) / SE,
 *   p-value = 2 (1 − Φ(|z|)).
 *
 * Source: NIST/SEMATECH e-Handbook of Statistical Methods, §7.3.3 "How can we determine whether
 * two processes produce the same proportion of defectives?"
 * (https://www.itl.nist.gov/div898/handbook/prc/section3/prc33.htm). The normal approximation
 * wants about 5 successes and 5 failures in each group; with fewer, or an empty group, or a
 * pooled proportion of 0 or 1 (no variance), the test says "not significant" (z 0, p 1).
 * @param alpha - the significance level (default 0.05).
 */
export function twoProportionZTest({
  successes1,
  trials1,
  successes2,
  trials2,
  alpha = 0.05,
}: {
  successes1: number;
  trials1: number;
  successes2: number;
  trials2: number;
  alpha?: number;
}): TwoProportionTest {
  const none: TwoProportionTest = { z: 0, pValue: 1, significant: false };
  if (trials1 <= 0 || trials2 <= 0) return none;
  const enough = (x: number, n: number) => x >= 5 && n - x >= 5;
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const variance = pooled * (1 - pooled) * (1 / trials1 + 1 / trials2);
  if (!(variance > 0)) return none;
  const z = (successes1 / trials1 - successes2 / trials2) / Math.sqrt(variance);
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  return { z, pValue, significant: enough(successes1, trials1) && enough(successes2, trials2) && pValue < alpha };
}
