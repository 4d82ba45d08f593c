// Tests of src/eligibility/time-rules/internal-competition-suspended.ts: internalCompetitionSuspended
// (R-GC-9, point 60): a complaint suspends the internal competition until decided.

import { describe, expect, it } from "vitest";
import { internalCompetitionSuspended } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";

describe("R-GC-9 internalCompetitionSuspended — point 60 worked examples", () => {
  it("R-GC-9 point 60: a complaint suspends the internal competition until decided", () => {
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", on: "2026-09-10" })).toBe(true);
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", decidedOn: "2026-09-10", on: "2026-09-09" })).toBe(true);
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", decidedOn: "2026-09-10", on: "2026-09-10" })).toBe(false);
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", on: "2026-08-31" })).toBe(false);
  });
});

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
describe("R-GC-9 internalCompetitionSuspended — boundaries and errors", () => {
  it("R-GC-9 suspended from the filing day itself", () => {
    // complaintFiledOn ≤ on: the filing day is included
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-10", on: "2026-09-10" })).toBe(true);
  });

  it("R-GC-9 a decision on the filing day is allowed (not before it) and ends the suspension that day", () => {
    // decided = filed: no error; on = decided → not suspended (on < decidedOn fails)
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-10", decidedOn: "2026-09-10", on: "2026-09-10" })).toBe(false);
  });

  it("R-GC-9 a decision before the filing: issue on i.decidedOn naming the filing day", () => {
    const iss = firstIssue(() => internalCompetitionSuspended({ complaintFiledOn: "2026-09-10", decidedOn: "2026-09-01", on: "2026-09-05" }));
    expect(iss).toMatchObject({ field: "i.decidedOn", value: "2026-09-01", rule: "R-GC-9", message: "before the complaint was filed (2026-09-10)" });
  });

  it("R-GC-9 a bad date names its own field", () => {
    expect(firstIssue(() => internalCompetitionSuspended({ complaintFiledOn: "2026-02-29", on: "2026-09-10" }))).toMatchObject({ field: "i.complaintFiledOn", value: "2026-02-29", rule: "R-GC-9" });
    expect(firstIssue(() => internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", on: "2026-04-31" }))).toMatchObject({ field: "i.on", value: "2026-04-31", rule: "R-GC-9" });
    expect(firstIssue(() => internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", decidedOn: "2026-06-31", on: "2026-09-10" }))).toMatchObject({
      field: "i.decidedOn",
      value: "2026-06-31",
      rule: "R-GC-9",
    });
  });
});
