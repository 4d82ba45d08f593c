/**
 * The period of the temporary IS selection rules, checked for the R-SEL-6 and R-SEL-7 (point 14-1)
 * timings whose own start depends on an unknown publication date, and the edition in force
 * (R-CAL-4) for them.
 *
 * @module
 * @internal
 */
import * as z from "zod";
import { RuleInputError } from "../../errors.js";
import { fail } from "../../internal/validate.js";
import { TEMPORARY_IS_RULES_PERIOD } from "../../sources/state-bodies.js";
import type { VersionInForce } from "../../sources/versions.js";
import { publicationSchema, version, type VersionAsk } from "./time-internal.js";

/** @internal Throws unless `day` lies in 01.01.2024–31.12.2025 (the temporary rules' point 1). */
export function inTemporaryRules(day: string, field: string, rule: string): void {
  if (day < TEMPORARY_IS_RULES_PERIOD.from || day > TEMPORARY_IS_RULES_PERIOD.to) {
    fail(rule, field, day, `outside the period of the temporary IS selection rules (${TEMPORARY_IS_RULES_PERIOD.from} – ${TEMPORARY_IS_RULES_PERIOD.to}, their point 1, seed 000 line 31): this rule does not apply`);
  }
}

/** @internal The option fields `presume` and `publication` of the R-SEL-6 / R-SEL-7 timings. */
export const temporaryVersionFields = /* @__PURE__ */ (() => ({
  presume: z.boolean().optional(),
  publication: publicationSchema.optional(),
}))();

/**
 * @internal The edition of `key` in force on the Astana day `dayText` (day number `dayNum`), as
 * {@link ruleVersion} answers with `asOf` = that day: before ASA-184-2024 took effect the sources do
 * not give the text (ASA-40-2017's earlier wording), and between 05.11.2024 and 31.12.2024 it depends
 * on the unknown publication date — a RuleInputError under `rule (R-CAL-4)`, reported under the
 * function's own date `field`, unless `presume` or `publication` resolves it.
 */
export function temporaryRulesVersion(key: string, rule: string, dayText: string, dayNum: number, field: string, o: Omit<VersionAsk, "asOf">): VersionInForce {
  try {
    return version(key, rule, { ...o, asOf: dayText }, dayNum);
  } catch (e) {
    if (e instanceof RuleInputError) {
      throw new RuleInputError(e.issues.map((i) => (i.field === "opts.asOf" ? { ...i, field } : i)));
    }
    throw e;
  }
}
