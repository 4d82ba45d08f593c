import { expect } from "vitest";
import { RuleInputError, type RuleInputIssue } from "../../src/index.js";

/** Runs `f`, expects a RuleInputError and returns its first issue (fails the test otherwise). */
export function firstIssue(f: () => unknown): RuleInputIssue {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    return (e as RuleInputError).issues[0]!;
  }
  throw new Error("expected a RuleInputError");
}

/** Runs `f`, expects a RuleInputError and returns all its issues (fails the test otherwise). */
export function allIssues(f: () => unknown): readonly RuleInputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    return (e as RuleInputError).issues;
  }
  throw new Error("expected a RuleInputError");
}
