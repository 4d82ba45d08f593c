/**
 * The public types of the Reserve funnel (R-PYR-3): what a caller gives ({@link ReserveCandidate},
 * {@link ReserveFunnelOptions}) and what {@link runReserveFunnel} answers.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Num } from "../../../internal/validate.js";
import type { ReserveExclusionGround } from "../exclusion-grounds.js";
import type { ReserveStage } from "../quotas.js";
import type { ReserveSector } from "../sectors.js";

/**
 * An explicit status instead of a score, for a stage the candidate reached but did not complete:
 * `"absent"` (did not take part) or `"excluded"` (with the ground of R-PYR-1 when known; a
 * proctoring violation annuls the results). Either way the candidate leaves the funnel at that
 * stage and is not in its base (for the text block: not in the 50 % base).
 *
 * @category Presidential Youth Reserve
 */
export type ReserveStageStatus =
  | { readonly status: "absent" }
  | { readonly status: "excluded"; readonly ground?: ReserveExclusionGround };

/**
 * A stage's entry for one candidate: the score (number, decimal string or Decimal); `null` =
 * absent, excluded or disqualified there, without saying which; or a {@link ReserveStageStatus}.
 *
 * @category Presidential Youth Reserve
 */
export type ReserveStageEntry = Num | null | ReserveStageStatus;

/**
 * One candidate of the funnel.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveCandidate {
  /** Unique id (e.g. the personal number the platform gives at registration). */
  readonly id: string;
  /** A sector id of {@link RESERVE_SECTORS} (checked at run time too: a plain string from a file is refused if it is none). */
  readonly sector: ReserveSector;
  /**
   * One entry per stage the candidate reached. Every stage reached must have its key; entries for
   * stages not reached are validated and ignored. Other fields of the candidate object are ignored.
   */
  readonly scores: Partial<Record<ReserveStage, ReserveStageEntry>>;
}

/**
 * Options of {@link runReserveFunnel}.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveFunnelOptions {
  /**
   * Ties straddling a quota at a **selection** stage (every step but the last):
   * `"admit-all"` (default) admits everyone tied — the procedure's "if several candidates have equal
   * results, more candidates may be admitted"; `"strict"` never exceeds the quota and lists the tied
   * group in `tied`. The last step (National Commission → Reserve) is strict under either value.
   */
  readonly ties?: "admit-all" | "strict";
  /**
   * 50 % of an odd number of block-1 finishers: `"up"` (default, ⌈n/2⌉) or `"down"` (⌊n/2⌋). The
   * procedure does not say; the default is this library's choice, not a reading of the text.
   */
  readonly halfRounding?: "up" | "down";
  /**
   * The National Commission's revised quotas for the last step, per sector (whole numbers ≥ 0);
   * sectors not listed keep 9 / 8 / 7 / 9 / 9 / 8. The quotas in effect must sum to at most 50
   * («Резервке 50-ден аспайтын кандидатты», lines 756–760): a revision moves places between the
   * sectors, it does not lift the cap; a larger sum is a {@link RuleInputError} (R-PYR-3).
   */
  readonly finalQuotas?: Partial<Record<string, number>>;
}

/**
 * Those who left the funnel at a stage without a score.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveLeft {
  /** All who left: absent + excluded + unspecified. */
  readonly total: number;
  readonly absent: number;
  /** Excluded, with or without a ground. */
  readonly excluded: number;
  /** Given as `null` (absent, excluded or disqualified: not said which). */
  readonly unspecified: number;
  /** Excluded, counted by ground (those without a ground are not here). */
  readonly grounds: Partial<Record<ReserveExclusionGround, number>>;
}

/**
 * One sector at one stage.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveSectorStage {
  /** The quota applied: for the text block, 50 % of `competed` rounded by `halfRounding`. */
  readonly quota: number;
  /** Candidates ranked at this stage (reached it and have a score). */
  readonly competed: number;
  /** Reached it but left without a score. */
  readonly left: ReserveLeft;
  /** How many were admitted to the next stage (for `"national"`: into the Reserve). */
  readonly admitted: number;
  /** Score of the last admitted candidate; absent when nobody was admitted. */
  readonly cutoff?: Decimal;
  /**
   * The tied group straddling the quota (sorted by id): admitted when `tiedAdmitted`, otherwise
   * left out and reported — at the last step, for the National Commission to decide.
   */
  readonly tied: readonly string[];
  /** Score of the `tied` group; absent when `tied` is empty. */
  readonly tiedScore?: Decimal;
  /** Whether the `tied` group was admitted (ties "admit-all" at a selection stage). */
  readonly tiedAdmitted: boolean;
}

/**
 * One stage of the funnel.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveStageResult {
  /** The stage whose scores were ranked. */
  readonly stage: ReserveStage;
  /** Where its admitted candidates go. */
  readonly next: ReserveStage | "reserve";
  /** Ids admitted to `next`, by sector (in {@link RESERVE_SECTORS} order), then rank, then id. */
  readonly admitted: readonly string[];
  /** Per sector, every sector present, in {@link RESERVE_SECTORS} order. */
  readonly bySector: Readonly<Record<ReserveSector, ReserveSectorStage>>;
}

/**
 * The result of {@link runReserveFunnel}. Plain data (JSON-friendly; Decimals serialise as
 * strings), the caller's to keep, change or send. {@link explainReserveCandidate} answers from an
 * index the function seals privately for this very object (no key of the result holds it): it
 * checks that the object still says what the funnel produced where the explanation reads, and
 * refuses it with a {@link RuleInputError} when it was altered there; a copy (JSON, `structuredClone`,
 * a spread) carries no index and cannot be explained — the candidates' scores, ranks and statuses
 * are not part of the result.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveFunnelResult {
  /** The seven stages, in {@link RESERVE_STAGES} order. */
  readonly stages: readonly ReserveStageResult[];
  /** Who entered the Reserve (the last stage's `admitted`). */
  readonly reserve: readonly string[];
  /** Tied at the last step across a quota: left to the National Commission (by sector, then id). */
  readonly awaitingCommission: readonly string[];
  /** The options applied, with the final quotas in effect. */
  readonly options: {
    readonly ties: "admit-all" | "strict";
    readonly halfRounding: "up" | "down";
    readonly finalQuotas: Readonly<Record<ReserveSector, number>>;
  };
}
