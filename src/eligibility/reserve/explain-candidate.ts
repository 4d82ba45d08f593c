import type { Decimal } from "decimal.js";
import { RuleInputError } from "../../errors.js";
import { D } from "../../internal/decimal.js";
import { RESERVE_EXCLUSION_GROUND_INFO, type ReserveExclusionGround } from "./exclusion-grounds.js";
import { DEC, FUNNEL_INDEX, Outcome, type FunnelIndex } from "./funnel/funnel-index.js";
import type { ReserveFunnelResult } from "./funnel/types.js";
import { RESERVE_STAGES, type ReserveStage } from "./quotas.js";
import { RESERVE_SECTORS, type ReserveSector } from "./sectors.js";

/**
 * Where one candidate's funnel ended, and why.
 *
 * - `"reserve"` — entered the Reserve;
 * - `"awaiting-commission"` — tied across the quota of the last step: the National Commission
 *   decides (the step never exceeds its quota);
 * - `"not-admitted"` — ranked below the quota at `stage` (with `tie: true` when part of a tie
 *   straddling the quota that `ties: "strict"` left out);
 * - `"left"` — left the funnel at `stage` without a score (absent, excluded, or `null`).
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveCandidateExplanation {
  readonly id: string;
  readonly sector: ReserveSector;
  readonly outcome: "reserve" | "awaiting-commission" | "not-admitted" | "left";
  /** The last stage the candidate took part in (where they stopped, or `"national"`). */
  readonly stage: ReserveStage;
  /** Stages reached, in order (the last is `stage`). */
  readonly reached: readonly ReserveStage[];
  /** The candidate's score at `stage` (absent when they left there). */
  readonly score?: Decimal;
  /** Competition rank (1, 2, 2, 4) in the sector at `stage` (absent when they left there). */
  readonly rank?: number;
  /** How many of the sector were ranked at `stage`. */
  readonly competed: number;
  /** The sector's quota at `stage`. */
  readonly quota: number;
  /** The sector's cut-off at `stage` (score of its last admitted; absent when none was admitted). */
  readonly cutoff?: Decimal;
  /** Part of the tie straddling the quota at `stage`. */
  readonly tie: boolean;
  /** For `"left"`: how (`"unspecified"` = given as `null`). */
  readonly status?: "absent" | "excluded" | "unspecified";
  /** For an exclusion with a ground. */
  readonly ground?: ReserveExclusionGround;
  /** One sentence in English. */
  readonly summary: string;
}

const STAGE_NAMES: Readonly<Record<ReserveStage, string>> = {
  text: "the text-information block (block 1)",
  numeric: "the numeric-information block (block 2)",
  situational: "the situational tasks",
  assessment: "the assessment centre",
  interview: "the competency interview",
  expert: "the expert commission",
  national: "the National Commission",
};
const NEXT_NAMES: Readonly<Record<ReserveStage, string>> = {
  text: "block 2",
  numeric: "the situational tasks",
  situational: "the assessment centre",
  assessment: "the competency interview",
  interview: "the expert commission",
  expert: "the National Commission",
  national: "the Reserve",
};

/**
 * **R-PYR-3** — explains one candidate of a {@link runReserveFunnel} result: the stage where they
 * stopped, their rank in their sector there, the quota and cut-off that stopped them; or that they
 * entered the Reserve, or await the National Commission's decision on a tie at the last step.
 *
 * Reads the index `runReserveFunnel` attaches to its result (not kept by a JSON round trip).
 *
 * @rule R-PYR-3
 * @param result - the object returned by {@link runReserveFunnel}.
 * @param id - a candidate id of that run.
 * @returns the explanation, with a one-sentence `summary`.
 * @throws {@link RuleInputError} when `result` is not a funnel result or `id` was not in the run.
 *
 * @example
 * ```ts
 * const r = runReserveFunnel([
 *   { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
 *   { id: "b", sector: "digitalisation", scores: { text: 12 } },
 * ]);
 * explainReserveCandidate(r, "b").summary
 * // 'Stopped at the text-information block (block 1): rank 2 of 2 in digitalisation with 12; the quota of 1 was filled down to the cut-off 20.'
 * ```
 * @category Presidential Youth Reserve
 */
