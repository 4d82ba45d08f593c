/**
 * Machine-readable kind of a {@link RuleInputIssue}, for the common problems (set by the library's
 * input validation; issues of other kinds have no code). {@link formatRuleInputError} renders each
 * in Kazakh, Russian or English.
 *
 * - `missing` — a required value is absent; `wrong-type` — e.g. a boolean where a number is expected;
 * - `nan`, `not-finite`, `empty-string`, `comma-decimal` (`"2,5"`), `exponent` (`"1e2"`),
 *   `not-decimal` (a string that is not a plain decimal number);
 * - `out-of-range`, `not-whole`, `too-few`, `too-many` (array length), `unknown-field`,
 *   `invalid-option` (a value not among the allowed ones), `invalid-date`;
 * - `invalid-character` — text with a control character (NUL, escape, …) or a combining mark
 *   that composes with nothing, which would make a lookup answer silently wrong
 *   (`params.codePoint`, e.g. `"U+0000"`);
 * - `too-many-digits` — a number with more significant digits than the library computes exactly
 *   (`params.max`, the number of digits).
 *
 * @category Errors
 */
export type RuleInputIssueCode =
  | "missing"
  | "wrong-type"
  | "nan"
  | "not-finite"
  | "empty-string"
  | "comma-decimal"
  | "exponent"
  | "not-decimal"
  | "out-of-range"
  | "not-whole"
  | "too-few"
  | "too-many"
  | "unknown-field"
  | "invalid-option"
  | "invalid-date"
  | "invalid-character"
  | "too-many-digits";

/**
 * One problem found in an input.
 *
 * @category Errors
 */
export interface RuleInputIssue {
  /** Path of the offending field, e.g. `"competencies[3]"` or `"S"`. */
  readonly field: string;
  /** The value that was given (as received; `undefined` when missing). */
  readonly value: unknown;
  /** Id of the rule whose input was rejected, e.g. `"R-SEL-1"`. */
  readonly rule: string;
  /** What is wrong and, where it helps, what is expected. */
  readonly message: string;
  /** Machine-readable kind of the problem, when it is one of the common ones (absent otherwise). */
  readonly code?: RuleInputIssueCode;
  /**
   * Details for rendering `code` in other languages, e.g. `{ min: "0", max: "100" }`,
   * `{ expected: "number" }`, `{ allowed: "1, 2, 3" }`, `{ suggestion: "2.5" }`.
   */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** The value as shown in messages (`"x"` for strings, `array(n)`, `Decimal(2.5)`, …). @internal */
export function showValue(value: unknown): string {
  return show(value);
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "object" && value !== null && typeof (value as { toString?: unknown }).toString === "function") {
    const tag = Object.prototype.toString.call(value);
    if (Array.isArray(value)) return `array(${value.length})`;
    if ((value as { constructor?: { name?: unknown } }).constructor?.name === "Decimal") return `Decimal(${String(value)})`;
    return tag;
  }
  return typeof value;
}

/**
 * The one error every function of this library throws for bad input: a value out of range,
 * of the wrong type, NaN, an unknown category code, an impossible date, a date outside every
 * known version of a rule.
 *
 * Its `message` names the field, the value given and the rule id of every problem; `issues`
 * lists every problem found, not only the first.
 *
 * @example
 * ```ts
 * try { selectionPersonalQualities(120) } catch (e) {
 *   if (e instanceof RuleInputError) console.log(e.issues[0].field) // "S"
 * }
 * ```
 * @category Errors
 */
export class RuleInputError extends Error {
  /** Every problem found in the input. Never empty. */
  readonly issues: readonly RuleInputIssue[];

  constructor(issues: readonly RuleInputIssue[]) {
    const list = issues.length > 0 ? issues : [{ field: "(input)", value: undefined, rule: "?", message: "invalid input" }];
    super(list.map((i) => `${i.rule}: ${i.field} = ${show(i.value)}: ${i.message}`).join("; "));
    this.name = "RuleInputError";
    this.issues = Object.freeze(
      list.map((i) => Object.freeze(i.params === undefined ? { ...i } : { ...i, params: Object.freeze({ ...i.params }) })),
    );
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
