// Tests of src/eligibility/evaluation/calibration-decision.ts: calibrationDecision (R-EV-2, ASA-52-2026
// List point 6: model methodology of evaluating corps "B" servants, point 23 fifth part, seed 001
// line 1068): «Қорытынды баға калибрлеу сессиясы мүшелерінің басым дауысымен қабылданады және тиісті
// хаттамамен рәсімделеді.» The text gives no tie-break (no casting vote).
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, calibrationDecision } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-EV-2 calibrationDecision — «мүшелерінің басым дауысымен қабылданады»", () => {
  it("R-EV-2 2 of 3 votes: ⌊3/2⌋ + 1 = 2 required → adopted", () => {
    expect(calibrationDecision({ votes: ["тиімді", "тиімді", "қанағаттанарлық"] })).toMatchObject({
      rule: "R-EV-2", decided: true, grade: "тиімді", required: 2, leading: ["тиімді"],
      tally: [{ grade: "тиімді", votes: 2 }, { grade: "қанағаттанарлық", votes: 1 }],
    });
  });
  it("R-EV-2 a tie 2–2 of 4: 3 required, the text gives no tie-break → undecided, both named, none picked", () => {
    const r = calibrationDecision({ votes: ["A", "B", "A", "B"] });
    expect(r).toMatchObject({ decided: false, grade: null, required: 3, leading: ["A", "B"] });
    expect(r.message).toMatch(/no tie-break/);
  });
  it("R-EV-2 a three-way split 2–1–1 of 4: 2 is not more than half → undecided (plurality is not a majority)", () => {
    expect(calibrationDecision({ votes: ["A", "A", "B", "C"] })).toMatchObject({ decided: false, required: 3, leading: ["A"] });
  });
  it("R-EV-2 majority \"members\": 3 of 5 members voted A, A, B — votes cast 2 of 3 would decide, members need 3 of 5 → undecided", () => {
    expect(calibrationDecision({ votes: ["A", "A", "B"], members: 5 }).decided).toBe(true);
    expect(calibrationDecision({ votes: ["A", "A", "B"], members: 5, majority: "members" })).toMatchObject({ decided: false, required: 3 });
    expect(calibrationDecision({ votes: ["A", "A", "A"], members: 5, majority: "members" })).toMatchObject({ decided: true, grade: "A", required: 3 });
  });
  it("R-EV-2 onNoMajority \"error\": a tie throws, naming the votes", () => {
    expect(firstIssue(() => calibrationDecision({ votes: ["A", "B"], onNoMajority: "error" }))).toMatchObject({ field: "votes", rule: "R-EV-2" });
    expect(calibrationDecision({ votes: ["A"], onNoMajority: "error" }).grade).toBe("A");
  });
  it("R-EV-2 bad input → RuleInputError", () => {
    expect(firstIssue(() => calibrationDecision({ votes: ["A", "A", "B"], members: 2 }))).toMatchObject({ field: "members", value: 2 });
    expect(firstIssue(() => calibrationDecision({ votes: ["A"], majority: "members" }))).toMatchObject({ field: "members", code: "missing" });
    for (const b of [{}, { votes: [] }, { votes: [""] }, { votes: [1] }, { votes: ["A"], majority: "x" }, { votes: ["A"], extra: 1 }, null]) {
      expect(() => calibrationDecision(b as never)).toThrow(RuleInputError);
    }
  });
  fcTest.prop([fc.array(fc.constantFrom("A", "B", "C"), { minLength: 1, maxLength: 15 })])(
    "R-EV-2 property: decided ⇔ some grade has more than half the votes; order of votes does not change the grade",
    (votes) => {
      const r = calibrationDecision({ votes });
      const most = Math.max(...["A", "B", "C"].map((g) => votes.filter((v) => v === g).length));
      expect(r.decided).toBe(2 * most > votes.length);
      expect(calibrationDecision({ votes: [...votes].reverse() }).grade).toBe(r.grade);
    },
  );
});
