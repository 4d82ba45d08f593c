/**
 * The funnel's internal index: how each candidate's stage values are stored (typed arrays, with
 * negative markers), where each candidate ended, and — sealed when {@link runReserveFunnel} returns
 * — the figures of every stage and sector as the funnel produced them. {@link explainReserveCandidate}
 * answers from this index, never from the result object the caller holds. Not exported from the
 * package.
 *
 * ## Why a sealed index, and where it is kept
 * The result {@link runReserveFunnel} returns is plain, mutable data the caller owns: it may sort
 * a list in place, delete a field, replace a stage by `null`. An explanation that read that object
 * would throw a `TypeError` on a popped stage, or render a sentence from a missing count. So the
 * funnel seals, at the moment it returns, everything an explanation needs into an index of its own:
 * the candidates' values and outcomes, each stage's and sector's figures (copies of the cut-offs,
 * the lengths of the id lists), copies of the `admitted` lists and of the tied groups left out (from
 * which each candidate's place in the `admitted`, `tied`, `reserve` and `awaitingCommission` lists
 * is found). The index is kept in a module-private `WeakMap` keyed by the result
 * object itself ({@link sealFunnelResult}, {@link funnelIndexOf}):
 *
 * - nobody outside this module can reach it, change it or attach a forged one to another object
 *   (a symbol-keyed property could be copied onto anything; a `WeakMap` entry cannot);
 * - it costs the result nothing visible: no extra key, the JSON form unchanged;
 * - it is dropped with the result (weak key), so explaining does not keep old runs alive.
 *
 * A copy of a result (JSON, `structuredClone`, a spread) or a `Proxy` of one is not in the map: the
 * per-candidate data an explanation reports (score, rank, status) is not in the public result at
 * all, so such a copy cannot be explained — it is refused with a {@link RuleInputError}.
 *
 * The index is never handed out: its Decimals are copied into every explanation returned, and the
 * result's own cut-offs are copies too (so changing a Decimal inside the result changes nothing the
 * index holds). `check-result.ts` then compares the result the caller passes with the index, so an
 * explanation never contradicts the object it was asked about.
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import { D, out as outD } from "../../../internal/decimal.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../exclusion-grounds.js";
import type { FunnelInput } from "./stored-values.js";
import { RESERVE_STAGES } from "../quotas.js";
import { RESERVE_SECTORS } from "../sectors.js";
import type { ReserveFunnelResult, ReserveSectorStage } from "./types.js";

/** Encoded outcome of a candidate at its last stage. @internal */
export const Outcome = { Advanced: 0, NotAdmitted: 1, TiedOut: 2, Left: 3 } as const;

/**
 * One sector at one stage, as the funnel produced it: the numbers of {@link ReserveSectorStage},
 * the Decimals as the index's own copies, and the `tied` list as its length.
 *
 * @internal
 */
export interface SealedSectorStage {
  readonly quota: number;
  readonly competed: number;
  readonly admitted: number;
  readonly cutoff: Decimal | undefined;
  /** Length of the `tied` list. */
  readonly tied: number;
  readonly tiedScore: Decimal | undefined;
  readonly tiedAdmitted: boolean;
  readonly left: {
    readonly total: number;
    readonly absent: number;
    readonly excluded: number;
    readonly unspecified: number;
    /** Count per ground, every ground of {@link RESERVE_EXCLUSION_GROUNDS} (undefined = none). */
    readonly grounds: Readonly<Partial<Record<ReserveExclusionGround, number>>>;
  };
}

/** One stage as the funnel produced it: the length of its `admitted` list, its sectors by index. @internal */
export interface SealedStage {
  readonly admitted: number;
  /** By sector index ({@link RESERVE_SECTORS} order). */
  readonly bySector: readonly SealedSectorStage[];
}

/**
 * The sealed index of one run. Its plain parts are frozen; its typed arrays and maps cannot be
 * (JavaScript freezes neither) but are the funnel's own, reachable only through the module-private
 * `WeakMap`, and never handed out.
 *
 * @internal
 */
