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

// Issue 23, item 5: fill's plain Error is an internal invariant. The public explanations validate
// before they render — explainReserveOutcome checks the funnel result against its sealed index
// (test/explain/explain-reserve-outcome.test.ts renders every R-PYR-3 code and alters results at
// random), and test/fuzz.test.ts feeds every explanation wrong values — so it never reaches a caller.
describe("R-PYR-3 fill — a placeholder without a value", () => {
  it("R-PYR-3 fills every placeholder; a missing one throws the internal Error (not a RuleInputError: it would be a bug of the library)", async () => {
    const { fill } = await import("../../src/explain/internal.js");
    const { RuleInputError } = await import("../../src/index.js");
    expect(fill("rank {rank} of {competed}", { rank: 2, competed: 6 })).toBe("rank 2 of 6");
    expect(fill("{tie}", { tie: false })).toBe("false");
    let thrown: unknown;
    try {
      fill("rank {rank} of {competed}", { rank: 2 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(RuleInputError);
    expect((thrown as Error).message).toBe("explain: no value for placeholder {competed}");
  });

  it("R-PYR-3 the reviewer's case: a sector entry without competed is a RuleInputError of explainReserveOutcome, not the placeholder Error", async () => {
    const { explainReserveOutcome, runReserveFunnel, RuleInputError } = await import("../../src/index.js");
    const r = runReserveFunnel([{ id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } }, { id: "b", sector: "digitalisation", scores: { text: 12 } }]);
    delete (r.stages[0]!.bySector.digitalisation as { competed?: number }).competed;
    let thrown: unknown;
    try {
      explainReserveOutcome(r, "b");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuleInputError);
    expect((thrown as InstanceType<typeof RuleInputError>).issues[0]).toMatchObject({ field: "result.stages[0].bySector.digitalisation.competed", rule: "R-PYR-3" });
  });
});
