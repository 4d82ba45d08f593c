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
    this.issues = Object.freeze(list.map((i) => Object.freeze({ ...i })));
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