export interface FunnelIndex {
  /** Candidate ids, by input position. */
  readonly ids: readonly string[];
  /** Id → input position. */
  readonly byId: { get(id: string): number | undefined };
  /** Sector index ({@link RESERVE_SECTORS} order), by input position. */
  readonly sector: Uint8Array;
  /** The last stage each candidate took part in (stage index). */
  readonly lastStage: Uint8Array;
  /** Competition rank at the last stage (meaningless for those who left there). */
  readonly lastRank: Uint32Array;
  /** {@link Outcome} at the last stage. */
  readonly outcome: Uint8Array;
  /** Per stage: the encoded values (scaled integers, or the markers MISSING, BIG and the left statuses). */
  readonly vals: readonly (Int32Array | undefined)[];
  /** Per stage: the decimal places of each scaled integer (`undefined`: all whole). */
  readonly dps: readonly (Uint8Array | undefined)[];
  /** Per stage: the scaled integers of 2^31 or more (BIG), by input position. */
  readonly bigs: readonly Map<number, number | bigint>[];
  /** The seven stages as produced, in {@link RESERVE_STAGES} order. */
  readonly stages: readonly SealedStage[];
  /** Length of `reserve`. */
  readonly reserve: number;
  /** Length of `awaitingCommission`. */
  readonly awaiting: number;
  /** The tie option applied (the sentence of a tie left out at a selection stage relies on it). */
  readonly ties: "admit-all" | "strict";
  /** Per stage: the ids of its `admitted` list as produced (the index's own copy). */
  readonly admitted: readonly (readonly string[])[];
  /**
   * Per stage and sector index: the ids of a `tied` group left out (not admitted), as produced (a
   * copy, sorted by id); `undefined` where there was no tie or it was admitted whole.
   */
  readonly tiedOut: readonly (readonly (readonly string[] | undefined)[])[];
  /** Per sector index: where that sector's tied group starts in `awaitingCommission`. */
  readonly awaitingFrom: readonly number[];
}

/** Where each candidate ended (see `runStages`). @internal */
export interface FunnelEnds {
  readonly lastStage: Uint8Array;
  readonly lastRank: Uint32Array;
  readonly outcome: Uint8Array;
}

/** The results {@link runReserveFunnel} returned, each with its sealed index. Weak: dropped with the result. */
const SEALED = /* @__PURE__ */ new WeakMap<object, FunnelIndex>();

/** A sector entry of the result being built (the funnel's own object, before it is returned). */
type EntryUnderConstruction = { -readonly [K in keyof ReserveSectorStage]: ReserveSectorStage[K] };

/**
 * Seals `result` (built by {@link runReserveFunnel}, not yet returned): replaces its cut-offs and
 * tie scores by copies (so they share no Decimal with the index), builds the index — the figures of
 * every stage and sector, copies of the `admitted` lists and of the tied groups left out — freezes
 * its plain parts and registers it for `result`.
 *
 * Time and memory: a copy of each `admitted` list (about half the candidates: block 1 admits 50 %)
 * and of each tied group left out, a few numbers per stage and sector — no lookup per candidate.
 * Where each candidate stands in the `admitted` lists is worked out only when a candidate of the
 * run is first explained ({@link admittedPlaces}).
 *
 * @internal
 */
