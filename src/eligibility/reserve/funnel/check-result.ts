/**
 * Checks that a result of {@link runReserveFunnel} still says what the funnel produced (its sealed
 * index, see `funnel-index.ts`), before {@link explainReserveCandidate} explains one candidate of it.
 * Every difference is a {@link RuleInputError} of R-PYR-3 naming the field (`result.stages[6]`,
 * `result.stages[0].bySector.digitalisation.competed`, …) and the value found, with the message
 * `"the result was altered: expected …"`.
 *
 * ## What is checked, and why only that
 * The explanation answers from the sealed index, so it never reads a field it could trip on; the
 * check is there so that it never contradicts the object it was given. It covers what an
 * explanation reports, in time that does not depend on the number of candidates (a run of a
 * million candidates can be explained candidate by candidate without reading its lists each time;
 * the candidates' places in the lists are worked out once per run, from the index's own copies):
 *
 * 1. the skeleton, whatever the candidate: `stages` is an array of the seven stages, each an object
 *    with its `stage` and `next`, an `admitted` array of the length produced and a `bySector`
 *    object; `reserve` and `awaitingCommission` are arrays of the lengths produced; `options` is an
 *    object with the `ties` applied (the sentence of a tie left out relies on it);
 * 2. the candidate's sector at the stage where they stopped, the entry every number of the
 *    explanation comes from: `quota`, `competed`, `admitted`, `cutoff` and `tiedScore` (by value;
 *    absent when none), `tied` (its length, and the candidate at their place when they are tied),
 *    `tiedAdmitted`, `left` (`total`, `absent`, `excluded`, `unspecified`, each ground's count);
 * 3. the candidate's id at their place in the `admitted` list of every stage they passed, and in
 *    `reserve` or `awaitingCommission` when the explanation says they entered or await.
 *
 * A change anywhere else (another sector's figures, another candidate's id, an added field) is not
 * read and does not change the explanation. Counting lengths in (1) means an id removed from, or
 * added to, any list is seen whoever is explained. Fields are read with ordinary property access:
 * a getter or a Proxy of the caller's runs as the caller wrote it (a throwing one throws its own
 * error), and a Proxy with plain traps reads as the object it wraps.
 *
 * @module
 * @internal
 */
import { Decimal } from "decimal.js";
import { showValue } from "../../../errors.js";
import { fail } from "../../../internal/validate.js";
import { RESERVE_EXCLUSION_GROUNDS } from "../exclusion-grounds.js";
import { RESERVE_STAGES } from "../quotas.js";
import { RESERVE_SECTORS } from "../sectors.js";
import { Outcome, admittedPlaces, tiedOutPlace, type FunnelIndex, type SealedSectorStage } from "./funnel-index.js";
import { RULE_FUNNEL } from "./issues.js";

/** The start of every message of an altered result. @internal */
export const ALTERED = "the result was altered";

/** `result.stages[t]`, per stage (paths are built once: the check runs on every explanation). */
const STAGE_PATHS = /* @__PURE__ */ (() => RESERVE_STAGES.map((_, t) => `result.stages[${t}]`))();
/** What each stage object should be. */
const STAGE_EXPECTED = /* @__PURE__ */ (() => RESERVE_STAGES.map((name) => `the result of the stage "${name}"`))();
/** `result.stages[t].bySector`, per stage. */
const BY_SECTOR_PATHS = /* @__PURE__ */ (() => STAGE_PATHS.map((p) => `${p}.bySector`))();
/** `result.stages[t].bySector.<sector>`, per stage and sector index. */
const ENTRY_PATHS = /* @__PURE__ */ (() => BY_SECTOR_PATHS.map((p) => RESERVE_SECTORS.map((sec) => fieldPath(p, sec))))();
/** What each sector entry should be, per sector index. */
const ENTRY_EXPECTED = /* @__PURE__ */ (() => RESERVE_SECTORS.map((sec) => `the entry of the sector "${sec}"`))();
/** `….left` and `….left.grounds` of each entry path. */
const LEFT_PATHS = /* @__PURE__ */ (() => ENTRY_PATHS.map((row) => row.map((p) => `${p}.left`)))();
const GROUNDS_PATHS = /* @__PURE__ */ (() => LEFT_PATHS.map((row) => row.map((p) => `${p}.grounds`)))();
const STAGES_EXPECTED = /* @__PURE__ */ (() => `the ${RESERVE_STAGES.length} stages (${RESERVE_STAGES.join(", ")})`)();

