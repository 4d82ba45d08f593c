// Results of runReserveFunnel changed after the run (issue 23, item 5), shared by the tests of the
// two explanations that take one (explainReserveCandidate, explainReserveOutcome) and of the check
// behind them (src/eligibility/reserve/funnel/check-result.ts): a worked fixture with every outcome,
// the alterations a caller can make to it, and the fast-check arbitrary of random alterations.
import { expect } from "vitest";
import { fc } from "@fast-check/vitest";
import { RuleInputError, runReserveFunnel, type ReserveFunnelResult } from "../../src/index.js";
import { cand } from "./reserve.js";
import { thrownValue } from "./first-issue.js";

/** A result seen as the plain, mutable data it is (how a caller who changes it sees it). */
export type Loose = Record<string | number, unknown>;
/** `r` as loose data, to change it. */
export const loose = (r: unknown): Loose => r as Loose;
/** `o[k]` of loose data, as loose data. */
export const at = (o: unknown, ...path: (string | number)[]): Loose => path.reduce<Loose>((x, k) => x[k] as Loose, o as Loose);

const PATH = { text: 25, numeric: 25, situational: "4.5", assessment: "4.8", interview: 9, expert: 90 };

/**
 * A run with every outcome, worked out by hand (R-PYR-3, quotas of RESERVE_QUOTAS; the National
 * Commission's quota in digitalisation revised to 2):
 *
 * - digitalisation: f1, f2, f3 pass every stage (block 1: 6 completed → ⌈6/2⌉ = 3: the three 25s);
 *   at the National Commission f1 "9.5" enters the Reserve (rank 1 of 3, cut-off 9.5), f2 7 and
 *   f3 "7.0" tie across the 2nd place and await the Commission; x1, x2, x3 (1 each) stop at
 *   block 1 (rank 4 of 6, cut-off 25); a0 is absent at block 1;
 * - social-policy: g1 20 passes block 1 (⌈2/2⌉ = 1) and is excluded at block 2 for a proctoring
 *   violation; g2 10 stops at block 1; n0 gives null at block 1.
 */
export function fixture(): ReserveFunnelResult {
  return runReserveFunnel(
    [
      cand("f1", "digitalisation", { ...PATH, national: "9.5" }),
      cand("f2", "digitalisation", { ...PATH, national: 7 }),
      cand("f3", "digitalisation", { ...PATH, national: "7.0" }),
      cand("x1", "digitalisation", { text: 1 }),
      cand("x2", "digitalisation", { text: 1 }),
      cand("x3", "digitalisation", { text: 1 }),
      cand("a0", "digitalisation", { text: { status: "absent" } }),
      cand("g1", "social-policy", { text: 20, numeric: { status: "excluded", ground: "proctoring-violation" } }),
      cand("g2", "social-policy", { text: 10 }),
      cand("n0", "social-policy", { text: null }),
    ],
    { finalQuotas: { digitalisation: 2 } },
  );
}
/** The ids of {@link fixture}. */
export const FIXTURE_IDS = ["f1", "f2", "f3", "x1", "x2", "x3", "a0", "g1", "g2", "n0"] as const;

/** A change a caller makes to the fixture, the id whose explanation reads what changed, and the field the error names. */
export interface Alteration {
  readonly name: string;
  readonly alter: (r: Loose) => void;
  readonly id: (typeof FIXTURE_IDS)[number];
  readonly field: string;
}

const DIG = (s: number) => ["stages", s, "bySector", "digitalisation"] as const;
const circular = (): Loose => {
  const o: Loose = {};
  o.self = o;
  return o;
};

