import { Decimal } from "decimal.js";
import * as z from "zod";
import { RuleInputError, type RuleInputIssue } from "../errors.js";
import { D } from "./decimal.js";

/** A number as callers may give it: a finite JS number, a decimal string like `"2.5"`, or a Decimal. */
export type Num = number | string | Decimal;

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Turns an unknown value into a Decimal, or says why it cannot. */
export function toDecimal(v: unknown): Decimal | string {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN is not a number";
    if (!Number.isFinite(v)) return "must be a finite number";
    return new D(v);
  }
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return "empty string: a number is expected";
    if (/^[+-]?\d*,\d+$/.test(s)) return `comma decimal: write "${s.replace(",", ".")}" (a dot as the decimal separator)`;
    if (/[eE]/.test(s) && /\d/.test(s)) return `exponent notation is not accepted: write the number in plain digits`;
    if (!DECIMAL_STRING.test(s)) return "not a decimal number string (expected digits with an optional dot, e.g. \"2.5\")";
    return new D(s);
  }
  if (Decimal.isDecimal(v)) {
    const d = v as Decimal;
    if (!d.isFinite()) return d.isNaN() ? "NaN is not a number" : "must be a finite number";
    return new D(d.toString());
  }
  if (v === undefined) return "missing: a number is required";
  return `wrong type (${v === null ? "null" : Array.isArray(v) ? "array" : typeof v}): expected a number, a decimal string or a Decimal`;
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
  return z.unknown().transform((v, ctx): Decimal => {
    const d = toDecimal(v);
    if (typeof d === "string") {
      ctx.issues.push({ code: "custom", message: `${d}; expected ${what}`, input: v });
      return z.NEVER;
    }
    if ((min && d.lt(min)) || (max && d.gt(max))) {
      ctx.issues.push({ code: "custom", message: `out of range: expected ${what}`, input: v });
      return z.NEVER;
    }
    if (opts.whole && !d.isInteger()) {
      ctx.issues.push({ code: "custom", message: `not whole: expected ${what} (the order gives whole points)`, input: v });
      return z.NEVER;
    }
    return d;
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

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Describes a zod issue in plain words. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `missing: expected ${issue.expected}` : `wrong type: expected ${issue.expected}`;
    case "unrecognized_keys":
      return `unknown field(s): ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

/**
 * Parses `input` with `schema`; on failure throws one {@link RuleInputError} listing every
 * problem, each with its field path, the value given and the rule id.
 *
 * @param root - name shown for the input itself (e.g. the parameter name); paths are appended.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, rule: string, root = ""): z.output<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  const issues: RuleInputIssue[] = [];
  for (const issue of r.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const p = [...issue.path, key];
        issues.push({ field: fieldName(p, root), value: valueAt(input, p), rule, message: "unknown field" });
      }
      continue;
    }
    const value = "input" in issue && issue.input !== undefined ? issue.input : valueAt(input, issue.path);
    issues.push({ field: fieldName(issue.path, root), value, rule, message: describe(issue) });
  }
  throw new RuleInputError(issues);
}

/** Throws a RuleInputError with a single issue. */
export function fail(rule: string, field: string, value: unknown, message: string): never {
  throw new RuleInputError([{ field, value, rule, message }]);
}
