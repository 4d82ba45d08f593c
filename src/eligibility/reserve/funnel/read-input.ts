/**
 * Reading and validating the funnel's input (R-PYR-3): the options, and every candidate's id,
 * sector and stage entries, by a hand-written fast path. Every score is stored as an exact scaled
 * integer (`scaled-score.ts`), every status as a marker (see the encodings in `funnel-index.ts`):
 * typed arrays, no object per candidate. Every problem is
 * collected; all of them are thrown together.
 *
 * @module
 * @internal
 */
import { D } from "../../../internal/decimal.js";
import { showValue } from "../../../errors.js";
import { toDecimal } from "../../../internal/validate.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../exclusion-grounds.js";
import { RESERVE_QUOTAS, RESERVE_SCORE_SCALES, RESERVE_STAGES } from "../quotas.js";
import { RESERVE_SECTORS, type ReserveSector } from "../sectors.js";
import { BIG, LEFT, MISSING, leftMarker, type FunnelInput } from "./stored-values.js";
import { IdTable } from "./id-table.js";
import { Issues, RULE_EXCLUSION, RULE_FUNNEL, RULE_SCALE, RULE_SECTOR, who } from "./issues.js";
import {
  fromDecimalString,
  isDecimalInstance,
  readDecimalDigits,
  readDecimalString,
  readFractionalNumber,
  scaledWithinMax,
  withinMax,
  type Scaled,
} from "./scaled-score.js";
import type { ReserveCandidate, ReserveFunnelResult } from "./types.js";

/**
 * The most digits a stage score may have, written out in plain digits (integer digits and decimal
 * places, `"0.001"` has 3). The funnel never rounds a score — it ranks by exact integer keys of
 * that length — so the bound is not the 40 significant digits of the scoring formulas (a mean of
 * expert grades written to 41 digits is ranked exactly); it keeps every key short, so that one
 * score of a million decimal places cannot make every candidate's key a million digits long.
 */
const FUNNEL_MAX_DIGITS = 100;

/** The largest scaled integer kept in a stage's `Int32Array`; larger ones go to its map (BIG). */
const INT32_MAX = 2 ** 31 - 1;

const SECTOR_INDEX: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(RESERVE_SECTORS.map((s, i) => [s, i]))),
))();
const STAGE_INDEX: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(RESERVE_STAGES.map((s, i) => [s, i]))),
))();
const GROUND_SET: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(RESERVE_EXCLUSION_GROUNDS))();
const STAGE_SCALES = /* @__PURE__ */ (() => RESERVE_STAGES.map((s) => {
  const sc = RESERVE_SCORE_SCALES[s];
  return { ...sc, maxD: sc.max === undefined ? undefined : new D(sc.max), text: describeScale(sc.min, sc.max, sc.whole) };
}))();

function describeScale(min: number, max: number | undefined, whole: boolean): string {
  return `${whole ? "a whole number" : "a number"} ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}`;
}

/** Reads the options (defaults: ties "admit-all", halfRounding "up", the fixed final quotas). @internal */
export function readOptions(opts: unknown): ReserveFunnelResult["options"] {
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
          const before = issues.list.length + issues.more;
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
          // the cap, once every revised quota is readable (a sum with a bad entry would mislead)
          if (issues.list.length + issues.more === before) checkReserveCap(finalQuotas, fq, issues);
        }
      }
    }
  }
  issues.throwIfAny();
  return { ties, halfRounding, finalQuotas: Object.freeze(finalQuotas) };
}

