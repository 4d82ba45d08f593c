import { Decimal } from "decimal.js";
import * as z from "zod";
import { MAX_LISTED_ISSUES, RuleInputError, type RuleInputIssue, type RuleInputIssueCode } from "../errors.js";
import { D } from "./decimal.js";
import { classify, withCode, type Coded } from "./fail.js";

/** A number as callers may give it: a finite JS number, a decimal string like `"2.5"`, or a Decimal. */
export type Num = number | string | Decimal;

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Why a value is not a number: the English message (unchanged), with its machine-readable code. */
export interface NotANumber {
  readonly message: string;
  readonly code: RuleInputIssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The most significant digits a number given to the library may have: **40**, the precision of
 * the library's arithmetic ({@link D}). A number with more digits could not even be held exactly
 * — the first operation would round it — so it is rejected (`too-many-digits`, `params.max` = 40)
 * instead of being silently rounded, e.g. `selectionInformation("1" + "2".repeat(44), 0)`.
 *
 * Counted as written out in plain digits: from the first non-zero digit to the last non-zero
 * decimal, or to the units digit of a whole number (whose trailing zeros count: `"1" + "0".repeat(50)`
 * has 51 digits, `"0.000…01"` one). Why 40 and not fewer: the library's own results have up to 40
 * significant digits (`20 / 6` = 3.333…3, 40 digits) and must be accepted back as inputs (О into
 * `competitionFinal`). Inputs within the bound are held exactly, and a result whose exact value
 * has at most 40 significant digits (weights 0.4, 0.3, 0.2, 0.1 of scores of a few digits, sums,
 * whole counts) is returned exactly. JS numbers have at most 17 significant digits and reach the
 * bound only when they are whole numbers of 10⁴⁰ or more. (The reserve funnel, which only
 * compares scores and never rounds, passes its own bound: see its reader.)
 */
export const MAX_DIGITS: number = /* @__PURE__ */ (() => D.precision)();

/**
 * Significant digits of a plain decimal string (one {@link DECIMAL_STRING} accepts), counted as
 * {@link MAX_DIGITS} says, in one pass without building a Decimal (the string may be huge).
 */
function digitsOf(s: string): number {
  const start = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? 1 : 0; // "+" or "-"
  const dotAt = s.indexOf(".", start);
  const intEnd = dotAt < 0 ? s.length : dotAt;
  let first = start;
  while (first < intEnd && s.charCodeAt(first) === 48) first++; // leading zeros of the integer part
  let last = s.length;
  if (dotAt >= 0) while (last > dotAt + 1 && s.charCodeAt(last - 1) === 48) last--; // trailing zeros of the decimals
  const decimals = dotAt < 0 ? 0 : last - dotAt - 1;
  if (first < intEnd) return intEnd - first + decimals;
  // no integer digits: the decimals from the first non-zero one
  let lead = dotAt + 1;
  while (lead < last && s.charCodeAt(lead) === 48) lead++;
  return last - lead;
}

/** The longest comma decimal (`"2,5"`) whose dot form is suggested in the message. */
const SUGGESTION_MAX = 60;

/** Significant digits of a Decimal, counted as {@link MAX_DIGITS} says (`sd(true)`). */
function decimalDigits(d: Decimal): number {
  return d.isZero() ? 1 : d.sd(true);
}

/** The too-many-digits reason for a number of `n` significant digits (`undefined`: far more than `max`). */
function tooManyDigits(n: number | undefined, max: number): NotANumber {
  return {
    message: `too many digits: ${n ?? `more than ${max}`} significant digits, at most ${max} are computed exactly`,
    code: "too-many-digits",
    params: { max },
  };
}

// The reasons that do not depend on the value are built once (frozen, shared): a list of a
// million NaNs then costs a million look-ups, not a million new objects (see `num`).
const NAN: NotANumber = /* @__PURE__ */ (() => Object.freeze({ message: "NaN is not a number", code: "nan" }))();
const NOT_FINITE: NotANumber = /* @__PURE__ */ (() => Object.freeze({ message: "must be a finite number", code: "not-finite" }))();
const EMPTY: NotANumber = /* @__PURE__ */ (() => Object.freeze({ message: "empty string: a number is expected", code: "empty-string" }))();
const EXPONENT: NotANumber = /* @__PURE__ */ (() => Object.freeze({ message: "exponent notation is not accepted: write the number in plain digits", code: "exponent" }))();
const NOT_DECIMAL: NotANumber = /* @__PURE__ */ (() => Object.freeze({ message: "not a decimal number string (expected digits with an optional dot, e.g. \"2.5\")", code: "not-decimal" }))();
const MISSING: NotANumber = /* @__PURE__ */ (() => Object.freeze({ message: "missing: a number is required", code: "missing", params: Object.freeze({ expected: "number" }) }))();
const WRONG_TYPE = /* @__PURE__ */ new Map<string, NotANumber>();

/** The wrong-type reason for `v` (one shared object per type name). */
function wrongType(v: unknown): NotANumber {
  const type = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
  let why = WRONG_TYPE.get(type);
  if (why === undefined) {
    why = Object.freeze({
      message: `wrong type (${type}): expected a number, a decimal string or a Decimal`,
      code: "wrong-type",
      params: Object.freeze({ expected: "number", received: type }),
    });
    WRONG_TYPE.set(type, why);
  }
  return why;
}

/**
 * A decimal.js Decimal (or an object that says it is one, `Decimal.isDecimal`) read from its
 * fields — sign `s`, exponent `e`, base-10⁷ digit words `d` — checked to be those of a Decimal
 * before decimal.js copies them, so an impostor is a wrong type (not a TypeError inside
 * decimal.js), and a Decimal of more than {@link MAX_DIGITS} digits is rejected before it is copied.
 */
function fromDecimal(v: object, maxDigits: number): Decimal | NotANumber {
  const { s, e, d } = v as { s?: unknown; e?: unknown; d?: unknown };
  if (d === null) {
    if (typeof s === "number" && Number.isNaN(s)) return NAN;
    if (s === 1 || s === -1) return NOT_FINITE;
    return wrongType(v);
  }
  if ((s !== 1 && s !== -1) || typeof e !== "number" || !Number.isSafeInteger(e) || !Array.isArray(d) || d.length === 0) return wrongType(v);
  // 7 digits a word: more words than the bound allows digits is more digits (never copied)
  if (d.length > Math.ceil(maxDigits / 7) + 1) return tooManyDigits(undefined, maxDigits);
  for (const w of d as unknown[]) if (typeof w !== "number" || !Number.isInteger(w) || w < 0 || w >= 1e7) return wrongType(v);
  const x = new D(v as Decimal);
  if (!x.isFinite()) return wrongType(v); // an exponent beyond decimal.js's range
  const n = decimalDigits(x);
  return n > maxDigits ? tooManyDigits(n, maxDigits) : x;
}

/**
 * Turns an unknown value into a Decimal, or says why it cannot (message and code): NaN, an
 * infinity, an empty, comma or exponent string, a string that is not a plain decimal number, a
 * number of more than {@link MAX_DIGITS} significant digits, a missing value or a wrong type.
 * A huge string is rejected in time linear in its length, without building a Decimal of it.
 *
 * @param maxDigits - the most significant digits accepted (default {@link MAX_DIGITS}, 40); only
 *   a reader that never rounds (the reserve funnel compares scores exactly) passes another bound.
 */
export function toDecimalChecked(v: unknown, maxDigits: number = MAX_DIGITS): Decimal | NotANumber {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return NAN;
    if (!Number.isFinite(v)) return NOT_FINITE;
    const x = new D(v);
    // below 10^21 a double has at most 21 digits written out (17 significant, or a whole number of
    // at most 21 digits): within any bound of 21 or more, no count is needed
    if (maxDigits >= 21 && v < 1e21 && v > -1e21) return x;
    const n = decimalDigits(x);
    return n > maxDigits ? tooManyDigits(n, maxDigits) : x;
  }
  if (typeof v === "string") {
    const s = v.trim();
    // the common case first: a plain decimal number (no comma, no exponent), whose digits are at
    // most its length; the diagnostics below are for everything else, in their order
    if (DECIMAL_STRING.test(s)) return s.length <= maxDigits || digitsOf(s) <= maxDigits ? new D(s) : tooManyDigits(digitsOf(s), maxDigits);
    if (s === "") return EMPTY;
    if (/^[+-]?\d*,\d+$/.test(s)) {
      // the suggestion repeats the caller's digits: only when it is short enough to read
      if (s.length > SUGGESTION_MAX) return { message: "comma decimal: write the number with a dot as the decimal separator", code: "comma-decimal" };
      const suggestion = s.replace(",", ".");
      return { message: `comma decimal: write "${suggestion}" (a dot as the decimal separator)`, code: "comma-decimal", params: { suggestion } };
    }
    if (/[eE]/.test(s) && /\d/.test(s)) return EXPONENT;
    if (!DECIMAL_STRING.test(s)) return NOT_DECIMAL;
    const n = digitsOf(s);
    return n > maxDigits ? tooManyDigits(n, maxDigits) : new D(s);
  }
  if (typeof v === "object" && v !== null && Decimal.isDecimal(v)) return fromDecimal(v, maxDigits);
  if (v === undefined) return MISSING;
  return wrongType(v);
}

