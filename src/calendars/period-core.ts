/**
 * The shared core of the Civil Code period functions (RULES.md §4): reading a period's length and
 * the counting option, and the end of a forward period (case 1), which cases 2–5 build on.
 *
 * @module
 * @internal
 */
import { fail } from "../internal/fail.js";
import { addMonthsClamped, readWhole } from "./civil-date.js";

/**
 * How the days of a period are counted, where a sentence can be read two ways (RULES.md §4):
 *
 * - `"civil-code"` (default): the Civil Code reading (General Part, chapter 6 "Calculation of
 *   periods"): a period fixed from a date or an event **begins on the next day**; the day of the
 *   event is day 0. Three days from Wednesday 30.12.2026 are 31.12, 01.01, 02.01.
 * - `"inclusive"`: the day of the event **counts as day 1**, so every period ends one day earlier
 *   than under `"civil-code"` (three days from 30.12.2026 are 30.12, 31.12, 01.01). A caller opts
 *   into it only where the text plainly counts the day itself (e.g. an internal rule that says
 *   "including the day of testing"); none of the sources of this library does.
 *
 * @category Calendars
 */
export type Counting = "civil-code" | "inclusive";

/**
 * Options of the period functions ({@link periodEnd}, {@link deadline}, {@link validUntil}, …):
 * how the day of the event counts.
 *
 * @category Calendars
 */
export interface CountingOptions {
  /** Default `"civil-code"`: the period begins on the day after the event (see {@link Counting}). */
  readonly counting?: Counting;
}

/**
 * A length in working days (R-CAL-1), the other length {@link deadline} accepts.
 *
 * @category Calendars
 */
export interface WorkingDaysLength {
  /** Whole, ≥ 1. */
  readonly workingDays: number;
}

/**
 * The length of a period: exactly one of calendar `days`, `months` or `years` (whole, ≥ 1).
 *
 * @category Calendars
 */
export type PeriodLength = { days: number } | { months: number } | { years: number };

/** Limits of a period's length. */
const MAX = { days: 36500, months: 1200, years: 100 } as const;

/** @internal A validated length: a count of days, or of months (years are 12 months). */
export interface Length {
  readonly unit: "days" | "months";
  readonly n: number;
}

/** @internal A validated length that may also be a count of working days (counting case 2). */
export type DeadlineLength = Length | { readonly unit: "workingDays"; readonly n: number };

/** @internal Reads `{ days } | { months } | { years }` (and, when allowed, `{ workingDays }`). */
export function readLength(value: unknown, field: string, rule: string, allowWorkingDays?: false): Length;
export function readLength(value: unknown, field: string, rule: string, allowWorkingDays: true): DeadlineLength;
export function readLength(value: unknown, field: string, rule: string, allowWorkingDays = false): DeadlineLength {
  const units = allowWorkingDays ? ["days", "months", "years", "workingDays"] : ["days", "months", "years"];
  const expected = `expected exactly one of ${units.map((u) => `{ ${u}: n }`).join(", ")}`;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(rule, field, value, expected);
  const keys = Object.keys(value);
  if (keys.length !== 1 || !units.includes(keys[0]!)) return fail(rule, field, value, expected);
  const unit = keys[0] as "days" | "months" | "years" | "workingDays";
  const max = unit === "workingDays" ? 20000 : MAX[unit];
  const n = readWhole((value as Record<string, unknown>)[unit], `${field}.${unit}`, rule, 1, max);
  if (unit === "years") return { unit: "months", n: n * 12 };
  return { unit, n };
}

/** @internal Reads the `counting` option (default `"civil-code"`). */
export function readCounting(opts: unknown, rule: string): Counting {
  if (opts === undefined) return "civil-code";
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) return fail(rule, "opts", opts, 'expected { counting?: "civil-code" | "inclusive" }');
  for (const k of Object.keys(opts)) if (k !== "counting") fail(rule, `opts.${k}`, (opts as Record<string, unknown>)[k], "unknown field");
  const c = (opts as { counting?: unknown }).counting;
  if (c === undefined || c === "civil-code" || c === "inclusive") return c ?? "civil-code";
  return fail(rule, "opts.counting", c, 'expected "civil-code" or "inclusive"');
}

/**
 * @internal Counting case 1, the one implementation: the last day of a forward period of
 * `len` from day number `z`. Civil Code: days → z + n; months/years → the corresponding day of the
 * last month, or that month's last day. `"inclusive"`: one day earlier.
 */
export function forwardEnd(z: number, len: Length, counting: Counting): number {
  const end = len.unit === "days" ? z + len.n : addMonthsClamped(z, len.n);
  return counting === "inclusive" ? end - 1 : end;
}
