// Tests of src/eligibility/reserve/retake-request-deadline.ts: reserveRetakeRequestDeadline (R-PYR-5),
// the last working day to ask for a retake after a technical failure — counting options and errors.
import { describe, expect, it } from "vitest";
import { RuleInputError, reserveRetakeRequestDeadline } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

// mutation run: the "inclusive" counting and the field of a bad date
describe("R-PYR-5 reserveRetakeRequestDeadline — options and errors", () => {
  it("R-PYR-5 counting \"inclusive\": the stage day, a working day, is itself the one working day", () => {
    // Tuesday 5 August 2025 is a working day: civil-code → the next one, Wed 6 Aug;
    // inclusive → the stage day counts as day 1 → Tue 5 Aug
    expect(reserveRetakeRequestDeadline("2025-08-05")).toBe("2025-08-06");
    expect(reserveRetakeRequestDeadline("2025-08-05", { counting: "civil-code" })).toBe("2025-08-06");
    expect(reserveRetakeRequestDeadline("2025-08-05", { counting: "inclusive" })).toBe("2025-08-05");
    // Saturday 2 August is not a working day: inclusive → the first working day from it, Mon 4 Aug
    expect(reserveRetakeRequestDeadline("2025-08-02", { counting: "inclusive" })).toBe("2025-08-04");
  });

  it("R-PYR-5 a bad stage date names the field stageDate", () => {
    const i = firstIssue(() => reserveRetakeRequestDeadline("2025-08-32"));
    expect([i.field, i.value, i.rule]).toEqual(["stageDate", "2025-08-32", "R-PYR-5"]);
  });
});

describe("R-PYR-5 reserveRetakeRequestDeadline — power-outage re-take request", () => {
  it("R-PYR-5 within one working day after the stage (2025 weekends)", () => {
    expect(reserveRetakeRequestDeadline("2025-08-02")).toBe("2025-08-04"); // Sat → Mon
    expect(reserveRetakeRequestDeadline("2025-08-03")).toBe("2025-08-04"); // Sun → Mon
    expect(reserveRetakeRequestDeadline("2025-08-16")).toBe("2025-08-18");
    // Fri 29.08.2025 → Sat 30 Aug Constitution Day (carried to Mon 1 Sep) → Tue 2 Sep
    expect(reserveRetakeRequestDeadline("2025-08-29")).toBe("2025-09-02");
  });

  it("R-PYR-5 outside the 2025 campaign or bad input → RuleInputError", () => {
    expect(() => reserveRetakeRequestDeadline("2026-08-02")).toThrow(/R-PYR-5/);
    expect(() => reserveRetakeRequestDeadline("2025-08-32")).toThrow(RuleInputError);
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-PYR-5 reserveRetakeRequestDeadline — a calendar the library did not make", () => {
  it("R-PYR-5 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-PYR-5", () => {
    expect(firstIssue(() => reserveRetakeRequestDeadline("2025-08-02", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-PYR-5"));
  });
});