/** Turns an unknown value into a Decimal, or says why it cannot (see {@link toDecimalChecked}). */
export function toDecimal(v: unknown, maxDigits: number = MAX_DIGITS): Decimal | string {
  const d = toDecimalChecked(v, maxDigits);
  return Decimal.isDecimal(d) ? (d as Decimal) : (d as NotANumber).message;
}

/**
 * The plain reader behind a {@link num} schema (internal), for a fast path that reads valid input
 * without a zod run: the Decimal the schema would output, or `undefined` when the value has a
 * problem — the caller then parses with the schema, which reports it (so every message and code
 * stays the schema's). `undefined` for a schema that is not a `num`.
 */
export function numReader(schema: z.ZodType): ((v: unknown) => Decimal | undefined) | undefined {
  const read = READERS.get(schema);
  if (read === undefined) return undefined;
  return (v) => {
    const r = read(v);
    return Decimal.isDecimal(r) ? (r as Decimal) : undefined;
  };
}

/** Options of {@link num}. */
export interface NumOptions {
  min?: Num;
  max?: Num;
  /** Whole points only. */
  whole?: boolean;
  /** Unit shown in messages, e.g. "points". */
  unit?: string;
}

/** Why one value failed a plain reader: the message and params of its one custom issue. */
interface Failure {
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * The plain readers behind schemas (internal): a value → its output, or the {@link Failure} of
 * its one issue. {@link listOf} reads a list of such items without zod, the same issue built
 * for each bad item as the schema's transform builds it — a million items without a million
 * zod runs.
 */
const READERS = /* @__PURE__ */ new WeakMap<z.ZodType, (v: unknown) => Decimal | Failure>();

/** A plain reader of a number (internal): a value → its Decimal, or the {@link Failure} of its one issue. */
export type NumRead = (v: unknown) => Decimal | Failure;

/**
 * The plain reader behind a {@link num} schema, without zod (internal): a value → its Decimal, or
 * the {@link Failure} (message and params) of the one issue the schema reports for it. A function
 * that reads only numbers checks its input with it and {@link readNums}, and stays without zod.
 */
export function numRead(opts: NumOptions = {}): NumRead {
  const min = opts.min === undefined ? undefined : new D(opts.min.toString());
  const max = opts.max === undefined ? undefined : new D(opts.max.toString());
  const range =
    min && max ? `from ${min} to ${max}` : min ? `at least ${min}` : max ? `at most ${max}` : "";
  const what = `${opts.whole ? "a whole number" : "a number"}${range ? " " + range : ""}${opts.unit ? " " + opts.unit : ""}`;
  const bounds: Record<string, string | boolean> = {};
  if (min) bounds.min = min.toString();
  if (max) bounds.max = max.toString();
  if (opts.whole) bounds.whole = true;
  // messages and params built once per schema, or once per shared reason (a WeakMap: the reasons
  // made for one value, e.g. a comma decimal's suggestion, are not kept)
  const outOfRange: Failure = { message: `out of range: expected ${what}`, params: Object.freeze({ [CODE]: "out-of-range", ...bounds }) };
  // `unit: "points"` tells the kk/ru rendering to say "whole points"; a count (members, answers,
  // questions) is "a whole number" (ruleInputErrorMessages)
  const notWhole: Failure = {
    message: `not whole: expected ${what} (the order gives whole points)`,
    params: Object.freeze({ [CODE]: "not-whole", ...bounds, ...(opts.unit === "points" ? { unit: "points" } : {}) }),
  };
  const reasons = new WeakMap<NotANumber, Failure>();
  return (v: unknown): Decimal | Failure => {
    const d = toDecimalChecked(v);
    if (!Decimal.isDecimal(d)) {
      const why = d as NotANumber;
      let r = reasons.get(why);
      if (r === undefined) {
        r = { message: `${why.message}; expected ${what}`, params: Object.freeze({ [CODE]: why.code, ...bounds, ...why.params }) };
        reasons.set(why, r);
      }
      return r;
    }
    const dd = d as Decimal;
    if ((min && dd.lt(min)) || (max && dd.gt(max))) return outOfRange;
    if (opts.whole && !dd.isInteger()) return notWhole;
    return dd;
  };
}

/** A zod schema: unknown → Decimal, checking finiteness, range and wholeness. */
export function num(opts: NumOptions = {}) {
  const read = numRead(opts);
  const schema = z.unknown().transform((v, ctx): Decimal => {
    const r = read(v);
    if (Decimal.isDecimal(r)) return r as Decimal;
    const f = r as Failure;
    ctx.issues.push({ code: "custom", message: f.message, input: v, params: f.params });
    return z.NEVER;
  });
  READERS.set(schema, read);
  return schema;
}

/**
 * Reads the numbers of a function whose every parameter is a number (internal), without zod:
 * `fields` are the parameters' names and readers, `values` the values given, in the same order.
 * The Decimals when every value is valid; otherwise throws the one {@link RuleInputError} that
 * {@link parse} gives for `z.object` of the same {@link num} schemas parsed on `{ name: value, … }`
 * — one issue per bad value, in the parameters' order, each with the same field, value, message,
 * code and params.
 */
export function readNums(rule: string, fields: readonly (readonly [string, NumRead])[], values: readonly unknown[]): Decimal[] {
  const out: Decimal[] = [];
  let issues: RuleInputIssue[] | undefined;
  for (let i = 0; i < fields.length; i++) {
    const [field, read] = fields[i]!;
    const value = values[i];
    const r = read(value);
    if (Decimal.isDecimal(r)) out.push(r as Decimal);
    else (issues ??= []).push(failureIssue(rule, field, value, r as Failure));
  }
  if (issues !== undefined) throw new RuleInputError(issues);
  return out;
}

/** {@link readNums} of one number: its Decimal, or the one {@link RuleInputError} (no arrays made). */
export function readNum(rule: string, field: string, read: NumRead, value: unknown): Decimal {
  const r = read(value);
  if (Decimal.isDecimal(r)) return r as Decimal;
  throw new RuleInputError([failureIssue(rule, field, value, r as Failure)]);
}

/** The issue {@link parse} builds from the custom issue of a {@link Failure} at `field`. */
function failureIssue(rule: string, field: string, value: unknown, f: Failure): RuleInputIssue {
  return withCode({ field, value, rule, message: f.message }, codeOfParams(f.params) ?? classify(f.message));
}

/** The code (and params) a {@link Failure}'s params carry, as {@link parse} reads them from a custom issue. */
function codeOfParams(p: Readonly<Record<string, unknown>>): Coded | undefined {
  const code = p[CODE];
  if (typeof code !== "string") return undefined;
  const params: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(p)) {
    if (k !== CODE && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) params[k] = v;
  }
  return { code: code as RuleInputIssueCode, params };
}

