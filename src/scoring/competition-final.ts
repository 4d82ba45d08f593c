import type { Decimal } from "decimal.js";
import { out } from "../internal/decimal.js";
import { finalScore, type CompetitionFinalInput } from "./competition-final-result.js";

/**
 * **R-GC-5** — final score И of the general competition, by track:
 * - leadership: `И = 0.4·О + 0.4·Э + 0.2·С` (0 ≤ И ≤ 6);
 * - non-leadership: `И = 0.3·О + 0.7·П` (0 ≤ И ≤ 8.5);
 * - lower: `И = 0.3·О + 0.7·П` — **presumed, not stated** by the order (0 ≤ И ≤ 8.5).
 *
 * > «Басшылық лауазымдар үшін: И=0,4*О+0,4 *Э +0,2*С; … Басшылық емес лауазымдар үшін:
 * > И=0,3*О+0,7*П;»
 *
 * "For leadership positions: И = 0.4·О + 0.4·Э + 0.2·С; for non-leadership positions:
 * И = 0.3·О + 0.7·П."
 *
 * The order gives no formula for lower positions; the library presumes the non-leadership one
 * (lower positions are not leadership positions and are assessed by О and П). Where the result is
 * explained, say "presumed, not stated" — {@link competitionFinalResult} returns the same value
 * with `presumed`, `formula`, `note` and `max` for that. The full quotation, the scales (О, Э
 * 0–5; С, П 0–10) and the reading are documented there.
 *
 * Exact, no rounding (the order gives none); for display use e.g.
 * `И.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)`.
 *
 * @rule R-GC-5
 * @param i - `{ track: "leadership", O, E, C }` or `{ track: "non-leadership" | "lower", O, P }`;
 *   О, Э in 0–5, С, П in 0–10, decimals accepted.
 * @returns И, a Decimal in 0–{@link competitionFinalMax}(track).
 * @throws A {@link RuleInputError} for an unknown or missing track, a missing, unknown or
 *   out-of-range field, NaN, Infinity or a wrong type; every problem is listed.
 *
 * @example
 * ```ts
 * competitionFinal({ track: "leadership", O: "3.85", E: "4.5", C: 8 }).toString()  // "4.94"  (1.54 + 1.8 + 1.6)
 * competitionFinal({ track: "non-leadership", O: 4, P: 7 }).toString()              // "6.1"   (1.2 + 4.9)
 * competitionFinal({ track: "lower", O: "3.5", P: 8 }).toString()                   // "6.65"  (presumed formula)
 * ```
 * @category Scoring
 */
export function competitionFinal(i: CompetitionFinalInput): Decimal {
  return out(finalScore(i).value);
}
