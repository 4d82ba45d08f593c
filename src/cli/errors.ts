import { RuleInputError } from "../errors.js";
import { formatRuleInputError } from "../explain/format-rule-input-error.js";
import type { ExplainLang } from "../explain/types.js";

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
      throw new InputError(`${where(line, f)}: ${formatRuleInputError(e, { lang })}`);
    }
    throw e;
  }
}

export function where(line: number | undefined, field: string): string {
  return line === undefined ? `field ${field}` : `line ${line}, field ${field}`;
}