/**
 * **R-PYR-3** — the cap of the last step: whatever the National Commission revises, the quotas in
 * effect (the revised ones and the others' 9 / 8 / 7 / 9 / 9 / 8) sum to **at most 50**.
 *
 * > «Ұлттық комиссия отырысының қорытындысы бойынша салалық бағыттар шеңберінде мынадай
 * > квоталарға сәйкес Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады: …
 * > Салалық бағыттар шеңберінде Резервке қабылдау үшін квота Резервке алу туралы шешім қабылдау
 * > кезінде Ұлттық комиссияның қалауымен қайта қаралуы мүмкін.» (PYR-2025, lines 756–778)
 *
 * "By the results of the National Commission's sitting a decision is taken to accept **not more than
 * 50** candidates into the Reserve, on the following quotas within the sectors: … The quota for
 * acceptance within the sectors may be revised at the National Commission's discretion."
 *
 * Reading: what may be revised is the quota *within the sectors* («салалық бағыттар шеңберінде»),
 * i.e. how the places are shared among the sectors; the decision itself is on "not more than 50",
 * and no sentence lifts that number. The last step never exceeds its sector quotas (ties are left
 * to the Commission), so quotas summing to at most 50 keep the Reserve within 50 — and quotas
 * summing to more would let the library admit more than the procedure allows without a word. A sum
 * above 50 is therefore a {@link RuleInputError} on `opts.finalQuotas` (the value given), not a
 * silent cap.
 *
 * @rule R-PYR-3
 * @internal
 */
function checkReserveCap(finalQuotas: Readonly<Record<ReserveSector, number>>, given: unknown, issues: Issues): void {
  const cap = RESERVE_QUOTAS.national.kind === "fixed" ? RESERVE_QUOTAS.national.total : Infinity;
  let sum = 0;
  for (const s of RESERVE_SECTORS) sum += finalQuotas[s];
  if (sum <= cap) return;
  const shown = RESERVE_SECTORS.map((s) => finalQuotas[s]).join(" + ");
  issues.add(
    "opts.finalQuotas",
    given,
    RULE_FUNNEL,
    `the quotas in effect sum to ${sum} (${shown}): the Reserve takes not more than ${cap} candidates, whatever the revision («Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады», lines 756–760)`,
    // coded: ruleInputErrorMessages renders it in Kazakh and Russian too (the HR workbench shows it)
    { code: "quota-sum", params: { sum, terms: shown, max: cap } },
  );
}

/** What {@link readEntry} read: the scaled integer of a score, or the marker of a status. */
export interface Read extends Scaled {
  /** A marker of funnel-index.ts when the entry is a status (`null`, absent, excluded), else 0. */
  marker: number;
}

/**
 * Reads one stage entry into `out` (a score as its scaled integer, or a status as its marker) and
 * returns `undefined`, or returns the error message. Valid scores of the common shapes — whole or
 * fractional numbers, plain decimal strings, Decimals of up to 15 digits — take the fast paths of
 * `scaled-score.ts` and build nothing; every other value takes the general path, which validates
 * through a Decimal and says what is wrong.
 */
export function readEntry(v: unknown, st: number, out: Read): string | undefined {
  const scale = STAGE_SCALES[st]!;
  out.marker = 0;
  if (typeof v === "number") {
    if (Number.isSafeInteger(v) && v >= 0) {
      if (scale.max !== undefined && v > scale.max) return `out of range: expected ${scale.text}`;
      out.m = v + 0; // -0 → 0
      out.big = undefined;
      out.dp = 0;
      return undefined;
    }
    // a fraction: its shortest round-trip decimal (3.142 is 3.142); a number is ≤ max exactly when
    // that decimal is (max is a double, and the decimal rounds to the number)
    if (!scale.whole && (scale.max === undefined || v <= scale.max) && readFractionalNumber(v, out)) return undefined;
  } else if (typeof v === "string") {
    if (readDecimalString(v, out) && (!scale.whole || out.dp === 0) && (scale.max === undefined || withinMax(out.m, out.dp, scale.max))) return undefined;
  } else if (v === null) {
    out.marker = LEFT;
    return undefined;
  } else if (typeof v === "object" && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, "status")) {
    return readStatus(v as Record<string, unknown>, out);
  } else if (isDecimalInstance(v)) {
    if (readDecimalDigits(v, out) && (!scale.whole || out.dp === 0) && (scale.max === undefined || scaledWithinMax(out, scale.max))) return undefined;
  }
  // the general path: validate through a Decimal, with the message of every problem
  const d = toDecimal(v, FUNNEL_MAX_DIGITS);
  if (typeof d === "string") return `${d}; expected ${scale.text}, null, or a status`;
  // written out (integer digits and decimal places): the comparison keys are that long
  const written = Math.max(d.e + 1, 0) + d.decimalPlaces();
  if (written > FUNNEL_MAX_DIGITS) return `too many digits: ${written} digits written out, at most ${FUNNEL_MAX_DIGITS} are compared; expected ${scale.text}`;
  if (d.isNeg() && !d.isZero()) return `out of range: expected ${scale.text}`;
  if (scale.maxD !== undefined && d.gt(scale.maxD)) return `out of range: expected ${scale.text}`;
  if (scale.whole && !d.isInteger()) return `not whole: expected ${scale.text}`;
  fromDecimalString(d, out);
  return undefined;
}

