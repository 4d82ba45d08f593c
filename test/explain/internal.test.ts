// The shared parts of the explanations (src/explain/internal.ts), where a test calls them directly:
// show, the display of a Decimal (rounded half-up, never -0).
import { describe, expect, it } from "vitest";
import { explainSelectionPersonalQualities } from "../../src/index.js";

// mutation run (docs/quality.md): a negative zero shown as -0
describe("R-SEL-1 show — numbers shown in the explanations", () => {
  it("R-SEL-1 a negative zero, or a negative value rounded to zero, is shown as 0 — never -0", async () => {
    const { show } = await import("../../src/explain/internal.js");
    const { D } = await import("../../src/internal/decimal.js");
    // -0.00001 rounded half-up to 4 places is -0.0000, i.e. zero: shown "0"; -0.00005 → -0.0001
    expect(show(new D(-0), 4)).toBe("0");
    expect(show(new D("-0.00001"), 4)).toBe("0");
    expect(show(new D("-0.00005"), 4)).toBe("-0.0001");
    expect(show(new D("2.50"), 4)).toBe("2.5");
    expect(explainSelectionPersonalQualities(-0).text).not.toContain("-0");
  });
});

// mutation run 2026-12-06 (issue 16): a fractional `decimals` is refused by the options check
// (it used to be caught only when the fuzz test happened to draw one)
describe("R-SEL-1 the decimals option — a whole number from 0 to 40", () => {
  it("R-SEL-1 decimals 2.5 is a RuleInputError naming opts.decimals, not a decimal.js error", async () => {
    const { firstIssue } = await import("../support/first-issue.js");
    expect(firstIssue(() => explainSelectionPersonalQualities(50, { decimals: 2.5 }))).toStrictEqual({
      field: "opts.decimals", value: 2.5, rule: "R-SEL-1", message: "out of range: expected a whole number from 0 to 40", code: "out-of-range", params: { min: "0", max: "40" },
    });
  });
});
