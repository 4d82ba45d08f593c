/**
 * The funnel's input problems: every one is found, the first 100 listed and the others counted,
 * and thrown together as one {@link RuleInputError} (the count in its `omittedIssues`), each
 * naming the candidate and the rule whose condition it breaks.
 *
 * @module
 * @internal
 */
import { MAX_LISTED_ISSUES, RuleInputError, showValue, type RuleInputIssue } from "../../../errors.js";

/** The rule ids the funnel's issues are filed under. @internal */
export const RULE_FUNNEL = "R-PYR-3";
/** @internal */
export const RULE_SCALE = "R-PYR-4";
/** @internal */
export const RULE_SECTOR = "R-PYR-2";
/** @internal */
export const RULE_EXCLUSION = "R-PYR-1";
/** Issues listed one by one (as many as a RuleInputError keeps); the rest are only counted. @internal */
export const MAX_ISSUES = MAX_LISTED_ISSUES;

/**
 * The problems found so far: the first {@link MAX_ISSUES} kept, the others counted in `more`
 * (thrown as the error's `omittedIssues`), so a million bad candidates cost a count, not a list.
 *
 * @internal
 */
export class Issues {
  readonly list: RuleInputIssue[] = [];
  more = 0;
  add(field: string, value: unknown, rule: string, message: string, coded?: Pick<RuleInputIssue, "code" | "params">): void {
    if (this.list.length < MAX_ISSUES) this.list.push(coded === undefined ? { field, value, rule, message } : { field, value, rule, message, ...coded });
    else this.more++;
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    throw new RuleInputError(this.list, this.more);
  }
}

/**
 * How an issue names a candidate: by its id, shown bounded and escaped (an id of ten million
 * characters is cut), or by its position when the id is not a string. @internal
 */
export const who = (id: unknown, i: number): string =>
  typeof id === "string" ? `candidate ${showValue(id)}` : `candidate at position ${i}`;
