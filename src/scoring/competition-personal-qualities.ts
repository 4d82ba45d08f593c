import type { Decimal } from "decimal.js";
import * as z from "zod";
import { D, out } from "../internal/decimal.js";
import { num, type Num } from "../internal/validate.js";
import { PERSONAL_QUALITIES_PARAMETERS as P } from "./parameters.js";
import { exactLength } from "./array-length.js";
import { fastPaths, readerOf } from "./fast.js";
import { parseTracked } from "./tracks.js";

const RULE = "R-GC-1";

const competency = /* @__PURE__ */ (() => ({
  leadership: num({ min: 0, max: P.leadership.competencyMax!, unit: "(competency score)" }),
  "non-leadership": num({ min: 0, max: P["non-leadership"].competencyMax!, unit: "(competency score)" }),
}))();
const iq = /* @__PURE__ */ (() => num({ min: 0, max: P.lower.iqMax!, unit: "(IQ: behavioural and cognitive test result)" }))();

function competencies(n: number, element: ReturnType<typeof num>) {
  return exactLength(
    element,
    n,
    (len) => `wrong number of competency scores: exactly ${n} are required for this track (О1…О${n}), got ${len}`,
  );
}

const schema = /* @__PURE__ */ (() => z.discriminatedUnion("track", [
  z.strictObject({
    track: z.literal("leadership"),
    competencies: competencies(P.leadership.competencies!, competency.leadership),
  }),
  z.strictObject({
    track: z.literal("non-leadership"),
    competencies: competencies(P["non-leadership"].competencies!, competency["non-leadership"]),
  }),
  z.strictObject({
    track: z.literal("lower"),
    iq,
  }),
]))();

const readIq = /* @__PURE__ */ (() => readerOf(iq, "iq"))();
const readCompetency = /* @__PURE__ */ (() => ({ leadership: readerOf(competency.leadership, "competencies"), "non-leadership": readerOf(competency["non-leadership"], "competencies") }))();

/**
 * The fast path (in the style of `FastTracked`, tracks.ts): О of a valid input — a plain object with a
 * known track and exactly its field, each score valid, a list of exactly the track's count — read
 * without a zod run, by the same operations in the same order; `undefined` for anything else (then
 * {@link parseTracked} reports every problem as always).
 */
