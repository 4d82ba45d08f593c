import type { Decimal } from "decimal.js";
import { RuleInputError, type RuleInputIssue } from "../errors.js";
import { D } from "../internal/decimal.js";
import { toDecimal, type Num } from "../internal/validate.js";
import { selectTop, sortTiesWithin, type ExactKeys } from "../internal/rank.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "./reserve-exclusion-grounds.js";
import { RESERVE_QUOTAS, RESERVE_SCORE_SCALES, RESERVE_STAGES, type ReserveStage } from "./reserve-quotas.js";
import { RESERVE_SECTORS, type ReserveSector } from "./reserve-sectors.js";

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
  /** A sector id of {@link RESERVE_SECTORS}. */
  readonly sector: string;
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
   * sectors not listed keep 9 / 8 / 7 / 9 / 9 / 8.
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
 * strings); {@link explainReserveCandidate} reads an index the function attaches to it under a
 * non-enumerable symbol key (it does not survive a JSON round trip).
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

// ── internal index, read by explainReserveCandidate ──────────────────────────────────────────

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

const RULE_FUNNEL = "R-PYR-3";
const RULE_SCALE = "R-PYR-4";
const RULE_SECTOR = "R-PYR-2";
const RULE_EXCLUSION = "R-PYR-1";
const MAX_ISSUES = 100;
const INT_STRING = /^\d{1,15}$/;
const SAFE_INT_DIGITS = 15;

const SECTOR_INDEX: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(RESERVE_SECTORS.map((s, i) => [s, i]))),
);
const STAGE_INDEX: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(RESERVE_STAGES.map((s, i) => [s, i]))),
);
const GROUND_SET: ReadonlySet<string> = new Set(RESERVE_EXCLUSION_GROUNDS);
const STAGE_SCALES = RESERVE_STAGES.map((s) => {
  const sc = RESERVE_SCORE_SCALES[s];
  return { ...sc, maxD: sc.max === undefined ? undefined : new D(sc.max), text: describeScale(sc.min, sc.max, sc.whole) };
});

function describeScale(min: number, max: number | undefined, whole: boolean): string {
  return `${whole ? "a whole number" : "a number"} ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}`;
}

class Issues {
  readonly list: RuleInputIssue[] = [];
  more = 0;
  add(field: string, value: unknown, rule: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ field, value, rule, message });
    else this.more++;
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    if (this.more > 0) {
      this.list.push({ field: "candidates", value: undefined, rule: RULE_FUNNEL, message: `… and ${this.more} more problem(s) not listed` });
    }
    throw new RuleInputError(this.list);
  }
}

const who = (id: unknown, i: number): string =>
  typeof id === "string" ? `candidate ${JSON.stringify(id)}` : `candidate at position ${i}`;

