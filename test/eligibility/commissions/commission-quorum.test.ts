// Tests of src/eligibility/commissions/commission-quorum.ts: commissionQuorum (R-GC-7: 3·present ≥
// 2·members and present ≥ 3) and the validation of members/present it shares with checkCommissionQuorum.
import { describe, expect, it } from "vitest";
import { RuleInputError, checkCommissionQuorum, commissionQuorum } from "../../../src/index.js";
import { firstIssue as issue } from "../../support/first-issue.js";

describe("R-GC-7 commissionQuorum — 3·present ≥ 2·members and present ≥ 3", () => {
  it("R-GC-7 worked examples", () => {
    expect(commissionQuorum(9, 6)).toBe(true); // 18 ≥ 18
    expect(commissionQuorum(9, 5)).toBe(false); // 15 < 18
    expect(commissionQuorum(3, 2)).toBe(false); // 6 ≥ 6 but fewer than three persons
    expect(commissionQuorum(3, 3)).toBe(true);
    expect(commissionQuorum(4, 3)).toBe(true); // 9 ≥ 8
    expect(commissionQuorum(5, 3)).toBe(false); // 9 < 10
    expect(commissionQuorum(5, 4)).toBe(true); // 12 ≥ 10
    expect(commissionQuorum(7, 5)).toBe(true); // 15 ≥ 14
    expect(commissionQuorum(7, 4)).toBe(false); // 12 < 14
    expect(commissionQuorum(2, 2)).toBe(false); // never three persons
  });

  it("R-GC-7 invalid inputs throw RuleInputError", () => {
    for (const [m, p] of [[0, 0], [9, 10], [9, -1], [9.5, 6], [9, 6.5], [Number.NaN, 1], ["9", null]] as const) {
      expect(() => commissionQuorum(m as never, p as never)).toThrow(RuleInputError);
      expect(() => checkCommissionQuorum(m as never, p as never)).toThrow(RuleInputError);
    }
  });

  // mutation run (issue 6, docs/quality.md): the field and wording of the input errors.
  it("R-GC-7 more present than members names present; a huge count is refused", () => {
    expect(issue(() => commissionQuorum(5, 6))).toMatchObject({ field: "present", message: "more members present than the commission has (5)" });
    expect(issue(() => commissionQuorum(2 ** 60, 1))).toMatchObject({ field: "members", message: "too large" });
  });
});
