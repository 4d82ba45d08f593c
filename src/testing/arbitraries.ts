import fc from "fast-check";
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from "../calendars/days-off-data.js";
import { isWorkingDay } from "../calendars/is-working-day.js";
import { RESERVE_SECTORS } from "../eligibility/reserve/sectors.js";
import { RESERVE_STAGES, type ReserveStage } from "../eligibility/reserve/quotas.js";
import type { ReserveCandidate } from "../eligibility/reserve/funnel/types.js";
import type { CompetitionFinalInput } from "../scoring/competition-final-result.js";
import type { CompetitionPersonalQualitiesInput } from "../scoring/competition-personal-qualities.js";

/**
 * A decimal string in `[min, max]` with at most `places` decimal places ("3.25", "0", "5"): the
 * kind of score an agency's database stores. Exact: no float is involved.
 */
function decimalString(min: number, max: number, places: number): fc.Arbitrary<string> {
  const scale = 10 ** places;
  return fc.integer({ min: min * scale, max: max * scale }).map((n) => {
    if (places === 0) return String(n);
    const whole = Math.trunc(n / scale);
    const frac = String(n % scale).padStart(places, "0").replace(/0+$/, "");
    return frac === "" ? String(whole) : `${whole}.${frac}`;
  });
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Options of {@link civilDateArb} and {@link workingDayArb}: an inclusive range of dates. */
export interface DateRange {
  /** First date, `YYYY-MM-DD` (default: 1 January of the calendar's first year, 2012). */
  from?: string;
  /** Last date, `YYYY-MM-DD` (default: 31 December of the calendar's last year, 2077). */
  to?: string;
}

/**
 * Civil dates `YYYY-MM-DD` within the library's calendar (2012–2077) or the range given — every
 * day equally likely, 29 February included.
 *
 * @category Testing
 */
export function civilDateArb(range: DateRange = {}): fc.Arbitrary<string> {
  const from = dayNumber(range.from ?? `${CALENDAR_FIRST_YEAR}-01-01`);
  const to = dayNumber(range.to ?? `${CALENDAR_LAST_YEAR}-12-31`);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) throw new RangeError(`civilDateArb: not a range of dates: ${String(range.from)} … ${String(range.to)}`);
  return fc.integer({ min: from, max: to }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
}

/**
 * Working days of Kazakhstan (R-CAL-1, the library's calendar) within the range: the dates of
 * {@link civilDateArb} for which `isWorkingDay` is true.
 *
 * @category Testing
 */
export function workingDayArb(range: DateRange = {}): fc.Arbitrary<string> {
  return civilDateArb(range).filter((d) => isWorkingDay(d));
}

/**
 * Options of {@link selectionCandidateArb}.
 *
 * @category Testing
 */
export interface SelectionCandidateArbOptions {
  /** Questions in each block of the information test (default 25, as the orders' example). */
  readonly questionsPerBlock?: number;
}

/**
 * One generated candidate of {@link selectionCandidateArb}: each field an argument the scoring
 * functions accept.
 *
 * @category Testing
 */
export interface SelectionCandidateRow {
  /** A UUID. */
  id: string;
  /** Personal qualities, percent 0–100 with up to two decimals, as a decimal string. */
  S: string;
  /** Correct answers of block 1, whole 0 … questionsPerBlock. */
  S1: number;
  /** Correct answers of block 2, whole 0 … questionsPerBlock. */
  S2: number;
  /** The essay grade, whole 0–5. */
  essay: number;
  /** The interview grade, whole 0–3. */
  interview: number;
}

/**
 * One candidate of the selection in the integrated information system (R-SEL-1…4): the
 * personal-qualities percentage `S` (0–100, up to two decimals), the correct answers of the two
 * blocks `S1`, `S2` (whole, 0 … `questionsPerBlock`, default 25), the essay (whole 0–5) and the
 * interview (whole 0–3) — each an argument the scoring functions accept.
 *
 * @category Testing
 */
export function selectionCandidateArb(opts: SelectionCandidateArbOptions = {}): fc.Arbitrary<SelectionCandidateRow> {
  const q = opts.questionsPerBlock ?? 25;
  return fc.record({
    id: fc.uuid(),
    S: decimalString(0, 100, 2),
    S1: fc.integer({ min: 0, max: q }),
    S2: fc.integer({ min: 0, max: q }),
    essay: fc.integer({ min: 0, max: 5 }),
    interview: fc.integer({ min: 0, max: 3 }),
  });
}

/**
 * The input of `competitionFinal` / `competitionFinalResult` (R-GC-5) on a track: О and Э on 0–5,
 * С and П on 0–10, with up to two decimals.
 *
 * @category Testing
 */
export function competitionFinalInputArb(track?: CompetitionFinalInput["track"]): fc.Arbitrary<CompetitionFinalInput> {
  const t = track === undefined ? fc.constantFrom("leadership", "non-leadership", "lower") : fc.constant(track);
  return t.chain((tr): fc.Arbitrary<CompetitionFinalInput> =>
    tr === "leadership"
      ? fc.record({ track: fc.constant("leadership" as const), O: decimalString(0, 5, 2), E: decimalString(0, 5, 2), C: decimalString(0, 10, 2) })
      : fc.record({ track: fc.constant(tr), O: decimalString(0, 5, 2), P: decimalString(0, 10, 2) }),
  );
}

/**
 * The input of `competitionPersonalQualities` (R-GC-1) on a track: ten (leadership) or seven
 * (non-leadership) competency scores 0–5 with up to one decimal, or the lower track's IQ result.
 *
 * @category Testing
 */
export function competitionPersonalQualitiesInputArb(track?: CompetitionPersonalQualitiesInput["track"]): fc.Arbitrary<CompetitionPersonalQualitiesInput> {
  const t = track === undefined ? fc.constantFrom("leadership", "non-leadership", "lower") : fc.constant(track);
  return t.chain((tr): fc.Arbitrary<CompetitionPersonalQualitiesInput> => {
    if (tr === "lower") return fc.record({ track: fc.constant("lower" as const), iq: fc.integer({ min: 0, max: 30 }) });
    const n = tr === "leadership" ? 10 : 7;
    return fc.record({ track: fc.constant(tr), competencies: fc.array(decimalString(0, 5, 1), { minLength: n, maxLength: n }) });
  });
}

/** Options of {@link reserveCandidatesArb}. */
export interface ReservePopulationOptions {
  /** Most candidates (default 200). */
  maxCandidates?: number;
  /**
   * How scores are written, mixed as an agency's export mixes them (default all):
   * `"whole"` numbers, `"fraction"` numbers with 1–3 decimals (3.142), decimal `"string"`s.
   */
  kinds?: ReadonlyArray<"whole" | "fraction" | "string">;
}

/**
 * A population of the Presidential Youth Reserve funnel (R-PYR-3): candidates of the six sectors
 * with distinct ids (`c1`, `c2`, …), an entry for every stage (the funnel decides who reaches
 * which), one in ten absent at one stage, with scores on each stage's scale
 * (`RESERVE_SCORE_SCALES`) drawn from few values, so that **ties are frequent** (as in a real
 * campaign, where 25-question blocks give many equal counts). Statuses (absent) appear too.
 *
 * @category Testing
 */
export function reserveCandidatesArb(opts: ReservePopulationOptions = {}): fc.Arbitrary<ReserveCandidate[]> {
  const kinds = opts.kinds ?? ["whole", "fraction", "string"];
  const later = (v: number, k: "whole" | "fraction" | "string"): number | string =>
    k === "whole" ? Math.round(v) : k === "fraction" ? v : String(v);
  const scoreFor = (stage: ReserveStage): fc.Arbitrary<number | string> => {
    if (stage === "text" || stage === "numeric") return fc.integer({ min: 0, max: 25 });
    const values = stage === "situational" ? [2.5, 3, 3.333, 4, 4.667, 5] : [1.5, 2.25, 3, 3.142, 4.5, 7];
    return fc.tuple(fc.constantFrom(...values), fc.constantFrom(...kinds)).map(([v, k]) => later(v, k));
  };
  const candidate = fc.record({
    sector: fc.constantFrom(...RESERVE_SECTORS),
    scores: fc.tuple(...RESERVE_STAGES.map(scoreFor)),
    absentAt: fc.option(fc.integer({ min: 0, max: RESERVE_STAGES.length - 1 }), { freq: 10 }),
  });
  return fc.array(candidate, { maxLength: opts.maxCandidates ?? 200 }).map((cs) =>
    cs.map((c, i): ReserveCandidate => {
      // every stage has an entry (the funnel decides who reaches it); one may be "absent"
      const scores: Record<string, unknown> = {};
      RESERVE_STAGES.forEach((stage, s) => {
        scores[stage] = c.absentAt === s ? { status: "absent" } : c.scores[s];
      });
      return { id: `c${i + 1}`, sector: c.sector, scores: scores as ReserveCandidate["scores"] };
    }),
  );
}