function readOptions(opts: unknown): ReserveFunnelResult["options"] {
  const issues = new Issues();
  let ties: "admit-all" | "strict" = "admit-all";
  let halfRounding: "up" | "down" = "up";
  const finalQuotas = { ...(RESERVE_QUOTAS.national.kind === "fixed" ? RESERVE_QUOTAS.national.perSector : {}) } as Record<ReserveSector, number>;
  if (opts !== undefined) {
    if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
      issues.add("opts", opts, RULE_FUNNEL, "expected an options object");
    } else {
      const o = opts as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (k !== "ties" && k !== "halfRounding" && k !== "finalQuotas") issues.add(`opts.${k}`, o[k], RULE_FUNNEL, "unknown option (expected ties, halfRounding, finalQuotas)");
      }
      if (o.ties !== undefined) {
        if (o.ties === "admit-all" || o.ties === "strict") ties = o.ties;
        else issues.add("opts.ties", o.ties, RULE_FUNNEL, 'expected "admit-all" or "strict"');
      }
      if (o.halfRounding !== undefined) {
        if (o.halfRounding === "up" || o.halfRounding === "down") halfRounding = o.halfRounding;
        else issues.add("opts.halfRounding", o.halfRounding, RULE_FUNNEL, 'expected "up" or "down"');
      }
      const fq = o.finalQuotas;
      if (fq !== undefined) {
        if (typeof fq !== "object" || fq === null || Array.isArray(fq)) {
          issues.add("opts.finalQuotas", fq, RULE_FUNNEL, "expected an object: sector id → quota");
        } else {
          for (const [k, v] of Object.entries(fq as Record<string, unknown>)) {
            if (v === undefined) continue;
            const field = `opts.finalQuotas.${k}`;
            if (SECTOR_INDEX[k] === undefined) {
              issues.add(field, v, RULE_FUNNEL, `unknown sector (expected one of ${RESERVE_SECTORS.join(", ")})`);
            } else if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
              issues.add(field, v, RULE_FUNNEL, "expected a whole number ≥ 0 (the National Commission's revised quota)");
            } else {
              finalQuotas[k as ReserveSector] = v;
            }
          }
        }
      }
    }
  }
  issues.throwIfAny();
  return { ties, halfRounding, finalQuotas: Object.freeze(finalQuotas) };
}

/**
 * Reads one stage entry. Returns a value ≥ 0 (a whole number within 15 digits), LEFT (with the
 * status in `out.status`), DEC (with the Decimal in `out.dec`), or an error message.
 */
function readEntry(v: unknown, st: number, out: { dec: Decimal | undefined; status: LeftStatus | undefined }): number | string {
  const scale = STAGE_SCALES[st]!;
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) {
    if (scale.max !== undefined && v > scale.max) return `out of range: expected ${scale.text}`;
    return v + 0; // -0 → 0
  }
  if (typeof v === "string" && INT_STRING.test(v)) {
    const n = Number(v);
    if (scale.max !== undefined && n > scale.max) return `out of range: expected ${scale.text}`;
    return n;
  }
  if (v === null) {
    out.status = { status: "unspecified" };
    return LEFT;
  }
  if (typeof v === "object" && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, "status")) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (k !== "status" && k !== "ground") return `unknown field "${k}" in a status (expected { status: "absent" } or { status: "excluded", ground? })`;
    }
    if (o.status === "absent") {
      if (o.ground !== undefined) return 'a ground is given only with status "excluded"';
      out.status = { status: "absent" };
      return LEFT;
    }
    if (o.status === "excluded") {
      if (o.ground === undefined) {
        out.status = { status: "excluded" };
        return LEFT;
      }
      if (typeof o.ground !== "string" || !GROUND_SET.has(o.ground)) {
        return `unknown exclusion ground ${JSON.stringify(o.ground)} (expected one of ${RESERVE_EXCLUSION_GROUNDS.join(", ")}; rule ${RULE_EXCLUSION})`;
      }
      out.status = { status: "excluded", ground: o.ground as ReserveExclusionGround };
      return LEFT;
    }
    return `unknown status ${JSON.stringify(o.status)} (expected "absent" or "excluded")`;
  }
  const d = toDecimal(v);
  if (typeof d === "string") return `${d}; expected ${scale.text}, null, or a status`;
  if (d.isNeg() && !d.isZero()) return `out of range: expected ${scale.text}`;
  if (scale.maxD !== undefined && d.gt(scale.maxD)) return `out of range: expected ${scale.text}`;
  if (scale.whole && !d.isInteger()) return `not whole: expected ${scale.text}`;
  if (d.isInteger() && d.e < SAFE_INT_DIGITS) return d.isZero() ? 0 : d.toNumber();
  out.dec = d;
  return DEC;
}

