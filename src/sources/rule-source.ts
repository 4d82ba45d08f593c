import { RuleInputError } from "../errors.js";
import { RULE_CITATIONS } from "./citations/index.js";

/**
 * The source of a rule: act id, the place in the act, the seed file with its Kazakh text.
 *
 * @param ruleId - a rule id of RULES.md, e.g. `"R-GC-5"`.
 * @throws {@link RuleInputError} for an unknown rule id.
 *
 * @example
 * ```ts
 * ruleSource("R-SEL-1")
 * // { act: "ASA-52-2026", locator: "List point 16, para 101–102: IS selection rules App. 1 …", seed: "sources/001_…txt" }
 * ```
 * @category Sources
 */
export function ruleSource(ruleId: string): { act: string; locator: string; seed: string; lines?: string } {
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
