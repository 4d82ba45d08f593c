import { RuleInputError } from "../errors.js";
import { RULE_CITATIONS } from "./citations/index.js";
import type { RuleId } from "./rule-ids.js";

/**
 * Where a rule is in the law: the act, the place in it, the Kazakh source file and its lines.
 *
 * @category Sources
 */
export interface RuleSource {
  /** The act id of `SOURCES`, e.g. `"ASA-52-2026"`. */
  readonly act: string;
  /** The place in the act (point, paragraph, appendix). */
  readonly locator: string;
  /** The Kazakh source file shipped in the package, `sources/00N_….txt`. */
  readonly seed: string;
  /** Its lines, e.g. `"2044-2080"`, when known. */
  readonly lines?: string;
}

/**
 * The source of a rule: act id, the place in the act, the seed file with its Kazakh text.
 *
 * @param ruleId - a rule id of the catalogue ({@link RuleId}), e.g. `"R-GC-5"`; checked at run time too.
 * @throws A {@link RuleInputError} for an unknown rule id.
 *
 * @example
 * ```ts
 * ruleSource("R-SEL-1")
 * // { act: "ASA-52-2026", locator: "List point 16, para 101–102: IS selection rules App. 1 …", seed: "sources/001_…txt" }
 * ```
 * @category Sources
 */
export function ruleSource(ruleId: RuleId): RuleSource {
  // own keys only: "toString", "constructor", "__proto__" are not rule ids
  const c = typeof ruleId === "string" && Object.hasOwn(RULE_CITATIONS, ruleId) ? RULE_CITATIONS[ruleId] : undefined;
  if (!c) {
    throw new RuleInputError([
      { field: "ruleId", value: ruleId, rule: "sources", message: "unknown rule id (see RULES.md for the list)" },
    ]);
  }
  return c.lines === undefined
    ? { act: c.act, locator: c.locator, seed: c.seed }
    : { act: c.act, locator: c.locator, seed: c.seed, lines: c.lines };
}