/** Exact keys of a group (see the ranking core): the stored integers, or all scaled by 10^p. */
function groupKeys(members: readonly number[], va: Float64Array, dec: Map<number, Decimal>, hasDec: boolean): ExactKeys {
  const m = members.length;
  if (!hasDec) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = va[members[k]!]!;
    return keys;
  }
  let scale = 0;
  let intDigits = 1;
  for (const ci of members) {
    const v = va[ci]!;
    if (v === DEC) {
      const d = dec.get(ci)!;
      if (d.decimalPlaces() > scale) scale = d.decimalPlaces();
      if (d.e + 1 > intDigits) intDigits = d.e + 1;
    } else if (v >= 10 ** (intDigits)) {
      intDigits = String(v).length;
    }
  }
  const fixed = (ci: number): string => {
    const v = va[ci]!;
    return v === DEC ? dec.get(ci)!.toFixed(scale).replace(".", "") : String(v) + "0".repeat(scale);
  };
  if (intDigits + scale <= SAFE_INT_DIGITS) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = Number(fixed(members[k]!));
    return keys;
  }
  return members.map((ci) => BigInt(fixed(ci)));
}

function valueAt(va: Float64Array, dec: Map<number, Decimal>, ci: number): Decimal {
  const v = va[ci]!;
  return v === DEC ? dec.get(ci)! : new D(v);
}

/**
 * **R-PYR-3** — the funnel of the 2025 selection to the Presidential Youth Reserve: per sector,
 * each stage ranks the candidates who reached it by that stage's score and admits the best to the
 * next one, on the quotas of {@link RESERVE_QUOTAS}:
 *
 * text block → numeric block: **50 %** of those who completed block 1;
 * numeric → situational tasks: **100** per sector (≤ 600);
 * situational → assessment centre: **54 / 48 / 42 / 54 / 54 / 48** (≤ 300);
 * assessment centre → competency interview: **36 / 32 / 28 / 36 / 36 / 32** (≤ 200, by the centre's
 * average score); interview → expert commission: **27 / 24 / 21 / 27 / 27 / 24** (≤ 150);
 * expert commission → National Commission: **18 / 16 / 14 / 18 / 18 / 16** (≤ 100);
 * National Commission → Reserve: **9 / 8 / 7 / 9 / 9 / 8** (≤ 50, revisable by the Commission).
 *
 * > «Кандидаттардың әрбір салалық бағыт бойынша біркелкі санын ұстап тұру мақсатында барлық
 * > кезеңде оларды пропорционалды іріктеу қамтамасыз етіледі (осы Тәртіптің 5 – 9-бөлімдері).
 * > Бірнеше кандидаттың нәтижелері тең болған жағдайда Резервке іріктеу кезеңдеріне
 * > кандидаттардың көбірек саны жіберілуі мүмкін.» (section 3, lines 169–177)
 *
 * "To keep an even number of candidates in each sector, proportional selection is ensured at every
 * stage (sections 5–9). Where several candidates have equal results, a larger number of candidates
 * may be admitted to the stages of the selection to the Reserve."
 *
 * > «Осы тестілеуге әрбір салалық бағыт бойынша «Мәтіндік ақпаратпен жұмыс істеу қабілетін
 * > бағалау» бірінші блогын сәтті тапсырған кандидаттардың 50%-ы жіберіледі.» (lines 359–363)
 *
 * "50 % of the candidates of each sector who successfully completed the first block are admitted
 * to this testing."
 *
 * > «Ұлттық комиссия отырысының қорытындысы бойынша салалық бағыттар шеңберінде мынадай
 * > квоталарға сәйкес Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады: …
 * > Салалық бағыттар шеңберінде Резервке қабылдау үшін квота Резервке алу туралы шешім қабылдау
 * > кезінде Ұлттық комиссияның қалауымен қайта қаралуы мүмкін.» (lines 756–778)
 *
 * "By the results of the National Commission's sitting, a decision is taken to accept not more than
 * 50 candidates into the Reserve on the following quotas per sector: … The quota per sector may be
 * revised at the National Commission's discretion when it decides."
 *
 * Readings and choices (see docs/reserve.md):
 * - **Ties** at a selection stage follow `opts.ties` ("admit-all" by default, or "strict"). The
 *   last step is a decision on "not more than 50", not a selection stage: it **never exceeds its
 *   quota** — a tie straddling it is left out and listed in `tied` / `awaitingCommission`.
 * - **Base of the 50 %**: those who completed block 1 with a score; `null` or a status (absent,
 *   excluded) leaves the funnel at that stage and is not counted. Odd counts: `opts.halfRounding`.
 * - A sector with fewer candidates than its quota admits them all.
 * - The expert commission and the National Commission rank by **caller-supplied scores**
 *   (`scores.expert`, `scores.national`): the procedure does not say how they rank — a modelling
 *   choice.
 * - Nothing is broken by id; lists are by sector, rank, then id (JS string order).
 *
 * Exactness and scale: scores are compared as exact integer keys (see the ranking core); whole
 * scores given as numbers or digit strings never become Decimals; designed for 1,000,000
 * candidates (see bench/funnel.bench.ts). The input is never mutated.
 *
 * @rule R-PYR-3
 * @param candidates - `{ id, sector, scores }` per candidate; `scores[stage]` for every stage reached
 *   (a score on the scale of {@link RESERVE_SCORE_SCALES}, `null`, or a {@link ReserveStageStatus}).
 * @param opts - `ties`, `halfRounding`, `finalQuotas` (see {@link ReserveFunnelOptions}).
 * @returns each stage's admitted ids and per-sector quota, counts, cut-off and ties; the Reserve;
 *   those awaiting the Commission. Explain one candidate with {@link explainReserveCandidate}.
 * @throws {@link RuleInputError} naming the candidate for a duplicate id, an unknown sector, a score
 *   off its scale, an unknown stage key, status or ground, or a missing entry for a stage the
 *   candidate reached; and for bad options (unknown sector or non-whole quota in `finalQuotas`).
 *
 * @example
 * ```ts
 * const r = runReserveFunnel([
 *   { id: "a", sector: "digitalisation", scores: { text: 20, numeric: 18, situational: "4.5",
 *     assessment: "3.9", interview: 8, expert: 9, national: 7 } },
 *   { id: "b", sector: "digitalisation", scores: { text: 12 } },
 *   { id: "c", sector: "digitalisation", scores: { text: null } },
 * ]);
 * r.stages[0].bySector.digitalisation  // { quota: 1, competed: 2, admitted: 1, cutoff: 20, left: { total: 1, … }, tied: [], … }
 * r.reserve                              // ["a"]
 * ```
 * @category Presidential Youth Reserve
 */
