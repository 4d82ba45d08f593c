// Tests of src/eligibility/time-rules/law-enforcement-application-refusal.ts: lawEnforcementApplicationRefusal
// (R-EL-9, ASA-1-2016 point 6, fifth part, new wording by ASA-52-2026 List point 1, seed 001 line 90,
// in force from 11.07.2026): «Кандидат Тізбенің 8-тармағымен көзделген тізбеге сәйкес құжаттардың
// топтамасын толық ұсынбаған және (немесе) қолданылу мерзімі өтіп кеткен құжаттарды ұсынған
// жағдайларда, көрсетілетін қызметті беруші өтінішті қабылдаудан бас тартады.»
import { describe, expect, it } from "vitest";
import { RuleInputError, lawEnforcementApplicationRefusal } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

const grounds = (i: Parameters<typeof lawEnforcementApplicationRefusal>[0]) => lawEnforcementApplicationRefusal(i).map((g) => g.ground);

describe("R-EL-9 lawEnforcementApplicationRefusal — «толық ұсынбаған және (немесе) қолданылу мерзімі өтіп кеткен»", () => {
  it("R-EL-9 a full set, no expired document → no ground", () => {
    expect(lawEnforcementApplicationRefusal({ applicationDate: "2026-09-01", documentsComplete: true, documents: [{ validUntil: "2027-01-01" }] })).toEqual([]);
  });
  it("R-EL-9 «топтамасын толық ұсынбаған»: an incomplete set is a ground", () => {
    expect(grounds({ applicationDate: "2026-09-01", documentsComplete: false })).toEqual(["incomplete-documents"]);
  });
  it("R-EL-9 «қолданылу мерзімі өтіп кеткен»: valid through 31.08 is expired on 01.09; valid through 01.09 is not (its last day)", () => {
    const r = lawEnforcementApplicationRefusal({ applicationDate: "2026-09-01", documentsComplete: true, documents: [{ name: "ID", validUntil: "2026-09-01" }, { name: "medical", validUntil: "2026-08-31" }] });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ ground: "expired-documents", rule: "R-EL-9", documents: [1] });
  });
  it("R-EL-9 «және (немесе)»: both grounds together, in order", () => {
    expect(grounds({ applicationDate: "2026-09-01", documentsComplete: false, documents: [{ validUntil: "2025-12-31" }] })).toEqual(["incomplete-documents", "expired-documents"]);
  });
  it("R-EL-9 in force from 11.07.2026: 10.07.2026 is not in the sources (error, or presume); 11.07.2026 is", () => {
    expect(firstIssue(() => lawEnforcementApplicationRefusal({ applicationDate: "2026-07-10", documentsComplete: false }))).toMatchObject({ rule: "R-EL-9 (R-CAL-4)" });
    expect(grounds({ applicationDate: "2026-07-10", documentsComplete: false, presume: true })).toEqual(["incomplete-documents"]);
    expect(grounds({ applicationDate: "2026-07-11", documentsComplete: false })).toEqual(["incomplete-documents"]);
  });
  it("R-EL-9 bad input → RuleInputError naming the field", () => {
    expect(firstIssue(() => lawEnforcementApplicationRefusal({ applicationDate: "2026-02-30", documentsComplete: true }))).toMatchObject({ field: "applicationDate", rule: "R-EL-9" });
    expect(firstIssue(() => lawEnforcementApplicationRefusal({ applicationDate: "2026-09-01", documentsComplete: true, documents: [{ validUntil: "x" }] }))).toMatchObject({ field: "documents[0].validUntil" });
    for (const b of [{}, { applicationDate: "2026-09-01" }, { applicationDate: "2026-09-01", documentsComplete: "yes" }, { applicationDate: "2026-09-01", documentsComplete: true, extra: 1 }, null]) {
      expect(() => lawEnforcementApplicationRefusal(b as never)).toThrow(RuleInputError);
    }
  });
});
