import type { Citation } from "../citation.js";
import { SCORING_CITATIONS } from "./scoring.js";
import { CALENDAR_CITATIONS } from "./calendars.js";
import { ELIGIBILITY_CITATIONS } from "./eligibility.js";
import { RESERVE_CITATIONS } from "./reserve.js";
import { TIME_RULE_CITATIONS } from "./time-rules.js";
import { EVALUATION_CITATIONS } from "./evaluation.js";

/**
 * Every rule's citation, keyed by rule id. The single place both {@link ruleSource} and the
 * API documentation (typedoc's `@rule` tag) read.
 *
 * @category Sources
 */
export const RULE_CITATIONS: Readonly<Record<string, Citation>> = /* @__PURE__ */ (() => Object.freeze({
  ...SCORING_CITATIONS,
  ...CALENDAR_CITATIONS,
  ...ELIGIBILITY_CITATIONS,
  ...RESERVE_CITATIONS,
  ...TIME_RULE_CITATIONS,
  ...EVALUATION_CITATIONS,
}))();
