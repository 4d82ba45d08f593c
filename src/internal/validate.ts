import { Decimal } from "decimal.js";
import * as z from "zod";
import { RuleInputError, type RuleInputIssue, type RuleInputIssueCode } from "../errors.js";
import { D } from "./decimal.js";

/** A number as callers may give it: a finite JS number, a decimal string like `"2.5"`, or a Decimal. */
export type Num = number | string | Decimal;

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Why a value is not a number: the English message (unchanged), with its machine-readable code. */
export interface NotANumber {
  readonly message: string;
  readonly code: RuleInputIssueCode;
  readonly params?: Readonly<Record<string, string>>;
}

/** Turns an unknown value into a Decimal, or says why it cannot (message and code). */
export function toDecimalChecked(v: unknown): Decimal | NotANumber {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { message: "NaN is not a number", code: "nan" };
    if (!Number.isFinite(v)) return { message: "must be a finite number", code: "not-finite" };
    return new D(v);
  }
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return { message: "empty string: a number is expected", code: "empty-string" };
    if (/^[+-]?\d*,\d+$/.test(s)) {
      const suggestion = s.replace(",", ".");
      return { message: `comma decimal: write "${suggestion}" (a dot as the decimal separator)`, code: "comma-decimal", params: { suggestion } };
    }
    if (/[eE]/.test(s) && /\d/.test(s)) return { message: `exponent notation is not accepted: write the number in plain digits`, code: "exponent" };
    if (!DECIMAL_STRING.test(s)) return { message: "not a decimal number string (expected digits with an optional dot, e.g. \"2.5\")", code: "not-decimal" };
    return new D(s);
  }
  if (Decimal.isDecimal(v)) {
    const d = v as Decimal;
    if (!d.isFinite()) return d.isNaN() ? { message: "NaN is not a number", code: "nan" } : { message: "must be a finite number", code: "not-finite" };
    return new D(d.toString());
  }
  if (v === undefined) return { message: "missing: a number is required", code: "missing", params: { expected: "number" } };
  const type = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
  return {
    message: `wrong type (${type}): expected a number, a decimal string or a Decimal`,
    code: "wrong-type",
    params: { expected: "number", received: type },
  };
}

/** Turns an unknown value into a Decimal, or says why it cannot. */
export function toDecimal(v: unknown): Decimal | string {
  const d = toDecimalChecked(v);
  return Decimal.isDecimal(d) ? (d as Decimal) : (d as NotANumber).message;
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

/** A zod schema: unknown → Decimal, checking finiteness, range and wholeness. */
export function num(opts: NumOptions = {}) {
  const min = opts.min === undefined ? undefined : new D(opts.min.toString());
  const max = opts.max === undefined ? undefined : new D(opts.max.toString());
  const range =
    min && max ? `from ${min} to ${max}` : min ? `at least ${min}` : max ? `at most ${max}` : "";
  const what = `${opts.whole ? "a whole number" : "a number"}${range ? " " + range : ""}${opts.unit ? " " + opts.unit : ""}`;
  const bounds: Record<string, string | boolean> = {};
  if (min) bounds.min = min.toString();
  if (max) bounds.max = max.toString();
  if (opts.whole) bounds.whole = true;
  return z.unknown().transform((v, ctx): Decimal => {
    const d = toDecimalChecked(v);
    if (!Decimal.isDecimal(d)) {
      const why = d as NotANumber;
      ctx.issues.push({ code: "custom", message: `${why.message}; expected ${what}`, input: v, params: { [CODE]: why.code, ...bounds, ...why.params } });
      return z.NEVER;
    }
    const dd = d as Decimal;
    if ((min && dd.lt(min)) || (max && dd.gt(max))) {
      ctx.issues.push({ code: "custom", message: `out of range: expected ${what}`, input: v, params: { [CODE]: "out-of-range", ...bounds } });
      return z.NEVER;
    }
    if (opts.whole && !dd.isInteger()) {
      ctx.issues.push({ code: "custom", message: `not whole: expected ${what} (the order gives whole points)`, input: v, params: { [CODE]: "not-whole", ...bounds } });
      return z.NEVER;
    }
    return dd;
  });
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
const CODE = "ruleInputCode";

type Coded = { code?: RuleInputIssueCode; params?: Record<string, string | number | boolean> };

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
    case "custom": {
      const p = (issue.params ?? {}) as Record<string, unknown>;
      const code = p[CODE];
      if (typeof code === "string") {
        const params: Record<string, string | number | boolean> = {};
        for (const [k, v] of Object.entries(p)) {
          if (k !== CODE && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) params[k] = v;
        }
        return { code: code as RuleInputIssueCode, params };
      }
      return classify(issue.message);
    }
    default:
      return classify(issue.message);
  }
}

/**
 * The code of a hand-written English message, for the library's common phrasings (date readers,
 * whole-number readers): the message itself is never changed.
 */
function classify(message: string): Coded {
  if (/^missing\b/.test(message)) return { code: "missing" };
  if (/^wrong type\b/.test(message)) return { code: "wrong-type" };
  if (/^NaN is not a number/.test(message)) return { code: "nan" };
  if (/^must be a finite number/.test(message)) return { code: "not-finite" };
  if (/^empty string\b/.test(message)) return { code: "empty-string" };
  if (/^comma decimal\b/.test(message)) return { code: "comma-decimal" };
  if (/^exponent notation\b/.test(message)) return { code: "exponent" };
  if (/^not a decimal number string\b/.test(message)) return { code: "not-decimal" };
  if (/^out of range\b/.test(message)) return { code: "out-of-range" };
  if (/^not whole\b/.test(message)) return { code: "not-whole" };
  if (/^unknown field\b/.test(message)) return { code: "unknown-field" };
  if (/^(not an ISO civil date|not a civil date|not a calendar date|no such month|no such day)\b/.test(message)) return { code: "invalid-date" };
  return {};
}

function withCode(issue: RuleInputIssue, c: Coded): RuleInputIssue {
  if (c.code === undefined) return issue;
  return c.params !== undefined && Object.keys(c.params).length > 0 ? { ...issue, code: c.code, params: c.params } : { ...issue, code: c.code };
}

/** Describes a zod issue in plain words; `value` is the value at the issue's path, as given. */
function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== "invalid_type") return issue.message;
  return value === undefined ? `missing: expected ${issue.expected}` : `wrong type: expected ${issue.expected}`;
}

/**
 * Parses `input` with `schema`; on failure throws one {@link RuleInputError} listing every
 * problem, each with its field path, the value given and the rule id.
 *
 * @param root - name shown for the input itself (e.g. the parameter name); paths are appended.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, rule: string, root = ""): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues: RuleInputIssue[] = [];
  for (const issue of r.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const p = [...issue.path, key];
        issues.push({ field: fieldName(p, root), value: valueAt(input, p), rule, message: "unknown field", code: "unknown-field" });
      }
      continue;
    }
    // The value as the caller gave it (never a value a schema produced on the way).
    const value = valueAt(input, issue.path);
    issues.push(withCode({ field: fieldName(issue.path, root), value, rule, message: describe(issue, value) }, codeOf(issue, value)));
  }
  throw new RuleInputError(issues);
}

/** Throws a RuleInputError with a single issue. */
export function fail(rule: string, field: string, value: unknown, message: string): never {
  throw new RuleInputError([withCode({ field, value, rule, message }, classify(message))]);
}
