import { RuleInputError, showValue, type RuleInputIssue } from "../errors.js";
import type { MessageCode } from "./messages/en.js";
import { CATALOGUES, fill, message, readOptions } from "./internal.js";
import type { ExplainLang } from "./types.js";

/** `String(value)`, or the object tag for values that cannot be converted (no `toString`). */
function plainString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const TYPES = new Set(["number", "string", "boolean", "array", "object"]);

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
 * "invalid value of <field> (<rule>)". In English the lines are the error's own messages.
 *
 * @param error - a RuleInputError (anything else: its `message`, or `String(error)`, as one line).
 * @param lang - `"kk"`, `"ru"` or `"en"` (default `"en"`).
 * @returns one line per issue.
 * @example
 * ```ts
 * try { selectionPersonalQualities(120) } catch (e) { ruleInputErrorMessages(e, "ru") }
 * // ["R-SEL-1: S = 120: вне допустимого диапазона: ожидается от 0 до 100"]
 * ```
 * @category Explanations
 */
export function ruleInputErrorMessages(error: unknown, lang: ExplainLang = "en"): string[] {
  const { lang: l } = readOptions({ lang }, "explain");
  if (!(error instanceof RuleInputError)) return [error instanceof Error ? error.message : plainString(error)];
  return error.issues.map((i) => {
    const head = `${i.rule}: ${i.field} = ${showValue(i.value)}: `;
    if (l === "en") return head + i.message;
    const m = coded(i, l);
    if (m !== undefined) return head + m;
    return fill(CATALOGUES[l]["error.fallback"], { field: i.field, rule: i.rule, message: i.message });
  });
}
