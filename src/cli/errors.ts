import { RuleInputError, type RuleInputIssue } from "../errors.js";
import { ruleInputErrorMessages } from "../explain/rule-input-error-messages.js";
import type { ExplainLang } from "../explain/types.js";
import { cutText, MESSAGE_VALUE_MAX, quoted, safeText } from "./safe-text.js";
import { tr } from "./i18n/index.js";

/** Exit codes of the command-line tool (documented in docs/cli.md). */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/** Wrong command line: unknown subcommand or option, missing argument. Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Bad input data: unreadable file, bad CSV/JSON, a value a rule rejects. Exit code 1. */
export class InputError extends Error {
  override name = "InputError";
}

/**
 * Re-throws a RuleInputError raised for one CSV cell (or one JSON candidate) as an InputError
 * naming the line and the field.
 */
export function atCell<T>(line: number | undefined, field: string, lang: ExplainLang, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RuleInputError) {
      // "" (or a prefix ending in ".", e.g. "candidates[2].") = the field the rule names (e.g. S2 of
      // selectionInformation(S1, S2)), after the prefix. A RuleInputError always has an issue.
      const f = field === "" || field.endsWith(".") ? field + e.issues[0]!.field : field;
      throw new InputError(`${where(line, f, lang)}: ${ruleErrorLines(e, lang).join("\n")}`);
    }
    throw e;
  }
}

/** Longest English message of one issue (the library's own words) kept whole in an error. */
const ISSUE_MESSAGE_MAX = 300;
/** Longest line of a rule error kept whole (a backstop: the parts are cut already). */
const RULE_LINE_MAX = 1_000;

/**
 * The stand-in for the value of issue `k` while the library formats the error: short, so the
 * library shows it whole (quoted), whatever its own cut is; then replaced by the CLI's rendering of
 * the value. Private-use characters: not in any message of the library.
 */
const token = (k: number): string => `\ue000${k}\ue000`;

/**
 * The lines of a RuleInputError for the CLI's stderr, in `lang`, one per issue, bounded and inert
 * whatever the library's own bounds: a string value longer than {@link MESSAGE_VALUE_MAX} is
 * formatted as a short stand-in, then shown by {@link quoted} (its first 80 characters and its
 * whole length: a 10-million-character cell is named, not echoed, and its length is right); the
 * parameters and fields are cut, the library's messages cut at 300 characters; each line is then
 * escaped by {@link safeText} and cut at 1,000 characters.
 */
export function ruleErrorLines(e: RuleInputError, lang: ExplainLang): string[] {
  const long = (v: unknown): v is string => typeof v === "string" && v.length > MESSAGE_VALUE_MAX;
  const issues = e.issues.map(
    (i, k): RuleInputIssue => ({
      ...i,
      field: safeText(i.field, MESSAGE_VALUE_MAX),
      value: long(i.value) ? token(k) : i.value,
      message: safeText(i.message, ISSUE_MESSAGE_MAX),
      ...(i.params ? { params: Object.fromEntries(Object.entries(i.params).map(([p, v]) => [p, typeof v === "string" ? cutText(v, MESSAGE_VALUE_MAX) : v])) } : {}),
    }),
  );
  return ruleInputErrorMessages(new RuleInputError(issues, e.omittedIssues), lang).map((line, k) => {
    const v = e.issues[k]?.value;
    // the stand-in as the library quotes it, then (should its quoting change) as it is
    const shown = long(v) ? line.split(JSON.stringify(token(k))).join(quoted(v)).split(token(k)).join(safeText(v, MESSAGE_VALUE_MAX)) : line;
    return safeText(shown, RULE_LINE_MAX);
  });
}

/** "line N, field F" (a CSV cell) or "field F" (no line: a JSON candidate or an option), in `lang`. */
export function where(line: number | undefined, field: string, lang: ExplainLang = "en"): string {
  return line === undefined ? tr(lang, "where.field", { field }) : tr(lang, "where.lineField", { line, field });
}
