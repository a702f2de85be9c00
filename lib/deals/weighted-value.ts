/**
 * A deal's weighted value: value × win probability, the figure pipelines and forecasts sum.
 * @param valueMinor deal value in minor units (cents)
 * @param probability win probability in percent, 0–100
 * @returns weighted value in minor units, rounded half away from zero
 */
export function weightedValue(valueMinor: number, probability: number): number {
  return Math.sign(valueMinor) * Math.round((Math.abs(valueMinor) * probability) / 100);
}
