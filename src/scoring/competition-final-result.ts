import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../internal/decimal.js";
import { num, type Num } from "../internal/validate.js";
import { COMPETITION_FINAL_FORMULAS as F, type FinalFormula } from "./parameters.js";
import { FastTracked, parseTracked, type Track } from "./tracks.js";

const RULE = "R-GC-5";

function field(formula: FinalFormula, name: "O" | "E" | "C" | "P") {
  const term = formula.terms.find((t) => t.field === name)!;
  return num({ min: 0, max: term.max, unit: `(${term.symbol})` });
}

const FIELDS = /* @__PURE__ */ (() => ({
  leadership: { O: field(F.leadership, "O"), E: field(F.leadership, "E"), C: field(F.leadership, "C") },
  "non-leadership": { O: field(F["non-leadership"], "O"), P: field(F["non-leadership"], "P") },
  lower: { O: field(F.lower, "O"), P: field(F.lower, "P") },
} as const))();

const schema = /* @__PURE__ */ (() => z.discriminatedUnion("track", [
  z.strictObject({ track: z.literal("leadership"), ...FIELDS.leadership }),
  z.strictObject({ track: z.literal("non-leadership"), ...FIELDS["non-leadership"] }),
  z.strictObject({ track: z.literal("lower"), ...FIELDS.lower }),
]))();

/** Valid input without a zod run (the schema above reports anything else). */
const fast = /* @__PURE__ */ (() => new FastTracked(FIELDS))();

/** Per track: each term's weight as a Decimal, and the track's maximum И (built once). */
const WEIGHTS = /* @__PURE__ */ (() => new Map(
  (Object.keys(F) as Track[]).map((t) => {
    const terms = F[t].terms.map((term) => ({ field: term.field, weight: new D(term.weight), max: term.max }));
    let max = new D(0);
    for (const term of terms) max = max.plus(term.weight.times(term.max));
    return [t, { terms, max }] as const;
  }),
))();

/**
 * Input of {@link competitionFinal} and {@link competitionFinalResult}: the track and its stage
 * results (О personal qualities, Э essay, С interview, П practical assessment).
 *
 * @category Scoring
 */
export type CompetitionFinalInput =
  | { track: "leadership"; O: Num; E: Num; C: Num }
  | { track: "non-leadership" | "lower"; O: Num; P: Num };

/**
 * The final score of the general competition with what is needed to explain it.
 *
 * @category Scoring
 */
export interface CompetitionFinalResult {
  /** И, exact (40 significant digits, not rounded). */
  readonly value: Decimal;
  /** The largest И possible on this track: 6 (leadership) or 8.5 (non-leadership, lower). */
  readonly max: Decimal;
  readonly track: Track;
  /** The formula applied, e.g. `"И = 0.4·О + 0.4·Э + 0.2·С"`; for the lower track it says "presumed, not stated". */
  readonly formula: string;
  /** The formula as printed in the order, or `null` where the order prints none (lower track). */
  readonly printed: string | null;
  /** `true` when the order gives no formula for the track and the library presumes one (lower). */
  readonly presumed: boolean;
  /** Why the formula applies; for the lower track, the presumption and the two formulas the order does give. */
  readonly note: string;
  readonly rule: "R-GC-5";
}

