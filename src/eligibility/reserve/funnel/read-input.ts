/**
 * Reading and validating the funnel's input (R-PYR-3): the options, and every candidate's id,
 * sector and stage entries, by a hand-written fast path. Whole scores are stored as numbers; other
 * scores as Decimals beside them (see the encodings in `funnel-index.ts`). Every problem is
 * collected; all of them are thrown together.
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import { D } from "../../../internal/decimal.js";
import { showValue } from "../../../errors.js";
import { toDecimal } from "../../../internal/validate.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../exclusion-grounds.js";
import { RESERVE_QUOTAS, RESERVE_SCORE_SCALES, RESERVE_STAGES } from "../quotas.js";
import { RESERVE_SECTORS, type ReserveSector } from "../sectors.js";
import { DEC, LEFT, MISSING, SAFE_INT_DIGITS, type FunnelInput, type LeftStatus } from "./funnel-index.js";
import { Issues, MAX_ISSUES, RULE_EXCLUSION, RULE_FUNNEL, RULE_SCALE, RULE_SECTOR, who } from "./issues.js";
import type { ReserveCandidate, ReserveFunnelResult } from "./types.js";

const INT_STRING = /^\d{1,15}$/;

/**
 * The most digits a stage score may have, written out in plain digits (integer digits and decimal
 * places, `"0.001"` has 3). The funnel never rounds a score — it ranks by exact integer keys of
 * that length — so the bound is not the 40 significant digits of the scoring formulas (a mean of
 * expert grades written to 41 digits is ranked exactly); it keeps every key short, so that one
 * score of a million decimal places cannot make every candidate's key a million digits long.
 */
const FUNNEL_MAX_DIGITS = 100;

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
        return `unknown exclusion ground ${showValue(o.ground)} (expected one of ${RESERVE_EXCLUSION_GROUNDS.join(", ")}; rule ${RULE_EXCLUSION})`;
      }
      out.status = { status: "excluded", ground: o.ground as ReserveExclusionGround };
      return LEFT;
    }
    return `unknown status ${showValue(o.status)} (expected "absent" or "excluded")`;
  }
  const d = toDecimal(v, FUNNEL_MAX_DIGITS);
  if (typeof d === "string") return `${d}; expected ${scale.text}, null, or a status`;
  // written out (integer digits and decimal places): the comparison keys are that long
  const written = Math.max(d.e + 1, 0) + d.decimalPlaces();
  if (written > FUNNEL_MAX_DIGITS) return `too many digits: ${written} digits written out, at most ${FUNNEL_MAX_DIGITS} are compared; expected ${scale.text}`;
  if (d.isNeg() && !d.isZero()) return `out of range: expected ${scale.text}`;
  if (scale.maxD !== undefined && d.gt(scale.maxD)) return `out of range: expected ${scale.text}`;
  if (scale.whole && !d.isInteger()) return `not whole: expected ${scale.text}`;
  if (d.isInteger() && d.e < SAFE_INT_DIGITS) return d.isZero() ? 0 : d.toNumber();
  out.dec = d;
  return DEC;
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
  const byId = new Map<string, number>();
  const sector = new Uint8Array(n);
  const S = RESERVE_STAGES.length;
  const vals: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(S).fill(undefined);
  const decs: Map<number, Decimal>[] = RESERVE_STAGES.map(() => new Map());
  const statuses: Map<number, LeftStatus>[] = RESERVE_STAGES.map(() => new Map());
  const out: { dec: Decimal | undefined; status: LeftStatus | undefined } = { dec: undefined, status: undefined };
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
  return { n, ids, byId, sector, vals, decs, statuses };
}
