// formatRuleInputError (src/explain/format-rule-input-error.ts): a RuleInputError as lines in kk, ru, en;
// its own option errors (the sentences themselves are tested in rule-input-error-messages.test.ts).
import { describe, expect, it } from "vitest";
import { RuleInputError, formatRuleInputError } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

// mutation run 2026-11-24 (docs/quality.md): the rule id an option error carries
describe("formatRuleInputError — options", () => {
  it("R-SEL-1 an unknown language is reported under the rule id 'explain'", () => {
    const e = new RuleInputError([{ field: "S", value: 120, rule: "R-SEL-1", message: "out of range" }]);
    expect(firstIssue(() => formatRuleInputError(e, { lang: "de" as "en" }))).toMatchObject({ field: "opts.lang", value: "de", rule: "explain" });
  });
});
