/**
 * The funnel's internal index: how each candidate's stage values are stored (typed arrays, with
 * negative markers) and where each candidate ended. {@link runReserveFunnel} attaches it to its
 * result under a symbol; {@link explainReserveCandidate} reads it. Not exported from the package.
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import type { ReserveExclusionGround } from "../exclusion-grounds.js";

/** @internal */
export const FUNNEL_INDEX: unique symbol = Symbol("kz-civil-service-rules/reserve-funnel-index");

/** Encoded outcome of a candidate at its last stage. @internal */
export const Outcome = { Advanced: 0, NotAdmitted: 1, TiedOut: 2, Left: 3 } as const;

/** Status of a candidate who left a stage. @internal */
export interface LeftStatus {
  readonly status: "absent" | "excluded" | "unspecified";
  readonly ground?: ReserveExclusionGround;
}

/** @internal */
export interface FunnelIndex {
  /** Candidate ids, by input position. */
  readonly ids: readonly string[];
  /** Id → input position. */
  readonly byId: ReadonlyMap<string, number>;
  readonly sector: Uint8Array;
  readonly lastStage: Uint8Array;
  readonly lastRank: Uint32Array;
  readonly outcome: Uint8Array;
  /** Per stage: the encoded values (see MISSING / LEFT / DEC). */
  readonly vals: readonly (Float64Array | undefined)[];
  readonly decs: readonly Map<number, Decimal>[];
  readonly statuses: readonly Map<number, LeftStatus>[];
}

/** Encodings of a stored stage value: scores are ≥ 0, so negatives are free for markers. @internal */
export const MISSING = -1;
/** @internal */
export const LEFT = -2;
/** @internal */
export const DEC = -3;
/** Whole scores of up to this many digits are stored as numbers, never as Decimals. @internal */
export const SAFE_INT_DIGITS = 15;

/** The candidates as read and validated: ids, sectors and every stage's encoded values. @internal */
export interface FunnelInput {
  readonly n: number;
  readonly ids: string[];
  readonly byId: Map<string, number>;
  readonly sector: Uint8Array;
  readonly vals: (Float64Array | undefined)[];
  readonly decs: Map<number, Decimal>[];
  readonly statuses: Map<number, LeftStatus>[];
}
