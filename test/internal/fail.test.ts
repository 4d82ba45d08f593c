// src/internal/fail.ts: one RuleInputError with its machine-readable code, without decimal.js or
// zod (the calendars import it; issue 19: their bundle leaves decimal.js and zod out).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classify, fail, withCode } from "../../src/internal/fail.js";
import { thrownRuleInputError } from "../support/first-issue.js";

describe("fail — the one error, classified", () => {
  it("R-CAL-1 fail throws a RuleInputError with one issue and the code its wording gives", () => {
    const e = thrownRuleInputError(() => fail("R-CAL-1", "date", "2025-02-30", "no such day: 2025-02 has 28 days"));
    expect(e.issues).toEqual([{ field: "date", value: "2025-02-30", rule: "R-CAL-1", message: "no such day: 2025-02 has 28 days", code: "invalid-date" }]);
  });
  it("R-SEL-1 classify: the common wordings and their codes; anything else has none", () => {
    expect(classify("missing: a number is required")).toEqual({ code: "missing" });
    expect(classify("comma decimal: write \"2.5\"")).toEqual({ code: "comma-decimal" });
    expect(classify("too many digits: 45 significant digits, at most 40 are computed exactly")).toEqual({ code: "too-many-digits", params: { max: 40 } });
    expect(classify("too many digits")).toEqual({ code: "too-many-digits" });
    expect(classify("the result was altered")).toEqual({});
    expect(withCode({ field: "f", value: 1, rule: "R", message: "m" }, {})).toEqual({ field: "f", value: 1, rule: "R", message: "m" });
  });
  it("issue 19: fail.ts imports neither decimal.js nor zod (so the calendars' bundle has neither)", () => {
    const src = readFileSync(new URL("../../src/internal/fail.ts", import.meta.url), "utf8");
    expect(src).not.toMatch(/from "(decimal\.js|zod)/);
    expect(src).not.toMatch(/from "\.\/(validate|decimal)\.js"/);
  });
});
