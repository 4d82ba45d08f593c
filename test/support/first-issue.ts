import { expect } from "vitest";
import { RuleInputError, type RuleInputIssue } from "../../src/index.js";

/** Runs `f`, expects a RuleInputError and returns it (fails the test otherwise). */
export function thrownRuleInputError(f: () => unknown): RuleInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    return e as RuleInputError;
  }
  throw new Error("expected a RuleInputError");
}

/** Runs `f`, expects a RuleInputError and returns its first issue (fails the test otherwise). */
export function firstIssue(f: () => unknown): RuleInputIssue {
  return thrownRuleInputError(f).issues[0]!;
}

/** Runs `f`, expects a RuleInputError and returns all its issues (fails the test otherwise). */
export function allIssues(f: () => unknown): readonly RuleInputIssue[] {
  return thrownRuleInputError(f).issues;
}

/** Runs `f` and returns what it throws, whatever it is (fails the test when nothing is thrown). */
export function thrownValue(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("no error");
}