/**
 * **R-GC-5** — final score И of the general competition, with its maximum, the formula used and
 * whether that formula is the order's or a presumption:
 * - leadership: `И = 0.4·О + 0.4·Э + 0.2·С` (stated), max 6;
 * - non-leadership: `И = 0.3·О + 0.7·П` (stated), max 8.5;
 * - lower: `И = 0.3·О + 0.7·П` — **presumed, not stated**, max 8.5.
 *
 * > «Жалпы конкурс бойынша қорытынды балл мынадай формула бойынша айқындалады: Басшылық лауазымдар
 * > үшін: И=0,4*О+0,4 *Э +0,2*С; мұнда: И – жалпы конкурс нәтижелері бойынша қорытынды балл;
 * > О – жеке қасиеттерді бағалау нәтижелері; Э – "эссе" жазуды бағалау нәтижелері; С – әңгімелесу
 * > нәтижелері; 0,4 – жеке қасиеттерді бағалаудың салмақ коэффициенті (40 пайыз); 0,4 – "эссе"
 * > жазуды бағалаудың салмақ коэффициенті (40 пайыз); 0,2 – әңгімелесуді бағалаудың салмақ
 * > коэффициенті (20 пайыз); Басшылық емес лауазымдар үшін: И=0,3*О+0,7*П; мұнда: И – жалпы конкурс
 * > нәтижелері бойынша қорытынды балл; О – жеке қасиеттерді бағалау нәтижелері; П – практикалық
 * > бағалау нәтижелері; 0,3 – жеке қасиеттерді бағалаудың салмақ коэффициенті (30 пайыз);
 * > 0,7 – практикалық бағалаудың салмақ коэффициенті (70 пайыз).»
 *
 * "The final score of the general competition is determined as follows. For leadership positions:
 * И = 0.4·О + 0.4·Э + 0.2·С, where О is the personal-qualities result, Э the essay result and С
 * the interview result, weighted 40 %, 40 % and 20 %. For non-leadership positions:
 * И = 0.3·О + 0.7·П, where П is the practical-assessment result, weighted 30 % and 70 %."
 *
 * **Lower positions: presumed, not stated.** The methodology gives a final formula only for
 * leadership and non-leadership positions, though it treats lower positions as a track of their own
 * for О (R-GC-1) and П (R-GC-3). Lower positions are not leadership positions and are assessed by
 * О and П, so the library applies `И = 0.3·О + 0.7·П` to them as a presumption; the result says
 * `presumed: true` and its `formula` and `note` say "presumed, not stated", so every explanation
 * built on it can say so.
 *
 * **Scales.** О and Э are on the 5-point scale (0–5); С = С1 + С2 and П = П1 + П2 are in 0–10.
 * So leadership И ≤ 0.4·5 + 0.4·5 + 0.2·10 = 6 and the other tracks И ≤ 0.3·5 + 0.7·10 = 8.5:
 * compare candidates of one track only. Э may be any decimal in 0–5: several members grade the
 * essay and the order does not say that Э is a whole number. О, С, П are accepted with decimals.
 *
 * The value is exact (no rounding inside; the order gives none). For display, round yourself,
 * e.g. `value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)`.
 *
 * @rule R-GC-5
 * @param i - `{ track: "leadership", O, E, C }` or `{ track: "non-leadership" | "lower", O, P }`.
 * @returns `{ value, max, track, formula, printed, presumed, note, rule: "R-GC-5" }`.
 * @throws A {@link RuleInputError} for an unknown or missing track, a missing, unknown or
 *   out-of-range field (a field of another track included), NaN, Infinity or a wrong type; every
 *   problem is listed.
 *
 * @example
 * ```ts
 * const r = competitionFinalResult({ track: "lower", O: "3.5", P: 8 });
 * r.value.toString() // "6.65"  (0.3 × 3.5 + 0.7 × 8 = 1.05 + 5.6)
 * r.max.toString()   // "8.5"
 * r.presumed         // true
 * r.formula          // "И = 0.3·О + 0.7·П (presumed, not stated)"
 * ```
 * @category Scoring
 */
export function competitionFinalResult(i: CompetitionFinalInput): CompetitionFinalResult {
  const { track, value } = finalScore(i);
  const formula = F[track];
  return Object.freeze({
    value: out(value),
    max: out(WEIGHTS.get(track)!.max), // a copy: the caller's to keep, shared with no other result
    track,
    formula: formula.formula,
    printed: formula.printed,
    presumed: formula.presumed,
    note: formula.note,
    rule: RULE,
  });
}

/**
 * И of a validated input, with its track (internal: {@link competitionFinal} returns the value
 * alone, {@link competitionFinalResult} adds what explains it). Valid input takes the fast path
 * ({@link FastTracked}); anything else is parsed with the schema, which throws the
 * {@link RuleInputError} listing every problem.
 *
 * @internal
 */
export function finalScore(i: unknown): { track: Track; value: Decimal } {
  const input = fast.read(i) ?? (parseTracked(schema, i, RULE) as Record<string, unknown> & { track: Track });
  // the same operations in the same order as ever: 0 + w₁·x₁ + w₂·x₂ (+ w₃·x₃), each exact at 40 digits
  let value = new D(0);
  for (const t of WEIGHTS.get(input.track)!.terms) value = value.plus(t.weight.times(input[t.field] as Decimal));
  return { track: input.track, value };
}
