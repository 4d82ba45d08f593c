// The agency test file of docs/testing.md, as written there (imports pointed at src/ instead of
// the package): if this fails, the guide is wrong.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { competitionFinal, isRuleInputError, runReserveFunnel, selectionPersonalQualities, type CompetitionFinalInput } from "../../src/index.js";
import { checkConformance, competitionFinalInputArb, decimalEquals, reserveCandidatesArb, type ConformanceFile } from "../../src/testing/index.js";

const scoring = JSON.parse(readFileSync(new URL("../../conformance/scoring.json", import.meta.url), "utf8")) as ConformanceFile;

// --- the agency's own code (in its src/): ranks applicants by the final score, best first ---
interface Applicant { id: string; scores: CompetitionFinalInput }
function rankApplicants(applicants: readonly Applicant[]): { id: string; score: Decimal }[] {
  return applicants
    .map((a) => ({ id: a.id, score: competitionFinal(a.scores) }))
    .sort((x, y) => y.score.comparedTo(x.score) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
// --- and an adapter to its legacy service, which answers with strings ---
const legacyService = { personalQualities: (S: number | string): string => new Decimal(String(S)).times("0.02").toString() };

// --- the test file, as in docs/testing.md ---
expect.addEqualityTesters([decimalEquals]); // once, e.g. in vitest's setupFiles

describe("our ranking applies the law's scores", () => {
  it("R-SEL-1: 85 % of personal qualities gives 1.7 points", () => {
    expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.7"));
  });

  it("R-GC-5: a non-leadership applicant with О = 4, П = 9 scores 0.3 × 4 + 0.7 × 9 = 7.5", () => {
    expect(rankApplicants([{ id: "a", scores: { track: "non-leadership", O: 4, P: 9 } }])).toEqual([{ id: "a", score: new Decimal("7.5") }]);
  });

  it("R-GC-5: the ranking is sorted by the final score for any valid applicants", () => {
    const applicants = fc.array(fc.record({ id: fc.uuid(), scores: competitionFinalInputArb("non-leadership") }), { maxLength: 30 });
    fc.assert(
      fc.property(applicants, (list) => {
        const ranked = rankApplicants(list);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score.gte(ranked[i]!.score)).toBe(true);
      }),
    );
  });

  it("R-PYR-3: every valid Reserve population goes through the funnel; nobody is taken beyond the quotas", () => {
    fc.assert(
      fc.property(reserveCandidatesArb({ maxCandidates: 100 }), (candidates) => {
        const result = runReserveFunnel(candidates);
        expect(result.reserve.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 50 },
    );
  });

  it("R-SEL-1: our legacy service's adapter passes the shipped conformance vectors", () => {
    const report = checkConformance(scoring, { selectionPersonalQualities: (S: unknown) => legacyService.personalQualities(S as number) });
    // the legacy service does not validate: the vectors that expect an error fail, and say so
    const failedIds = report.failed.map((f) => f.id);
    expect(report.failed.every((f) => f.reason === "expected RuleInputError, but it returned")).toBe(true);
    expect(report.passed).toBeGreaterThan(0);
    expect(failedIds.length).toBeGreaterThan(0);
  });

  it("errors: catch the library's error by isRuleInputError (works across ESM and CommonJS)", () => {
    try {
      selectionPersonalQualities(101);
    } catch (e) {
      expect(isRuleInputError(e)).toBe(true);
    }
  });
});
