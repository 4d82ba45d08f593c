// Tests of src/eligibility/commissions/competition-status-after-essay.ts: competitionStatusAfterEssay
// (R-SEL-10, para 117 of the temporary IS selection rules, ASA-184-2024 point 1, seed 000 lines 85–89):
// «Эссе жазу кезеңіне жіберілген үміткерлердің ешқайсысы осы кезеңге қатыспаған жағдайда, конкурс
// мәртебесі жүйемен "Аяқталған" болып өзгереді. Конкурс аяқталғаны туралы хабарлама жүйемен
// үміткерлерге жолданады.»
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, competitionStatusAfterEssay } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-SEL-10 competitionStatusAfterEssay — «ешқайсысы … қатыспаған жағдайда … Аяқталған» (para 117)", () => {
  it("R-SEL-10 none of 3 admitted took part → «Аяқталған», candidates notified", () => {
    expect(competitionStatusAfterEssay({ admitted: 3, tookPart: 0 })).toMatchObject({ rule: "R-SEL-10", completed: true, status: "Аяқталған", notifyCandidates: true });
  });
  it("R-SEL-10 one of 3 took part → para 117 does not apply, no status set", () => {
    expect(competitionStatusAfterEssay({ admitted: 3, tookPart: 1 })).toMatchObject({ completed: false, status: null, notifyCandidates: false });
  });
  it("R-SEL-10 the boundary: a single admitted candidate absent → completed; present → continues", () => {
    expect(competitionStatusAfterEssay({ admitted: 1, tookPart: 0 }).completed).toBe(true);
    expect(competitionStatusAfterEssay({ admitted: 1, tookPart: 1 }).completed).toBe(false);
  });
  it("R-SEL-10 invalid: no admitted candidate (para 117 speaks of the admitted), more participants than admitted, non-whole", () => {
    expect(firstIssue(() => competitionStatusAfterEssay({ admitted: 0, tookPart: 0 }))).toMatchObject({ field: "admitted", rule: "R-SEL-10" });
    expect(firstIssue(() => competitionStatusAfterEssay({ admitted: 2, tookPart: 3 }))).toMatchObject({ field: "tookPart", value: 3, message: "more than the candidates admitted (2)" });
    for (const b of [{}, { admitted: 2.5, tookPart: 0 }, { admitted: 2, tookPart: -1 }, { admitted: 2, tookPart: 0, x: 1 }, null]) {
      expect(() => competitionStatusAfterEssay(b as never)).toThrow(RuleInputError);
    }
  });
  fcTest.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 })])("R-SEL-10 property: completed ⇔ tookPart = 0", (a, t0) => {
    const t = Math.min(a, t0);
    const r = competitionStatusAfterEssay({ admitted: a, tookPart: t });
    expect(r.completed).toBe(t === 0);
    expect(r.status).toBe(t === 0 ? "Аяқталған" : null);
  });
});
