import type { Decimal } from "decimal.js";
import { out } from "../../internal/decimal.js";
import { fail } from "../../internal/validate.js";
import { RESERVE_EXCLUSION_GROUND_INFO, type ReserveExclusionGround } from "./exclusion-grounds.js";
import { checkCandidate, checkSkeleton } from "./funnel/check-result.js";
import { Outcome, funnelIndexOf, type FunnelIndex } from "./funnel/funnel-index.js";
import { leftStatusOf, scoreAt } from "./funnel/stored-values.js";
import { RULE_FUNNEL } from "./funnel/issues.js";
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
 * **What it reads.** The result {@link runReserveFunnel} returns is plain data the caller may change;
 * the funnel also seals, when it returns, an index of its own for that very object (kept privately,
 * never part of the result — see docs/reserve.md). The explanation answers from that sealed index,
 * so a changed result can never make it throw a `TypeError` or render a sentence from a missing
 * value; and before answering it checks that the result it is given still says what the index says,
 * so it never contradicts that object:
 *
 * - the skeleton: the seven stages in order (`stage`, `next`, an `admitted` list of the length
 *   produced, `bySector`), `reserve` and `awaitingCommission` of the lengths produced, `options.ties`;
 * - the candidate's sector entry at the stage where they stopped: `quota`, `competed`, `admitted`,
 *   `cutoff`, `tied` (its length, the candidate at their place), `tiedScore`, `tiedAdmitted`, `left`;
 * - the candidate's id at their place in each `admitted` list they passed, in `reserve` or in
 *   `awaitingCommission`.
 *
 * Any difference is a {@link RuleInputError} naming the field (`result.stages[6]`,
 * `result.stages[0].bySector.digitalisation.competed`, …) with the message
 * `"the result was altered: expected …"`. A change elsewhere (another sector, another candidate's
 * id, an added field) is not read and leaves the explanation as it was. The check takes the same
 * few dozen reads whatever the size of the run (no list is scanned), so explaining every candidate
 * of a run stays linear in the run.
 *
 * A copy of the result — through JSON (e.g. sent by a server and parsed back), `structuredClone`,
 * a spread — or a `Proxy` of it has no sealed index, and the candidates' scores, ranks and statuses
 * are not in the public result at all: it is refused (field `"result"`). Explain on the side that
 * ran the funnel, and send the explanations.
 *
 * @rule R-PYR-3
 * @param result - the object returned by {@link runReserveFunnel}.
 * @param id - a candidate id of that run.
 * @returns the explanation, with a one-sentence `summary` (its Decimals are new copies each call).
 * @throws A {@link RuleInputError} when `result` is not a result of `runReserveFunnel` (a copy, a
 *   Proxy, anything else), when it was altered where the explanation reads it, or when `id` was not
 *   in the run.
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
  const index = funnelIndexOf(result);
  if (index === undefined) fail(RULE_FUNNEL, "result", result, NOT_A_RESULT);
  // the index is found only for an object the funnel returned
  const read = checkSkeleton(result as object, index);
  const i = find(index, id);
  if (i < 0) fail(RULE_FUNNEL, "id", id, "no candidate with this id in the funnel run");
  checkCandidate(read, index, i, id);
  return explainFromIndex(index, i, id);
}

/** The message for anything that is not a result the funnel returned. */
const NOT_A_RESULT = "not a result of runReserveFunnel (its index does not survive copying or JSON)";

/** The explanation of candidate `i` (id `id`), from the sealed index alone. */
function explainFromIndex(index: FunnelIndex, i: number, id: string): ReserveCandidateExplanation {
  const s = index.lastStage[i]!;
  const stage = RESERVE_STAGES[s]!;
  const sector = RESERVE_SECTORS[index.sector[i]!]!;
  const sec = index.stages[s]!.bySector[index.sector[i]!]!;
  const code = index.outcome[i]!;
  const reached = RESERVE_STAGES.slice(0, s + 1);
  const where = STAGE_NAMES[stage];
  const cutoff = sec.cutoff === undefined ? undefined : out(sec.cutoff);
  const base = { id, sector, stage, reached, competed: sec.competed, quota: sec.quota, ...(cutoff ? { cutoff } : {}) };

  if (code === Outcome.Left) {
    const st = leftStatusOf(index.vals[s]![i]!);
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
  const score = out(scoreAt(index, s, i));
  const rank = index.lastRank[i]!;
  const pos = `rank ${rank} of ${sec.competed} in ${sector} with ${score.toFixed()}`;
  if (code === Outcome.Advanced) {
    return {
      ...base,
      outcome: "reserve",
      score,
      rank,
      // the tied group is the whole score group across the quota (never admitted at the last step)
      tie: sec.tiedAdmitted && sec.tiedScore !== undefined && score.eq(sec.tiedScore),
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
        summary: `Awaiting the National Commission: ${pos}, tied with ${sec.tied - 1} other(s) across the quota of ${sec.quota}; the last step never exceeds its quota, so the Commission decides.`,
      };
    }
    return {
      ...base,
      outcome: "not-admitted",
      score,
      rank,
      tie: true,
      summary: `Stopped at ${where}: ${pos}, tied with ${sec.tied - 1} other(s) across the quota of ${sec.quota}; ties "strict" left the tied group out of ${NEXT_NAMES[stage]}${sec.cutoff ? ` (cut-off ${sec.cutoff.toString()})` : ""}.`,
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

/** Position of the candidate `id` in the run, or −1 (also for an id that is not a string). */
function find(index: FunnelIndex, id: unknown): number {
  return typeof id === "string" ? (index.byId.get(id) ?? -1) : -1;
}
