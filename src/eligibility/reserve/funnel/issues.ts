/**
 * The funnel's input problems: every one is collected (up to 100 listed) and thrown together as
 * one {@link RuleInputError}, each naming the candidate and the rule whose condition it breaks.
 *
 * @module
 * @internal
 */
import { RuleInputError, type RuleInputIssue } from "../../../errors.js";

/** The rule ids the funnel's issues are filed under. @internal */
export const RULE_FUNNEL = "R-PYR-3";
/** @internal */
export const RULE_SCALE = "R-PYR-4";
/** @internal */
export const RULE_SECTOR = "R-PYR-2";
/** @internal */
export const RULE_EXCLUSION = "R-PYR-1";
/** Issues listed one by one; the rest are counted in a last issue. @internal */
export const MAX_ISSUES = 100;

/** @internal */
export class Issues {
  readonly list: RuleInputIssue[] = [];
  more = 0;
  add(field: string, value: unknown, rule: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ field, value, rule, message });
    else this.more++;
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    if (this.more > 0) {
      this.list.push({ field: "candidates", value: undefined, rule: RULE_FUNNEL, message: `… and ${this.more} more problem(s) not listed` });
    }
    throw new RuleInputError(this.list);
  }
}

/** How an issue names a candidate. @internal */
export const who = (id: unknown, i: number): string =>
  typeof id === "string" ? `candidate ${JSON.stringify(id)}` : `candidate at position ${i}`;
