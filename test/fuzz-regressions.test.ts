import { describe, expect, it } from "vitest";
import { formatRuleInputError, normalizeBodyName, RuleInputError, ruleInputErrorMessages } from "../src/index.js";

// Bugs the fuzzer (test/fuzz.test.ts, issue 6) found on 2026-11-23, fixed the same day.
describe("issue 6 fuzz regressions", () => {
  it("R-SEL-8 normalizeBodyName: a non-string name throws RuleInputError, not TypeError", () => {
    for (const bad of [0, undefined, null, {}, []]) {
      expect(() => normalizeBodyName(bad as never)).toThrow(RuleInputError);
    }
    try {
      normalizeBodyName(0 as never);
    } catch (e) {
      expect((e as RuleInputError).issues[0]).toMatchObject({ field: "name", value: 0, rule: "R-SEL-8" });
    }
  });

  it("ruleInputErrorMessages / formatRuleInputError: an object without toString gives its tag, not a TypeError", () => {
    const bare = Object.create(null) as object;
    expect(ruleInputErrorMessages(bare, "ru")).toEqual(["[object Object]"]);
    expect(formatRuleInputError(bare)).toBe("[object Object]");
    expect(ruleInputErrorMessages({ toString: 5 }, "kk")).toEqual(["[object Object]"]);
  });
});