function fieldName(path: readonly PropertyKey[], root: string): string {
  let out = root;
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out || "(input)";
}

/** The value at `path` in `input`, read as zod reads it (an inherited key counts, as in zod). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  // zod reports a path only below objects it has read, so every step but the last is an object.
  let cur: unknown = input;
  for (const k of path) cur = (cur as Record<PropertyKey, unknown> | null | undefined)?.[k];
  return cur;
}

/** Key of a custom zod issue's `params` that carries the {@link RuleInputIssueCode}. */
export const CODE = "ruleInputCode";

/**
 * The machine-readable code (and params) of a zod issue, when it is one of the common kinds;
 * `value` is the value at the issue's path, as given.
 */
function codeOf(issue: z.core.$ZodIssue, value: unknown): Coded {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? { code: "missing", params: { expected: issue.expected } }
        : { code: "wrong-type", params: { expected: issue.expected } };
    case "too_small":
      return issue.origin === "array" ? { code: "too-few", params: { min: Number(issue.minimum) } } : {};
    case "too_big":
      return issue.origin === "array" ? { code: "too-many", params: { max: Number(issue.maximum) } } : {};
    case "invalid_value":
      return { code: "invalid-option", params: { allowed: issue.values.map((v) => String(v)).join(", ") } };
    case "custom":
      return codeOfParams((issue.params ?? {}) as Record<string, unknown>) ?? classify(issue.message);
    default:
      return classify(issue.message);
  }
}