export function sealFunnelResult(result: ReserveFunnelResult, input: FunnelInput, ends: FunnelEnds): void {
  const { ids, byId, sector, vals, dps, bigs } = input;
  const { lastStage, lastRank, outcome } = ends;
  const S = RESERVE_STAGES.length;
  const awaitingFrom: number[] = [];
  let awaitingAt = 0;
  const stages: SealedStage[] = [];
  const admitted: (readonly string[])[] = [];
  const tiedOut: (readonly (readonly string[] | undefined)[])[] = [];
  for (let t = 0; t < S; t++) {
    const st = result.stages[t]!;
    admitted.push(Object.freeze(st.admitted.slice()));
    const bySector: SealedSectorStage[] = [];
    const out: (readonly string[] | undefined)[] = [];
    for (const secName of RESERVE_SECTORS) {
      const e = st.bySector[secName] as EntryUnderConstruction;
      if (e.cutoff !== undefined) e.cutoff = outD(e.cutoff);
      if (e.tiedScore !== undefined) e.tiedScore = outD(e.tiedScore);
      out.push(e.tied.length > 0 && !e.tiedAdmitted ? Object.freeze(e.tied.slice()) : undefined);
      if (t === S - 1) {
        awaitingFrom.push(awaitingAt);
        if (!e.tiedAdmitted) awaitingAt += e.tied.length;
      }
      const grounds: Partial<Record<ReserveExclusionGround, number>> = {};
      for (const g of RESERVE_EXCLUSION_GROUNDS) if (e.left.grounds[g] !== undefined) grounds[g] = e.left.grounds[g];
      bySector.push(
        Object.freeze({
          quota: e.quota,
          competed: e.competed,
          admitted: e.admitted,
          cutoff: e.cutoff === undefined ? undefined : new D(e.cutoff),
          tied: e.tied.length,
          tiedScore: e.tiedScore === undefined ? undefined : new D(e.tiedScore),
          tiedAdmitted: e.tiedAdmitted,
          left: Object.freeze({ total: e.left.total, absent: e.left.absent, excluded: e.left.excluded, unspecified: e.left.unspecified, grounds: Object.freeze(grounds) }),
        }),
      );
    }
    stages.push(Object.freeze({ admitted: st.admitted.length, bySector: Object.freeze(bySector) }));
    tiedOut.push(Object.freeze(out));
  }
  const index: FunnelIndex = Object.freeze({
    ids,
    byId,
    sector,
    lastStage,
    lastRank,
    outcome,
    vals,
    dps,
    bigs,
    stages: Object.freeze(stages),
    reserve: result.reserve.length,
    awaiting: result.awaitingCommission.length,
    ties: result.options.ties,
    admitted: Object.freeze(admitted),
    tiedOut: Object.freeze(tiedOut),
    awaitingFrom: Object.freeze(awaitingFrom),
  });
  SEALED.set(result, index);
}

/**
 * Where each candidate stands in the `admitted` lists: candidate `i` is admitted at stages
 * `0 … k−1` (k = its last stage, plus one when it entered the Reserve), and its place in the list of
 * stage `t` is `place[from[i] + t]`.
 *
 * @internal
 */
export interface AdmittedPlaces {
  readonly from: Uint32Array;
  readonly place: Uint32Array;
}

/** The places of each sealed index, worked out when first needed. */
const PLACES = /* @__PURE__ */ new WeakMap<FunnelIndex, AdmittedPlaces>();

/**
 * The {@link AdmittedPlaces} of the run of `x`, worked out from the index's own copies of the
 * `admitted` lists on the first call and kept with the index (the funnel itself does not pay for
 * them: a run that is never explained never builds them). Time: one id lookup per entry of the
 * lists, once per run; memory: one 32-bit place per admission and one per candidate.
 *
 * @internal
 */
export function admittedPlaces(x: FunnelIndex): AdmittedPlaces {
  const known = PLACES.get(x);
  if (known !== undefined) return known;
  const n = x.ids.length;
  const from = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) from[i + 1] = from[i]! + x.lastStage[i]! + (x.outcome[i] === Outcome.Advanced ? 1 : 0);
  const place = new Uint32Array(from[n]!);
  x.admitted.forEach((list, t) => {
    for (let p = 0; p < list.length; p++) place[from[x.byId.get(list[p]!)!]! + t] = p;
  });
  const places: AdmittedPlaces = { from, place };
  PLACES.set(x, places);
  return places;
}

/**
 * The place of candidate `id` in the tied group left out at its last stage `s`, in sector index
 * `j` (sorted by id: a binary search of the index's own copy), or −1 when the candidate is not in
 * such a group.
 *
 * @internal
 */
export function tiedOutPlace(x: FunnelIndex, s: number, j: number, id: string): number {
  const list = x.tiedOut[s]![j];
  if (list === undefined) return -1;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The sealed index of a result {@link runReserveFunnel} returned, or `undefined` for anything else
 * (a copy, a Proxy, `null`, a number — never a throw).
 *
 * @internal
 */
export function funnelIndexOf(result: unknown): FunnelIndex | undefined {
  return (typeof result === "object" || typeof result === "function") && result !== null ? SEALED.get(result) : undefined;
}
