// Tests of src/eligibility/time-rules/application-acceptance.ts: applicationAcceptance (R-EL-5), the
// acceptance day of an application (App. 5 row 7: 09:00–18:30, next working day) and its explanation.

import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { RuleInputError, applicationAcceptance, applicationAcceptanceDate, isWorkingDay } from "../../../src/index.js";
import { allIssues as issuesOf, firstIssue } from "../../support/first-issue.js";
import { dateArbTo2075Jun as dateArb } from "../../support/time-rules.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-EL-5 applicationAcceptance — the acceptance day (App. 5 row 7: 09:00–18:30, next working day)", () => {
  it("R-EL-5 worked examples around 18:30, lunch, early morning", () => {
    expect(applicationAcceptanceDate("2026-09-11T18:29:59+05:00")).toBe("2026-09-11");
    // Friday 18:30 → the working time has ended → Monday 14.09
    expect(applicationAcceptanceDate("2026-09-11T18:30:00+05:00")).toBe("2026-09-14");
    expect(applicationAcceptance("2026-09-11T18:30:00+05:00").reason).toBe("after-hours");
    expect(applicationAcceptance("2026-09-11T13:30:00+05:00").reason).toBe("working-hours"); // lunch break: still working time
    expect(applicationAcceptance("2026-09-11T07:00:00+05:00")).toMatchObject({ acceptedOn: "2026-09-11", reason: "before-opening" });
    // UTC input: 13:40Z = 18:40 Astana → next working day
    expect(applicationAcceptanceDate("2026-09-11T13:40:00Z")).toBe("2026-09-14");
    // 19:30Z on Thursday = 00:30 Friday Astana → Friday
    expect(applicationAcceptanceDate("2026-09-10T19:30:00Z")).toBe("2026-09-11");
  });

  it("R-EL-5 days off: Nauryz 2026, Victory Day 2026, Republic Day 2026, New Year 2027", () => {
    // Fri 2026-03-20 evening → Mon 23 Nauryz, 24–25 carried → Thu 26
    expect(applicationAcceptanceDate("2026-03-20T19:00:00+05:00")).toBe("2026-03-26");
    // Fri 2026-05-08 after hours → Mon 11 May off (Victory Day on Saturday) → Tue 12
    expect(applicationAcceptanceDate("2026-05-08T18:45:00+05:00")).toBe("2026-05-12");
    // Sun 2026-10-25 → Mon 26 carried → Tue 27
    const a = applicationAcceptance("2026-10-25T10:00:00+05:00");
    expect(a).toMatchObject({ acceptedOn: "2026-10-27", reason: "day-off", coverage: "confirmed" });
    // Thu 2026-12-31 19:00 → 1–2 Jan, weekend, 4 Jan carried → Tue 2027-01-05; 2027 statutory-only
    const b = applicationAcceptance("2026-12-31T19:00:00+05:00");
    expect(b.acceptedOn).toBe("2027-01-05");
    expect(b.coverage).toBe("statutory-only");
  });

  it("R-EL-5 edition: asOf before 11.07.2026 throws unless presume", () => {
    expect(() => applicationAcceptanceDate("2026-03-20T19:00:00+05:00", undefined, { asOf: "2026-03-20" })).toThrow(RuleInputError);
    expect(applicationAcceptance("2026-03-20T19:00:00+05:00", undefined, { asOf: "2026-03-20", presume: true }).provenance).toBe("presumed");
  });

  fcTest.prop([dateArb, fc.integer({ min: 0, max: 24 * 60 - 1 })])("R-EL-5 property: the acceptance day is a working day, on or after the Astana date, equal to it exactly within working days before 18:30", (d, m) => {
    const hh = String(Math.floor(m / 60)).padStart(2, "0");
    const mm = String(m % 60).padStart(2, "0");
    const a = applicationAcceptance(`${d}T${hh}:${mm}:00+05:00`);
    expect(isWorkingDay(a.acceptedOn)).toBe(true);
    expect(a.acceptedOn >= d).toBe(true);
    expect(a.acceptedOn === d).toBe(isWorkingDay(d) && m < 18 * 60 + 30);
  });
});