/**
 * The code of a hand-written English message, for the library's common phrasings (date readers,
 * whole-number readers): the message itself is never changed.
 */
/** Describes a zod issue in plain words; `value` is the value at the issue's path, as given. */
function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== "invalid_type") return issue.message;
  return value === undefined ? `missing: expected ${issue.expected}` : `wrong type: expected ${issue.expected}`;
}

/**
 * Parses `input` with `schema`; on failure throws one {@link RuleInputError} listing the problems,
 * each with its field path, the value given and the rule id: the first {@link MAX_LISTED_ISSUES}
 * (100), the others counted in `omittedIssues` — also those a {@link listOf} list only counted, and
 * the unknown keys beyond the first 100. Time: linear in the input, whatever the number of problems
 * (a list of a million bad items is read once; only 100 issues are built).
 *
 * @param root - name shown for the input itself (e.g. the parameter name); paths are appended.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, rule: string, root = ""): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues: RuleInputIssue[] = [];
  let omitted = 0;
  for (const issue of r.error.issues) {
    if (issue.code === "custom" && typeof issue.params?.[OMITTED] === "number") {
      omitted += issue.params[OMITTED] as number;
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        if (issues.length >= MAX_LISTED_ISSUES) {
          omitted++;
          continue;
        }
        const p = [...issue.path, key];
        issues.push({ field: fieldName(p, root), value: valueAt(input, p), rule, message: "unknown field", code: "unknown-field" });
      }
      continue;
    }
    if (issues.length >= MAX_LISTED_ISSUES) {
      omitted++;
      continue;
    }
    // The value as the caller gave it (never a value a schema produced on the way).
    const value = valueAt(input, issue.path);
    issues.push(withCode({ field: fieldName(issue.path, root), value, rule, message: describe(issue, value) }, codeOf(issue, value)));
  }
  throw new RuleInputError(issues, omitted);
}

/**
 * Key of the `params` of the one custom issue a {@link listOf} list adds when it found more
 * problems than it lists: their number. {@link parse} adds it to `omittedIssues` and lists nothing.
 */
