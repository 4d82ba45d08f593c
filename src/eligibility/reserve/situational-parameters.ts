import type { ParameterSource } from "../../scoring/parameters.js";

// The parameters of the Reserve's situational tasks (R-PYR-4), as typed constant data with their
// place in the source (PYR-2025, seed 004). Read by reserveSituationalScore; exported from the
// scoring subpath with the other scoring parameters.

const PYR = "sources/004_3eb6df1ff2b8ef3d.txt";

/**
 * Presidential Youth Reserve 2025, situational tasks (R-PYR-4): three sector experts, a
 * five-point scale, the mean of their grades.
 *
 * @category Scoring
 */
export const RESERVE_SITUATIONAL_PARAMETERS = {
  /** «бір мезгілде үш салалық сарапшы» — three sector experts at once. */
  experts: 3,
  /** «бес балдық шәкіл» — a five-point scale (its lower end, taken as 0, is not stated). */
  scaleMax: "5",
  scaleMin: "0",
  source: { seed: PYR, lines: "491-503" } as ParameterSource,
} as const;