/** Whether `v` is a non-null object (arrays included). */
function isObject(v: unknown): v is object {
  return typeof v === "object" && v !== null;
}

/** Throws the RuleInputError of an altered field. */
function altered(field: string, value: unknown, expected: string): never {
  fail(RULE_FUNNEL, field, value, `${ALTERED}: expected ${expected}`);
}

/** `path.key` or `path[key]`. */
function fieldPath(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

// The checks take the value already read (each field is read by name, once, where it is checked)
// and the path of its field in two parts, joined only when the check fails: the check runs on every
// explanation, so the passing path builds no string.

/** `v` as an object, or the altered error for `path.key`. */
function asObject(v: unknown, path: string, key: string | number, expected: string): object {
  if (!isObject(v)) altered(fieldPath(path, key), v, expected);
  return v;
}

/** `v` as an array of exactly `length` items, or the altered error for `path.key`. */
function asList(v: unknown, path: string, key: string | number, length: number, what: string): readonly unknown[] {
  if (!Array.isArray(v) || v.length !== length) altered(fieldPath(path, key), v, `${what} (${length} ${length === 1 ? "id" : "ids"})`);
  return v as readonly unknown[];
}

/** `v === want`, or the altered error for `path.key`. */
function same(v: unknown, want: string | number | boolean | undefined, path: string, key: string | number): void {
  if (v !== want) altered(fieldPath(path, key), v, want === undefined ? "no value" : showValue(want));
}

/**
 * Whether `v` is a Decimal of exactly the value of `want` (finite), comparing decimal.js's fields —
 * sign, exponent, base-10⁷ words — read as data: no method of `v` is called, and no more words
 * are read than `want` has. decimal.js keeps a finite value in one normal form, so equal values
 * compare equal.
 *
 * @internal
 */
export function sameDecimal(v: unknown, want: Decimal): boolean {
  if (!isObject(v) || !Decimal.isDecimal(v)) return false;
  const x = v as Decimal;
  if (x.s !== want.s || x.e !== want.e) return false;
  const a: unknown = x.d;
  const b = want.d;
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let k = 0; k < b.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** A Decimal field: the same value as sealed, or absent (undefined) when none was sealed. */
function sameDecimalAt(v: unknown, want: Decimal | undefined, path: string, key: string): void {
  if (want === undefined ? v !== undefined : !sameDecimal(v, want)) {
    altered(fieldPath(path, key), v, want === undefined ? "no value" : `the Decimal ${want.toFixed()}`);
  }
}

/** The fields of a result the check reads, each read by name (all `unknown`: nothing is trusted). */
interface LooseResult {
  readonly stages?: unknown;
  readonly reserve?: unknown;
  readonly awaitingCommission?: unknown;
  readonly options?: unknown;
}
/** The fields of a stage the check reads. */
interface LooseStage {
  readonly stage?: unknown;
  readonly next?: unknown;
  readonly admitted?: unknown;
  readonly bySector?: unknown;
}
/** The fields of a sector entry the check reads. */
interface LooseEntry {
  readonly quota?: unknown;
  readonly competed?: unknown;
  readonly admitted?: unknown;
  readonly cutoff?: unknown;
  readonly tied?: unknown;
  readonly tiedScore?: unknown;
  readonly tiedAdmitted?: unknown;
  readonly left?: unknown;
}
/** The fields of a sector entry's `left` the check reads. */
interface LooseLeft {
  readonly total?: unknown;
  readonly absent?: unknown;
  readonly excluded?: unknown;
  readonly unspecified?: unknown;
  readonly grounds?: unknown;
}

/**
 * What {@link checkSkeleton} read, each value read once (so a caller's getter answering
 * differently on a second read cannot slip past the check). @internal
 */
export interface ReadResult {
  /** Each stage's `admitted` list. */
  readonly admitted: readonly (readonly unknown[])[];
  /** Each stage's `bySector` object. */
  readonly bySector: readonly object[];
  readonly reserve: readonly unknown[];
  readonly awaiting: readonly unknown[];
}

/**
 * Part 1 of the check (see the module documentation): the skeleton of `result`, whatever the
 * candidate. Constant time: 7 stages, 3 lists, the options.
 *
 * @returns what was read, for {@link checkCandidate}.
 * @internal
 */
export function checkSkeleton(result: object, x: FunnelIndex): ReadResult {
  const S = RESERVE_STAGES.length;
  const r = result as LooseResult;
  const stages = r.stages;
  if (!Array.isArray(stages) || stages.length !== S) altered("result.stages", stages, STAGES_EXPECTED);
  const list = stages as readonly unknown[];
  const admitted: (readonly unknown[])[] = [];
  const bySector: object[] = [];
  for (let t = 0; t < S; t++) {
    const path = STAGE_PATHS[t]!;
    const st = asObject(list[t], "result.stages", t, STAGE_EXPECTED[t]!) as LooseStage;
    same(st.stage, RESERVE_STAGES[t]!, path, "stage");
    same(st.next, t + 1 < S ? RESERVE_STAGES[t + 1]! : "reserve", path, "next");
    admitted.push(asList(st.admitted, path, "admitted", x.stages[t]!.admitted, "the list of the ids admitted"));
    bySector.push(asObject(st.bySector, path, "bySector", "the object of the sectors"));
  }
  const reserve = asList(r.reserve, "result", "reserve", x.reserve, "the list of the ids who entered the Reserve");
  const awaiting = asList(r.awaitingCommission, "result", "awaitingCommission", x.awaiting, "the list of the ids awaiting the National Commission");
  const options = asObject(r.options, "result", "options", "the options applied") as { readonly ties?: unknown };
  same(options.ties, x.ties, "result.options", "ties");
  return { admitted, bySector, reserve, awaiting };
}

/**
 * Parts 2 and 3 of the check (see the module documentation): what the explanation of candidate `i`
 * (id `id`) reports, in what {@link checkSkeleton} read. Time: a few reads per stage passed (the
 * first explanation of a run also works out the candidates' places, once: see `admittedPlaces`).
 *
 * @internal
 */
export function checkCandidate(read: ReadResult, x: FunnelIndex, i: number, id: string): void {
  const s = x.lastStage[i]!;
  const code = x.outcome[i]!;
  const passed = s + (code === Outcome.Advanced ? 1 : 0);
  const places = admittedPlaces(x);
  const from = places.from[i]!;
  for (let t = 0; t < passed; t++) {
    const p = places.place[from + t]!;
    same(read.admitted[t]![p], id, `${STAGE_PATHS[t]!}.admitted`, p);
  }
  const j = x.sector[i]!;
  const want: SealedSectorStage = x.stages[s]!.bySector[j]!;
  const path = ENTRY_PATHS[s]![j]!;
  const bySector = read.bySector[s] as Readonly<Record<string, unknown>>;
  const e = asObject(bySector[RESERVE_SECTORS[j]!], BY_SECTOR_PATHS[s]!, RESERVE_SECTORS[j]!, ENTRY_EXPECTED[j]!) as LooseEntry;
  same(e.quota, want.quota, path, "quota");
  same(e.competed, want.competed, path, "competed");
  same(e.admitted, want.admitted, path, "admitted");
  sameDecimalAt(e.cutoff, want.cutoff, path, "cutoff");
  const tied = asList(e.tied, path, "tied", want.tied, "the list of the tied ids");
  const q = code === Outcome.TiedOut ? tiedOutPlace(x, s, j, id) : -1;
  if (q >= 0) same(tied[q], id, `${path}.tied`, q);
  sameDecimalAt(e.tiedScore, want.tiedScore, path, "tiedScore");
  same(e.tiedAdmitted, want.tiedAdmitted, path, "tiedAdmitted");
  const leftPath = LEFT_PATHS[s]![j]!;
  const left = asObject(e.left, path, "left", "the counts of those who left") as LooseLeft;
  same(left.total, want.left.total, leftPath, "total");
  same(left.absent, want.left.absent, leftPath, "absent");
  same(left.excluded, want.left.excluded, leftPath, "excluded");
  same(left.unspecified, want.left.unspecified, leftPath, "unspecified");
  const grounds = asObject(left.grounds, leftPath, "grounds", "the counts by exclusion ground") as Readonly<Record<string, unknown>>;
  for (const g of RESERVE_EXCLUSION_GROUNDS) same(grounds[g], want.left.grounds[g], GROUNDS_PATHS[s]![j]!, g);
  if (code === Outcome.Advanced) {
    const p = places.place[from + s]!;
    same(read.reserve[p], id, "result.reserve", p);
  } else if (code === Outcome.TiedOut && s === RESERVE_STAGES.length - 1) {
    const p = x.awaitingFrom[j]! + q;
    same(read.awaiting[p], id, "result.awaitingCommission", p);
  }
}