const OMITTED = "ruleInputOmitted";

/** Options of {@link listOf}. */
export interface ListOptions {
  /** The least number of items; fewer is a `too-few` issue (reported with the bad items). */
  readonly min?: number;
  /** The message of a list shorter than `min`, given its length. */
  readonly tooFew?: (length: number) => string;
}

/**
 * A zod schema of a list of any length (internal), for lists whose length the rules do not bound
 * (grades, essays, dates): like `z.array(element)`, but however many items are bad, only the
 * issues of the first bad ones are built — at most {@link MAX_LISTED_ISSUES} per list — and the
 * others are only counted (reported in `omittedIssues` by {@link parse}). Every item is still read
 * and checked once, so the time is linear in the list's length and small per item: a million NaNs
 * is rejected in a fraction of a second where `z.array` builds a million issues.
 *
 * Not an array: a `wrong-type` (or `missing`) issue, as `z.array` gives. A hole of a sparse array
 * is read as `undefined` (a missing item).
 */
export function listOf<T extends z.ZodType>(element: T, opts: ListOptions = {}): z.ZodType<z.output<T>[], unknown> {
  return z.unknown().transform((v, ctx): z.output<T>[] => {
    if (!Array.isArray(v)) {
      ctx.issues.push({ code: "invalid_type", expected: "array", input: v });
      return z.NEVER;
    }
    const n = v.length;
    const out = new Array<z.output<T>>(n);
    let listed = 0;
    let omitted = 0;
    const read = READERS.get(element);
    for (let i = 0; i < n; i++) {
      const item: unknown = v[i];
      if (read !== undefined) {
        // a plain reader (num): the same output, the same one issue, without a zod run
        const x = read(item);
        if (Decimal.isDecimal(x)) out[i] = x as z.output<T>;
        else if (listed < MAX_LISTED_ISSUES) {
          const f = x as Failure;
          ctx.issues.push({ code: "custom", message: f.message, input: item, params: f.params, path: [i] });
          listed++;
        } else omitted++;
        continue;
      }
      // the element's own parse, as z.array runs it (no ZodError is built per item)
      const r = element._zod.run({ value: item, issues: [] }, {});
      if (r instanceof Promise) throw new Error("listOf: an asynchronous element schema");
      if (r.issues.length === 0) {
        out[i] = r.value as z.output<T>;
        continue;
      }
      for (const iss of r.issues) {
        if (listed < MAX_LISTED_ISSUES) {
          ctx.issues.push({ ...iss, path: [i, ...(iss.path ?? [])] });
          listed++;
        } else omitted++;
      }
    }
    if (opts.min !== undefined && n < opts.min) {
      const message = opts.tooFew?.(n) ?? `too few items: at least ${opts.min} expected`;
      ctx.issues.push({ code: "custom", message, input: v, params: { [CODE]: "too-few", min: opts.min } });
    }
    if (omitted > 0) ctx.issues.push({ code: "custom", message: `${omitted} more issue(s) not listed`, input: undefined, params: { [OMITTED]: omitted } });
    return out;
  });
}

// fail, classify and withCode live in fail.ts (no decimal.js, no zod): modules that only throw,
// such as the calendars, import it without pulling either into a bundle.
export { fail } from "./fail.js";