/** The alterations of issue 23, item 5, each with the field its RuleInputError names. */
export const ALTERATIONS: readonly Alteration[] = [
  { name: "stages.pop()", alter: (r) => void (r.stages as unknown[]).pop(), id: "x1", field: "result.stages" },
  { name: "stages.push({})", alter: (r) => void (r.stages as unknown[]).push({}), id: "x1", field: "result.stages" },
  { name: "a stage replaced by null", alter: (r) => void ((r.stages as unknown[])[6] = null), id: "x1", field: "result.stages[6]" },
  { name: "a stage replaced by a circular object", alter: (r) => void ((r.stages as unknown[])[1] = circular()), id: "g1", field: "result.stages[1].stage" },
  { name: "a stage's name changed", alter: (r) => void (at(r, "stages", 2).stage = "numeric"), id: "a0", field: "result.stages[2].stage" },
  { name: "a stage's bySector deleted", alter: (r) => void delete at(r, "stages", 0).bySector, id: "x1", field: "result.stages[0].bySector" },
  { name: "a sector entry without competed", alter: (r) => void delete at(r, ...DIG(0)).competed, id: "x1", field: "result.stages[0].bySector.digitalisation.competed" },
  { name: "a sector entry removed", alter: (r) => void delete at(r, "stages", 1, "bySector")["social-policy"], id: "g1", field: 'result.stages[1].bySector["social-policy"]' },
  { name: "quota as a string", alter: (r) => void (at(r, ...DIG(0)).quota = "3"), id: "x2", field: "result.stages[0].bySector.digitalisation.quota" },
  { name: "quota as NaN", alter: (r) => void (at(r, ...DIG(0)).quota = Number.NaN), id: "x2", field: "result.stages[0].bySector.digitalisation.quota" },
  { name: "quota as a BigInt", alter: (r) => void (at(r, ...DIG(0)).quota = 3n), id: "x2", field: "result.stages[0].bySector.digitalisation.quota" },
  { name: "quota as an object", alter: (r) => void (at(r, ...DIG(0)).quota = { valueOf: () => 3 }), id: "x2", field: "result.stages[0].bySector.digitalisation.quota" },
  { name: "competed as a string", alter: (r) => void (at(r, ...DIG(6)).competed = "3"), id: "f1", field: "result.stages[6].bySector.digitalisation.competed" },
  { name: "the cut-off as a string", alter: (r) => void (at(r, ...DIG(0)).cutoff = "25"), id: "x3", field: "result.stages[0].bySector.digitalisation.cutoff" },
  { name: "the cut-off as NaN", alter: (r) => void (at(r, ...DIG(6)).cutoff = Number.NaN), id: "f1", field: "result.stages[6].bySector.digitalisation.cutoff" },
  { name: "the cut-off's digits changed inside the Decimal", alter: (r) => void ((at(r, ...DIG(6), "cutoff").d as number[])[0] = 8), id: "f1", field: "result.stages[6].bySector.digitalisation.cutoff" },
  { name: "the tie score removed", alter: (r) => void delete at(r, ...DIG(6)).tiedScore, id: "f3", field: "result.stages[6].bySector.digitalisation.tiedScore" },
  { name: "tiedAdmitted as a string", alter: (r) => void (at(r, ...DIG(6)).tiedAdmitted = "false"), id: "f2", field: "result.stages[6].bySector.digitalisation.tiedAdmitted" },
  { name: "a left count changed", alter: (r) => void (at(r, ...DIG(0), "left").absent = 0), id: "a0", field: "result.stages[0].bySector.digitalisation.left.absent" },
  { name: "a ground's count removed", alter: (r) => void delete at(r, "stages", 1, "bySector", "social-policy", "left", "grounds")["proctoring-violation"], id: "g1", field: 'result.stages[1].bySector["social-policy"].left.grounds["proctoring-violation"]' },
  { name: "a candidate id removed from admitted", alter: (r) => void (at(r, "stages", 0).admitted as unknown[]).splice(0, 1), id: "f2", field: "result.stages[0].admitted" },
  { name: "a candidate id replaced in admitted", alter: (r) => void ((at(r, "stages", 3).admitted as unknown[])[0] = "zz"), id: "f1", field: "result.stages[3].admitted[0]" },
  { name: "a candidate id removed from the Reserve", alter: (r) => void (r.reserve = []), id: "f1", field: "result.reserve" },
  { name: "a candidate id removed from the tied list", alter: (r) => void (at(r, ...DIG(6)).tied as unknown[]).pop(), id: "f2", field: "result.stages[6].bySector.digitalisation.tied" },
  { name: "a candidate id replaced in awaitingCommission", alter: (r) => void ((r.awaitingCommission as unknown[])[1] = "f2"), id: "f3", field: "result.awaitingCommission[1]" },
  { name: "the ties option changed", alter: (r) => void (at(r, "options").ties = "strict"), id: "x1", field: "result.options.ties" },
];

/** Values a random alteration puts in place of a field. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, Number.NaN, 0, -1, 1, 3n, "", "25", "digitalisation", true, false, {}, [], [null], Symbol("s")),
  fc.integer({ min: -2, max: 12 }),
  fc.string({ maxLength: 4 }),
  fc.constant(null).map(() => circular()),
);

/** Every path to a field of `o` (objects and arrays entered, Decimals too: their `d`, `e`, `s`). */
export function fieldPaths(o: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], seen = new Set<unknown>()): (string | number)[][] {
  if (typeof o !== "object" || o === null || seen.has(o)) return out;
  seen.add(o);
  for (const k of Object.keys(o)) {
    const key = Array.isArray(o) ? Number(k) : k;
    const p = [...prefix, key];
    out.push(p);
    fieldPaths((o as Loose)[key], p, out, seen);
  }
  return out;
}

/** One random change: a field (picked by a number, taken modulo the number of paths) deleted or replaced. */
export const randomAlteration = fc.record({ pick: fc.nat(), remove: fc.boolean(), value: replacement });

/** Applies a {@link randomAlteration} to `r`; returns the path changed, for the failure message. */
export function applyRandom(r: ReserveFunnelResult, a: { pick: number; remove: boolean; value: unknown }): string {
  const paths = fieldPaths(r);
  if (paths.length === 0) return "(nothing)";
  const path = paths[a.pick % paths.length]!;
  const parent = at(r, ...path.slice(0, -1));
  const key = path[path.length - 1]!;
  // Reflect: a frozen part of the result (an empty population's shared entries) stays as it was,
  // as it would for a caller in sloppy mode, instead of throwing from the test itself.
  const changed = a.remove ? Reflect.deleteProperty(parent, key) : Reflect.set(parent, key, a.value);
  return `${path.join(".")} ${changed ? (a.remove ? "deleted" : "replaced") : "left as it was (frozen)"}`;
}

/**
 * Runs `f`: returns what it answers, or `undefined` when it throws a RuleInputError; fails the test
 * on anything else thrown (a TypeError, the explanations' internal placeholder Error).
 */
export function answerOrRuleInputError<T>(f: () => T, label: string): T | undefined {
  try {
    return f();
  } catch (e) {
    expect(e, label).toBeInstanceOf(RuleInputError);
    return undefined;
  }
}

/** What `f` throws, expected to be a RuleInputError naming `field` with an "altered" message. */
export function expectAltered(f: () => unknown, field: string): void {
  const e = thrownValue(f);
  expect(e).toBeInstanceOf(RuleInputError);
  const issue = (e as RuleInputError).issues[0]!;
  expect(issue.field).toBe(field);
  expect(issue.rule).toBe("R-PYR-3");
  expect(issue.message).toMatch(/^the result was altered: expected /);
}