export function explainReserveCandidate(result: ReserveFunnelResult, id: string): ReserveCandidateExplanation {
  const index = (result as unknown as { [FUNNEL_INDEX]?: FunnelIndex } | null)?.[FUNNEL_INDEX];
  if (index === undefined) {
    throw new RuleInputError([
      { field: "result", value: result, rule: "R-PYR-3", message: "not a result of runReserveFunnel (its index does not survive copying or JSON)" },
    ]);
  }
  const i = find(index, id);
  if (i < 0) {
    throw new RuleInputError([{ field: "id", value: id, rule: "R-PYR-3", message: "no candidate with this id in the funnel run" }]);
  }
  const s = index.lastStage[i]!;
  const stage = RESERVE_STAGES[s]!;
  const sector = RESERVE_SECTORS[index.sector[i]!]!;
  const sec = result.stages[s]!.bySector[sector];
  const code = index.outcome[i]!;
  const reached = RESERVE_STAGES.slice(0, s + 1);
  const where = STAGE_NAMES[stage];
  const base = { id, sector, stage, reached, competed: sec.competed, quota: sec.quota, ...(sec.cutoff ? { cutoff: sec.cutoff } : {}) };

  if (code === Outcome.Left) {
    const st = index.statuses[s]!.get(i)!;
    const how =
      st.status === "absent"
        ? "absent"
        : st.status === "excluded"
          ? `excluded${st.ground ? ` (${st.ground}: ${RESERVE_EXCLUSION_GROUND_INFO[st.ground].en})` : ""}`
          : "no score (null: absent, excluded or disqualified)";
    return {
      ...base,
      outcome: "left",
      tie: false,
      status: st.status,
      ...(st.ground ? { ground: st.ground } : {}),
      summary: `Left the funnel at ${where}: ${how}; not counted in that stage's ranking${s === 0 ? " nor in the 50 % base" : ""}.`,
    };
  }
  const va = index.vals[s]!;
  const v = va[i]!;
  const score = v === DEC ? index.decs[s]!.get(i)! : new D(v);
  const rank = index.lastRank[i]!;
  const pos = `rank ${rank} of ${sec.competed} in ${sector} with ${score.toString()}`;
  if (code === Outcome.Advanced) {
    return {
      ...base,
      outcome: "reserve",
      score,
      rank,
      tie: sec.tiedAdmitted && sec.tied.includes(id),
      summary: `Entered the Reserve: ${pos} at the National Commission; quota ${sec.quota}.`,
    };
  }
  if (code === Outcome.TiedOut) {
    if (stage === "national") {
      return {
        ...base,
        outcome: "awaiting-commission",
        score,
        rank,
        tie: true,
        summary: `Awaiting the National Commission: ${pos}, tied with ${sec.tied.length - 1} other(s) across the quota of ${sec.quota}; the last step never exceeds its quota, so the Commission decides.`,
      };
    }
    return {
      ...base,
      outcome: "not-admitted",
      score,
      rank,
      tie: true,
      summary: `Stopped at ${where}: ${pos}, tied with ${sec.tied.length - 1} other(s) across the quota of ${sec.quota}; ties "strict" left the tied group out of ${NEXT_NAMES[stage]}${sec.cutoff ? ` (cut-off ${sec.cutoff.toString()})` : ""}.`,
    };
  }
  return {
    ...base,
    outcome: "not-admitted",
    score,
    rank,
    tie: false,
    summary: `Stopped at ${where}: ${pos}; ${sec.cutoff ? `the quota of ${sec.quota} was filled down to the cut-off ${sec.cutoff.toString()}` : `nobody was admitted (quota ${sec.quota})`}.`,
  };
}

function find(index: FunnelIndex, id: unknown): number {
  return typeof id === "string" ? (index.byId.get(id) ?? -1) : -1;
}
