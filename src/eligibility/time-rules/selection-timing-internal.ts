/**
 * The period of the temporary IS selection rules, checked for the R-SEL-6 and R-SEL-7 (point 14-1)
 * timings whose own start depends on an unknown publication date.
 *
 * @module
 * @internal
 */
import { fail } from "../../internal/validate.js";
import { TEMPORARY_IS_RULES_PERIOD } from "../../sources/state-bodies.js";

/** @internal Throws unless `day` lies in 01.01.2024–31.12.2025 (the temporary rules' point 1). */
export function inTemporaryRules(day: string, field: string, rule: string): void {
  if (day < TEMPORARY_IS_RULES_PERIOD.from || day > TEMPORARY_IS_RULES_PERIOD.to) {
    fail(rule, field, day, `outside the period of the temporary IS selection rules (${TEMPORARY_IS_RULES_PERIOD.from} – ${TEMPORARY_IS_RULES_PERIOD.to}, their point 1, seed 000 line 31): this rule does not apply`);
  }
}
