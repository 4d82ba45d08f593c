import { cutText, RuleInputError, showValue, type RuleInputIssue } from "../errors.js";
import type { MessageCode } from "./messages/en.js";
import { CATALOGUES, fill, message, readOptions } from "./internal.js";
import type { ExplainLang } from "./types.js";

/** The longest line made of something thrown that is not a RuleInputError (longer: cut, its length given). */
const PLAIN_MAX = 4_000;

/**
 * Something thrown that is not a RuleInputError, as one line: a string as it is, an Error's
 * `message` when it is a string (either cut after 4,000 characters), another object by its tag (`[object Object]`, also without a
 * prototype), anything else as {@link showValue} shows it — never by the value's own `toString`,
 * never throwing (a revoked Proxy, a throwing getter).
 */
function plainString(value: unknown): string {
  if (typeof value === "string") return cutText(value, PLAIN_MAX);
  try {
    if (value instanceof Error && typeof value.message === "string") return cutText(value.message, PLAIN_MAX);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return cutText(Object.prototype.toString.call(value), 200);
  } catch {
    // a Proxy or getter that throws while we look: shown as a value below
  }
  return showValue(value);
}

/** `error instanceof RuleInputError`, false when even that cannot be asked (a revoked Proxy, a throwing trap). */
function isRuleInputError(error: unknown): error is RuleInputError {
  try {
    return error instanceof RuleInputError;
  } catch {
    return false;
  }
}

const TYPES = /* @__PURE__ */ (() => new Set(["number", "string", "boolean", "array", "object"]))();

/** The message of one coded issue in `lang`, or `undefined` when the issue has no (known) code. */
function coded(issue: RuleInputIssue, lang: ExplainLang): string | undefined {
  const p = issue.params ?? {};
  const has = (k: string) => p[k] !== undefined && p[k] !== "";
  switch (issue.code) {
    case undefined:
      return undefined;
    case "wrong-type": {
      const exp = String(p.expected ?? "");
      const expected = TYPES.has(exp) ? message(lang, `label.type.${exp}` as MessageCode) : exp || "?";
      return message(lang, "error.wrong-type", { expected });
    }
    case "out-of-range":
      if (has("min") && has("max")) return message(lang, "error.out-of-range.between", { min: String(p.min), max: String(p.max) });
      if (has("min")) return message(lang, "error.out-of-range.min", { min: String(p.min) });
      if (has("max")) return message(lang, "error.out-of-range.max", { max: String(p.max) });
      return message(lang, "error.out-of-range");
    case "comma-decimal":
      return has("suggestion") ? message(lang, "error.comma-decimal", { suggestion: String(p.suggestion) }) : undefined;
    case "too-few":
      return has("min") ? message(lang, "error.too-few", { min: String(p.min) }) : undefined;
    case "too-many":
      return has("max") ? message(lang, "error.too-many", { max: String(p.max) }) : undefined;
    case "invalid-character":
      return has("codePoint") ? message(lang, "error.invalid-character", { codePoint: String(p.codePoint) }) : undefined;
    case "too-many-digits":
      return has("max") ? message(lang, "error.too-many-digits", { max: String(p.max) }) : undefined;
    case "not-whole":
      // whole points of a grade, or any other whole number (days, members, answers)
      return message(lang, p.unit === "points" ? "error.not-whole" : "error.not-whole.number");
    case "quota-sum":
      return has("sum") && has("terms") && has("max") ? message(lang, "error.quota-sum", { sum: String(p.sum), terms: String(p.terms), max: String(p.max) }) : undefined;
    case "invalid-option":
      return has("allowed") ? message(lang, "error.invalid-option", { allowed: String(p.allowed) }) : undefined;
    default: {
      const key = `error.${issue.code}`;
      return key in CATALOGUES.en ? message(lang, key as MessageCode) : undefined;
    }
  }
}

/**
 * Every issue of a {@link RuleInputError} as one line in Kazakh, Russian or English:
 * `"<rule>: <field> = <value>: <message>"`. Issues with a `code` (missing, wrong type, NaN, not
 * finite, empty string, comma decimal, exponent, out of range, not whole, unknown field, invalid
 * date, …) are translated; the others keep their English message behind a translated
 * "invalid value of <field> (<rule>)". In English the lines are the error's own messages. When the
 * error found more problems than it lists (`omittedIssues`, beyond the first 100), a last line
 * counts them: "… and 999900 more issue(s), not listed" (translated). Each value is shown bounded
 * and escaped, as in the error's own message.
 *
 * @param error - a RuleInputError (anything else as one line: an Error's `message`, a string as it
 *   is, any other value as the error messages show values).
 * @param lang - `"kk"`, `"ru"` or `"en"` (default `"en"`).
 * @returns one line per listed issue, and a last line counting the omitted ones, if any.
 * @example
 * ```ts
 * try { selectionPersonalQualities(120) } catch (e) { ruleInputErrorMessages(e, "ru") }
 * // ["R-SEL-1: S = 120: вне допустимого диапазона: ожидается от 0 до 100"]
 * ```
 * @category Explanations
 */
export function ruleInputErrorMessages(error: unknown, lang: ExplainLang = "en"): string[] {
  const { lang: l } = readOptions({ lang }, "explain");
  if (!isRuleInputError(error)) return [plainString(error)];
  const lines = error.issues.map((i) => {
    const head = `${i.rule}: ${i.field} = ${showValue(i.value)}: `;
    if (l === "en") return head + i.message;
    const m = coded(i, l);
    if (m !== undefined) return head + m;
    return fill(CATALOGUES[l]["error.fallback"], { field: i.field, rule: i.rule, message: i.message });
  });
  // the problems found beyond the 100 listed: one last line counting them
  if (error.omittedIssues > 0) lines.push(message(l, "error.omitted", { count: String(error.omittedIssues) }));
  return lines;
}
