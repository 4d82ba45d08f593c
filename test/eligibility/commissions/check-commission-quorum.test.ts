// Tests of src/eligibility/commissions/check-commission-quorum.ts: checkCommissionQuorum (R-GC-7),
// its reasons, the number required and the consequence.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { checkCommissionQuorum, commissionQuorum } from "../../../src/index.js";

describe("R-GC-7 checkCommissionQuorum — reasons and the number required", () => {
  it("R-GC-7 checkCommissionQuorum lists every reason and the number required", () => {
    const r = checkCommissionQuorum(9, 5);
    expect(r.quorum).toBe(false);
    expect(r.required).toBe(6);
    expect(r.reasons.map((x) => x.code)).toEqual(["below-two-thirds"]);
    expect(r.consequence).toMatch(/para 24/);
    expect(checkCommissionQuorum(3, 1).reasons.map((x) => x.code)).toEqual(["below-two-thirds", "fewer-than-three"]);
    expect(checkCommissionQuorum(3, 2).reasons.map((x) => x.code)).toEqual(["fewer-than-three"]);
    expect(checkCommissionQuorum(2, 2).required).toBe(null);
    expect(checkCommissionQuorum(11, 8)).toMatchObject({ quorum: true, required: 8, reasons: [], consequence: null }); // ⌈22/3⌉ = 8
  });

  fcTest.prop([fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 })])("R-GC-7 monotone in present; required is the least present with a quorum", (m, p0) => {
    const p = Math.min(p0, m);
    if (p < m && commissionQuorum(m, p)) expect(commissionQuorum(m, p + 1)).toBe(true);
    const c = checkCommissionQuorum(m, p);
    expect(c.quorum).toBe(commissionQuorum(m, p));
    if (c.required !== null) {
      expect(commissionQuorum(m, c.required)).toBe(true);
      if (c.required > 0) expect(commissionQuorum(m, c.required - 1)).toBe(false);
    }
    expect(c.quorum).toBe(c.reasons.length === 0);
  });
});

// mutation run (issue 6, docs/quality.md): boundaries of the quorum, worked out by hand from
// R-GC-7 (≥ two thirds, ≥ 3 persons).
describe("R-GC-7 checkCommissionQuorum — boundaries and reasons", () => {
  it("R-GC-7 4 members, 3 present: 9 ≥ 8 and 3 ≥ 3 → quorum, no reason; required = max(3, ⌈8/3⌉ = 3) = 3", () => {
    expect(checkCommissionQuorum(4, 3)).toMatchObject({ quorum: true, required: 3, reasons: [], consequence: null });
  });
  it("R-GC-7 3 members: required = max(3, 2) = 3", () => {
    expect(checkCommissionQuorum(3, 3)).toMatchObject({ quorum: true, required: 3, reasons: [] });
  });
  it("R-GC-7 2 members: never a quorum, required null", () => {
    const r = checkCommissionQuorum(2, 2);
    expect(r.quorum).toBe(false);
    expect(r.required).toBeNull();
    expect(r.reasons).toEqual([{ code: "fewer-than-three", rule: "R-GC-7", present: 2, required: 3 }]);
  });
  it("R-GC-7 9 members, 2 present: below two thirds (6) and fewer than three", () => {
    expect(checkCommissionQuorum(9, 2).reasons).toEqual([
      { code: "below-two-thirds", rule: "R-GC-7", present: 2, required: 6 },
      { code: "fewer-than-three", rule: "R-GC-7", present: 2, required: 3 },
    ]);
  });
});