function fastRead(i: unknown): Decimal | undefined {
  if (typeof i !== "object" || i === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(i);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = i as Record<string, unknown>;
  const track = o.track;
  if (Object.keys(o).length !== 2) return undefined;
  if (track === "lower") {
    if (!Object.prototype.hasOwnProperty.call(o, "iq")) return undefined;
    return readIq(o.iq)?.div(new D(P.lower.divisor));
  }
  if (track !== "leadership" && track !== "non-leadership") return undefined;
  if (!Object.prototype.hasOwnProperty.call(o, "competencies")) return undefined;
  const list = o.competencies;
  if (!Array.isArray(list) || list.length !== P[track].competencies) return undefined;
  const read = readCompetency[track];
  let sum = new D(0);
  for (let k = 0; k < list.length; k++) {
    const c = read(list[k]);
    if (c === undefined) return undefined;
    sum = sum.plus(c);
  }
  return sum.div(new D(P[track].divisor));
}

/**
 * Input of {@link competitionPersonalQualities}: the track and its test results.
 *
 * @category Scoring
 */
export type CompetitionPersonalQualitiesInput =
  | { track: "leadership"; competencies: readonly Num[] }
  | { track: "non-leadership"; competencies: readonly Num[] }
  | { track: "lower"; iq: Num };

/**
 * **R-GC-1** — personal-qualities score О of the general competition for corps "B", on a
 * 5-point scale, by track:
 * - leadership: `О = (О1 + О2 + … + О10) / 10` (ten competency scores);
 * - non-leadership: `О = (О1 + … + О7) / 7` (seven competency scores);
 * - lower: `О = IQ / 6`.
 *
 * > «Басшылық лауазымдар үшін жеке қасиеттерді бағалау бойынша қорытынды балл мынадай формула
 * > бойынша есептеледі: О= О1+О2+О3+О4+О5+О6+О7+О+8+О9+О10/10 мұнда: О-қорытынды балл; О1-О10–
 * > әрбір құзырет бойынша балл. 10- 5 баллға келтіру коэффициенті. Басшылық емес лауазымдар үшін
 * > жеке қасиеттерді бағалау бойынша қорытынды балл мынадай формула бойынша есептеледі:
 * > О = О1+О2+О3+О4+О5+О6+О7/7 мұнда: О – қорытынды балл; О1-О7– әрбір құзырет бойынша балл.
 * > 7- 5 баллға келтіру коэффициенті. Төменгі лауазымдар үшін жеке қасиеттерді бағалау бойынша
 * > қорытынды балл мынадай формула бойынша есептеледі О= (IQ/6); О- қорытынды балл; IQ- мінез-құлық
 * > және когнитивті тест нәтижелері; 6- 5 баллға келтіру коэффициенті.»
 *
 * "For leadership positions the final personal-qualities score is О = О1+…+О10/10, where О1–О10
 * are the scores per competency and 10 is the coefficient bringing [the result] to 5 points. For
 * non-leadership positions О = О1+…+О7/7, 7 being the coefficient bringing to 5 points. For lower
 * positions О = (IQ/6), IQ being the results of the behavioural and cognitive test and 6 the
 * coefficient bringing to 5 points."
 *
 * **Reading of the printed formula.** Taken literally, `О1+…+О10/10` divides only the last term.
 * The order itself says that 10 (7, 6) is the "coefficient bringing to 5 points" («5 баллға
 * келтіру коэффициенті»): only dividing the **whole sum** brings ten (seven) 0–5 scores to a
 * 5-point result, so the library computes `(О1 + … + О10) / 10` and `(О1 + … + О7) / 7`. (The
 * printed leadership formula also has the misprint «О+8» for О8.)
 *
 * **Inferred bounds (not stated).** The order states no range for a competency score or for IQ.
 * The library takes each competency score in 0–5 (ten scores / 10, or seven / 7, is then a result
 * on the 5-point scale) and IQ in 0–30 (the lower-positions test of logical thinking has
 * «30 сұрақ», testing rules App. 6, and 30 / 6 = 5). Both are inferences from "5 points" and
 * "30 questions".
 *
 * **Decimals.** Competency scores are accepted with decimals: the order calls them "scores per
 * competency" («әрбір құзырет бойынша балл») and the testing programs set a per-competency pass
 * mark of «2,5 балл», so a competency score is not a whole count. IQ ("test results") is accepted
 * with decimals too; a count of correct answers is whole anyway.
 *
 * The result is exact: divisions keep 40 significant digits and nothing is rounded (the order
 * gives no rounding). For display, round yourself, e.g.
 * `О.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)`.
 *
 * @rule R-GC-1
 * @param i - `{ track: "leadership", competencies }` with exactly 10 scores, `{ track:
 *   "non-leadership", competencies }` with exactly 7 scores (each 0–5), or `{ track: "lower", iq }`
 *   with IQ in 0–30. The array is not modified.
 * @returns О, a Decimal in 0–5.
 * @throws A {@link RuleInputError} for an unknown or missing track, a wrong number of competency
 *   scores, a score out of range, NaN, Infinity, a wrong type, more than 40 significant digits, a
 *   missing or unknown field; every problem is listed. Too many competency scores are rejected on
 *   their count alone (`too-many`), before any score is read, however long the list; too few are
 *   reported (`too-few`) together with the bad scores.
 *
 * @example
 * ```ts
 * competitionPersonalQualities({ track: "leadership", competencies: [4, 3.5, 5, 4, 2.5, 3, 4, 4.5, 3, 5] }).toString()
 * // "3.85"  (38.5 / 10)
 * competitionPersonalQualities({ track: "non-leadership", competencies: [3, 4, 4, 5, 3, 4, 5] }).toString()
 * // "4"     (28 / 7)
 * competitionPersonalQualities({ track: "lower", iq: 20 }).toString()
 * // "3.333333333333333333333333333333333333333"  (20 / 6)
 * ```
 * @category Scoring
 */
export function competitionPersonalQualities(i: CompetitionPersonalQualitiesInput): Decimal {
  const fast = fastPaths() ? fastRead(i) : undefined;
  if (fast !== undefined) return out(fast);
  const input = parseTracked(schema, i, RULE);
  switch (input.track) {
    case "lower":
      return out(input.iq.div(new D(P.lower.divisor)));
    case "leadership":
    case "non-leadership": {
      const sum = input.competencies.reduce((s, c) => s.plus(c), new D(0));
      return out(sum.div(new D(P[input.track].divisor)));
    }
  }
}