export function runReserveFunnel(candidates: readonly ReserveCandidate[], opts?: ReserveFunnelOptions): ReserveFunnelResult {
  const options = readOptions(opts);
  if (!Array.isArray(candidates)) {
    throw new RuleInputError([{ field: "candidates", value: candidates, rule: RULE_FUNNEL, message: "expected an array of candidates" }]);
  }
  const n = candidates.length;
  const issues = new Issues();
  const ids: string[] = new Array<string>(n);
  const byId = new Map<string, number>();
  const sector = new Uint8Array(n);
  const S = RESERVE_STAGES.length;
  const vals: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(S).fill(undefined);
  const decs: Map<number, Decimal>[] = RESERVE_STAGES.map(() => new Map());
  const statuses: Map<number, LeftStatus>[] = RESERVE_STAGES.map(() => new Map());
  const out: { dec: Decimal | undefined; status: LeftStatus | undefined } = { dec: undefined, status: undefined };

  // ── 1. validate every candidate (hand-written fast path; every problem → one RuleInputError) ──
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as unknown;
    if (typeof c !== "object" || c === null || Array.isArray(c)) {
      issues.add(`candidates[${i}]`, c, RULE_FUNNEL, "expected a candidate object { id, sector, scores }");
      ids[i] = "";
      continue;
    }
    const cand = c as { id?: unknown; sector?: unknown; scores?: unknown };
    const id = cand.id;
    if (typeof id !== "string" || id.length === 0) {
      issues.add(`candidates[${i}].id`, id, RULE_FUNNEL, `${who(id, i)}: expected a non-empty string id`);
      ids[i] = "";
    } else {
      ids[i] = id;
      const size = byId.size;
      byId.set(id, i); // one hash operation per id; a duplicate leaves the size unchanged
      if (byId.size === size) {
        // (we throw below; find the first position only for the issues that will be listed)
        const prev = issues.list.length < MAX_ISSUES ? ids.indexOf(id) : -1;
        issues.add(`candidates[${i}].id`, id, RULE_FUNNEL, `${who(id, i)}: duplicate id (also at candidates[${prev}])`);
      }
    }
    const sec = typeof cand.sector === "string" ? SECTOR_INDEX[cand.sector] : undefined;
    if (sec === undefined) {
      issues.add(`candidates[${i}].sector`, cand.sector, RULE_SECTOR, `${who(id, i)}: unknown sector (expected one of ${RESERVE_SECTORS.join(", ")})`);
    } else sector[i] = sec;
    const sc = cand.scores;
    if (typeof sc !== "object" || sc === null || Array.isArray(sc)) {
      issues.add(`candidates[${i}].scores`, sc, RULE_FUNNEL, `${who(id, i)}: expected an object of stage scores`);
      continue;
    }
    for (const k in sc) {
      if (!Object.prototype.hasOwnProperty.call(sc, k)) continue;
      const st = STAGE_INDEX[k];
      const v = (sc as Record<string, unknown>)[k];
      if (st === undefined) {
        issues.add(`candidates[${i}].scores.${k}`, v, RULE_FUNNEL, `${who(id, i)}: unknown stage (expected one of ${RESERVE_STAGES.join(", ")})`);
        continue;
      }
      if (v === undefined) continue; // same as a missing key
      const r = readEntry(v, st, out);
      if (typeof r === "string") {
        const rule = r.includes(RULE_EXCLUSION) ? RULE_EXCLUSION : r.startsWith("out of range") || r.startsWith("not whole") ? RULE_SCALE : RULE_FUNNEL;
        issues.add(`candidates[${i}].scores.${k}`, v, rule, `${who(id, i)}: ${r}`);
        continue;
      }
      let va = vals[st];
      if (va === undefined) {
        va = new Float64Array(n).fill(MISSING);
        vals[st] = va;
      }
      va[i] = r;
      if (r === DEC) decs[st]!.set(i, out.dec!);
      else if (r === LEFT) statuses[st]!.set(i, out.status!);
    }
  }
  issues.throwIfAny();

  // ── 2. the stages ──
  // Nothing depends on the order of `reached`: selection takes whole score groups, and the lists
  // written out are put in id order within each score group (sortTiesWithin).
  const NS = RESERVE_SECTORS.length;
  let reached: number[][] = RESERVE_SECTORS.map(() => []);
  for (let i = 0; i < n; i++) reached[sector[i]!]!.push(i);
  const lastStage = new Uint8Array(n);
  const lastRank = new Uint32Array(n);
  const outcome = new Uint8Array(n);
  const stages: ReserveStageResult[] = [];
  const awaiting: string[] = [];
  const emptyVals = new Float64Array(0);

  for (let s = 0; s < S; s++) {
    const stage = RESERVE_STAGES[s]!;
    const quotaDef = RESERVE_QUOTAS[stage];
    const isFinal = quotaDef.final;
    const policy = isFinal ? "final" : options.ties;
    const va = vals[s];
    const dec = decs[s]!;
    const stat = statuses[s]!;
    const admittedIds: string[] = [];
    const bySector = {} as Record<ReserveSector, ReserveSectorStage>;
    const nextReached: number[][] = [];
    for (let j = 0; j < NS; j++) {
      const sec = RESERVE_SECTORS[j]!;
      const members = reached[j]!;
      const competed: number[] = [];
      let hasDec = false;
      let absent = 0;
      let excluded = 0;
      let unspecified = 0;
      const grounds: Partial<Record<ReserveExclusionGround, number>> = {};
      for (const ci of members) {
        const v = va === undefined ? MISSING : va[ci]!;
        if (v === MISSING) {
          issues.add(
            `candidates[${ci}].scores.${stage}`,
            undefined,
            RULE_FUNNEL,
            `${who(ids[ci], ci)}: reached the ${stage} stage but has no entry for it (give the score, null, or a status)`,
          );
          continue;
        }
        if (v === LEFT) {
          const st = stat.get(ci)!;
          if (st.status === "absent") absent++;
          else if (st.status === "excluded") {
            excluded++;
            if (st.ground !== undefined) grounds[st.ground] = (grounds[st.ground] ?? 0) + 1;
          } else unspecified++;
          lastStage[ci] = s;
          outcome[ci] = Outcome.Left;
          continue;
        }
        if (v === DEC) hasDec = true;
        competed.push(ci);
      }
      const m = competed.length;
      const quota =
        quotaDef.kind === "half"
          ? options.halfRounding === "up"
            ? Math.ceil(m / 2)
            : Math.floor(m / 2)
          : isFinal
            ? options.finalQuotas[sec]
            : quotaDef.perSector[sec];
      const keys = groupKeys(competed, va ?? emptyVals, dec, hasDec);
      const sel = selectTop(keys, quota, policy);
      const byIdOf = (a: number, b: number): number => (ids[competed[a]!]! < ids[competed[b]!]! ? -1 : 1);
      sortTiesWithin(sel.order, sel.ranks, 0, Math.max(sel.admitted, sel.tiedTo), byIdOf);
      const next: number[] = [];
      for (let p = 0; p < m; p++) {
        const ci = competed[sel.order[p]!]!;
        lastStage[ci] = s;
        lastRank[ci] = sel.ranks[p]!;
        if (p < sel.admitted) {
          outcome[ci] = Outcome.Advanced;
          admittedIds.push(ids[ci]!);
          next.push(ci);
        } else outcome[ci] = p >= sel.tiedFrom && p < sel.tiedTo ? Outcome.TiedOut : Outcome.NotAdmitted;
      }
      nextReached.push(next);
      const tied: string[] = [];
      for (let p = sel.tiedFrom; p < sel.tiedTo; p++) tied.push(ids[competed[sel.order[p]!]!]!);
      if (isFinal && !sel.tiedAdmitted) awaiting.push(...tied);
      const entry: ReserveSectorStage = {
        quota,
        competed: m,
        left: { total: absent + excluded + unspecified, absent, excluded, unspecified, grounds },
        admitted: sel.admitted,
        ...(sel.admitted > 0 ? { cutoff: valueAt(va!, dec, competed[sel.order[sel.admitted - 1]!]!) } : {}),
        tied,
        ...(tied.length > 0 ? { tiedScore: valueAt(va!, dec, competed[sel.order[sel.tiedFrom]!]!) } : {}),
        tiedAdmitted: sel.tiedAdmitted,
      };
      bySector[sec] = entry;
    }
    issues.throwIfAny();
    stages.push({ stage, next: s + 1 < S ? RESERVE_STAGES[s + 1]! : "reserve", admitted: admittedIds, bySector });
    reached = nextReached;
  }

  const result: ReserveFunnelResult = {
    stages,
    reserve: stages[S - 1]!.admitted,
    awaitingCommission: awaiting,
    options,
  };
  const index: FunnelIndex = { ids, byId, sector, lastStage, lastRank, outcome, vals, decs, statuses };
  Object.defineProperty(result, FUNNEL_INDEX, { value: index, enumerable: false });
  return result;
}