// Mutation run 2026-11-23 (application-acceptance.ts): these pin the explained answer. Every expected value is
// worked out by hand from the rule (the reasoning is in the comments), not copied from the code's output.
describe("R-EL-5 applicationAcceptance — the explained answer", () => {
  it("R-EL-5 09:00:00 is working time, 08:59:59 is before opening (both accepted that day)", () => {
    // Friday 2026-09-11 is a working day; working time 09:00–18:30
    expect(applicationAcceptance("2026-09-11T08:59:59+05:00")).toMatchObject({ acceptedOn: "2026-09-11", reason: "before-opening" });
    expect(applicationAcceptance("2026-09-11T09:00:00+05:00")).toMatchObject({ acceptedOn: "2026-09-11", reason: "working-hours" });
  });

  it("R-EL-5 the explanation of each reason, and the Astana instant", () => {
    // after hours: Fri 18:45 → next working day Mon 2026-09-14
    const after = applicationAcceptance("2026-09-11T18:45:00+05:00");
    expect(after.rule).toBe("R-EL-5");
    expect(after.submittedAt).toBe("2026-09-11T18:45:00+05:00");
    expect(after.astana).toMatchObject({ date: "2026-09-11", time: "18:45:00" });
    expect(after.explanation).toBe("18:45:00 Astana time on 2026-09-11 is after the end of working time (18:30): accepted on the next working day, 2026-09-14");
    // a day off: Sun 2026-10-25 → Mon 26 is the carried day off → Tue 2026-10-27
    expect(applicationAcceptance("2026-10-25T10:00:00+05:00").explanation).toBe("2026-10-25 is not a working day: accepted on the next working day, 2026-10-27");
    // before opening: 07:00 on Fri 2026-09-11 → that very day
    expect(applicationAcceptance("2026-09-11T07:00:00+05:00").explanation).toBe(
      "07:00:00 Astana time on working day 2026-09-11, before 09:00: the next working day after the previous working time is 2026-09-11 itself",
    );
    // working hours: 10:00 → that day
    expect(applicationAcceptance("2026-09-11T10:00:00+05:00").explanation).toBe("10:00:00 Astana time on working day 2026-09-11, within working time: accepted that day");
    // UTC input 04:00Z = 09:00 Astana (UTC+5 since 01.03.2024)
    expect(applicationAcceptance("2026-09-11T04:00:00Z").astana).toMatchObject({ date: "2026-09-11", time: "09:00:00" });
  });

  it("R-EL-5 errors carry the rule id", () => {
    expect(issuesOf(() => applicationAcceptance("2026-09-11T10:00:00+05:00", undefined, { bogus: 1 } as never))[0]!.rule).toBe("R-EL-5");
    expect(issuesOf(() => applicationAcceptance("2026-09-11T10:00:00"))[0]!.rule).toBe("R-EL-5");
  });
});

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
describe("R-EL-5 applicationAcceptance — the Astana date outside the calendar years", () => {
  it("R-EL-5 an instant whose Astana date is before 2012 is an issue on submittedAt", () => {
    // 10:00 at +06:00 on 2010-06-01 is 10:00 Astana time (UTC+6 before 2024): date 2010-06-01,
    // after 2005 (instants are accepted) but before 2012 (the calendar years)
    expect(firstIssue(() => applicationAcceptance("2010-06-01T10:00:00+06:00"))).toMatchObject({
      field: "submittedAt",
      value: "2010-06-01",
      rule: "R-EL-5",
      message: "year 2010 outside the supported range 2012–2077",
    });
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-EL-5 applicationAcceptance — a calendar the library did not make", () => {
  it("R-EL-5 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-EL-5", () => {
    expect(firstIssue(() => applicationAcceptance("2026-03-16T10:00:00+05:00", forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-EL-5"));
  });
});