/** Reads a status object (`{ status: "absent" }`, `{ status: "excluded", ground? }`) into its marker. */
function readStatus(o: Record<string, unknown>, out: Read): string | undefined {
  for (const k of Object.keys(o)) {
    if (k !== "status" && k !== "ground") return `unknown field "${k}" in a status (expected { status: "absent" } or { status: "excluded", ground? })`;
  }
  if (o.status === "absent") {
    if (o.ground !== undefined) return 'a ground is given only with status "excluded"';
    out.marker = leftMarker("absent");
    return undefined;
  }
  if (o.status === "excluded") {
    if (o.ground === undefined) {
      out.marker = leftMarker("excluded");
      return undefined;
    }
    if (typeof o.ground !== "string" || !GROUND_SET.has(o.ground)) {
      return `unknown exclusion ground ${showValue(o.ground)} (expected one of ${RESERVE_EXCLUSION_GROUNDS.join(", ")}; rule ${RULE_EXCLUSION})`;
    }
    out.marker = leftMarker("excluded", o.ground as ReserveExclusionGround);
    return undefined;
  }
  return `unknown status ${showValue(o.status)} (expected "absent" or "excluded")`;
}

/**
 * Reads every candidate into typed arrays (ids, sector, each stage's encoded values) and throws
 * one {@link RuleInputError} listing the problems, if any.
 *
 * @internal
 */
export function readCandidates(candidates: readonly ReserveCandidate[], issues: Issues): FunnelInput {
  const n = candidates.length;
  const ids: string[] = new Array<string>(n);
  const byId = new IdTable(ids, n);
  const sector = new Uint8Array(n);
  const S = RESERVE_STAGES.length;
  const vals: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(S).fill(undefined);
  const dps: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(S).fill(undefined);
  const bigs: Map<number, number | bigint>[] = RESERVE_STAGES.map(() => new Map());
  const out: Read = { m: 0, big: undefined, dp: 0, marker: 0 };
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
      const prev = byId.add(id, i); // one hash operation per id: −1, or the first position of a duplicate
      if (prev >= 0) issues.add(`candidates[${i}].id`, id, RULE_FUNNEL, `${who(id, i)}: duplicate id (also at candidates[${prev}])`);
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
      if (r !== undefined) {
        const rule = r.includes(RULE_EXCLUSION) ? RULE_EXCLUSION : r.startsWith("out of range") || r.startsWith("not whole") ? RULE_SCALE : RULE_FUNNEL;
        issues.add(`candidates[${i}].scores.${k}`, v, rule, `${who(id, i)}: ${r}`);
        continue;
      }
      let va = vals[st];
      if (va === undefined) {
        va = new Int32Array(n).fill(MISSING);
        vals[st] = va;
      }
      if (out.marker !== 0) {
        va[i] = out.marker;
        continue;
      }
      if (out.big !== undefined || out.m > INT32_MAX) {
        va[i] = BIG;
        bigs[st]!.set(i, out.big ?? out.m);
      } else va[i] = out.m;
      if (out.dp !== 0) {
        let dp = dps[st];
        if (dp === undefined) {
          dp = new Uint8Array(n);
          dps[st] = dp;
        }
        dp[i] = out.dp;
      }
    }
  }
  issues.throwIfAny();
  return { n, ids, byId, sector, vals, dps, bigs };
}
