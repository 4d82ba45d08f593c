import { RuleInputError, type RuleInputIssue, type RuleInputIssueCode } from "../errors.js";

/**
 * Throwing one {@link RuleInputError} and giving an issue its machine-readable code — without
 * decimal.js or zod, so that a module that only validates and throws (the calendars' day
 * arithmetic, for one) does not pull either into a browser bundle. `validate.ts` re-exports `fail`.
 *
 * @internal
 * @module
 */

/** The code of an issue, with its params, when the message is one of the common kinds. */
export type Coded = { code?: RuleInputIssueCode; params?: Record<string, string | number | boolean> };

/** The {@link RuleInputIssueCode} of an issue's message, when its wording is one of the common kinds. */
export function classify(message: string): Coded {
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
  if (/^too many digits\b/.test(message)) {
    // the limit is in the message ("… at most 40 are computed exactly")
    const max = /\bat most (\d+)\b/.exec(message);
    return max ? { code: "too-many-digits", params: { max: Number(max[1]) } } : { code: "too-many-digits" };
  }
  if (/^unknown field\b/.test(message)) return { code: "unknown-field" };
  if (/^(not an ISO civil date|not a civil date|not a calendar date|no such month|no such day)\b/.test(message)) return { code: "invalid-date" };
  return {};
}

/** `issue` with the code (and params) of `c`, when it has one. */
export function withCode(issue: RuleInputIssue, c: Coded): RuleInputIssue {
  if (c.code === undefined) return issue;
  return c.params !== undefined && Object.keys(c.params).length > 0 ? { ...issue, code: c.code, params: c.params } : { ...issue, code: c.code };
}

/** Throws a RuleInputError with a single issue. */
export function fail(rule: string, field: string, value: unknown, message: string): never {
  throw new RuleInputError([withCode({ field, value, rule, message }, classify(message))]);
}
