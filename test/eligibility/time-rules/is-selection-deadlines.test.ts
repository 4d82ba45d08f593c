// Tests of src/eligibility/time-rules/is-selection-deadlines.ts: isSelectionDeadlines (R-SEL-7), the
// document check and incomplete-set deadlines of the temporary IS selection rules (2024–2025).

import { describe, expect, it } from "vitest";
import { RuleInputError, isSelectionDeadlines } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

// Calendar facts used below (built-in calendar, R-CAL-1): 01.06.2025 is a Sunday, so Mon 02.06,
// Tue 03.06, Wed 04.06, Thu 05.06 are working days; Fri 06.06.2025 is the first day of Kurban Ait
// (day off), 07–08.06 weekend, Mon 09.06 working. 2012–2026 are "confirmed" years, 2027 on
// "statutory-only" (R-CAL-2) unless a calendar marks them confirmed.

describe("R-SEL-7 isSelectionDeadlines — worked examples and the rules' period", () => {
  it("R-SEL-7 document check: three working days after acceptance ends; incomplete set one working day each", () => {
    // Thu 2025-03-20: 21 Nauryz, 22–23 weekend (22, 23 Nauryz carried to 24, 25) → 26, 27, 28
    expect(isSelectionDeadlines({ acceptanceEndsOn: "2025-03-20" }).documentCheckBy).toBe("2025-03-28");
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-05-06", incompleteFoundOn: "2025-05-08", noticeSentOn: "2025-05-08", completedOn: "2025-05-12" });
    // Tue 06.05: 7 May off → 8, 12 (9 May off, weekend), 13
    expect(r.documentCheckBy).toBe("2025-05-13");
    expect(r.incompleteSet).toEqual({ noticeBy: "2025-05-12", completeBy: "2025-05-12", recheckBy: "2025-05-13", completionsAllowed: 1 });
  });

  it("R-SEL-7 outside 2025 is an error (point 73 from 01.01.2025; the rules end 31.12.2025)", () => {
    expect(() => isSelectionDeadlines({ acceptanceEndsOn: "2026-02-02" })).toThrow(RuleInputError);
    expect(() => isSelectionDeadlines({ acceptanceEndsOn: "2024-06-03" })).toThrow(RuleInputError);
    expect(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-05-06", completedOn: "2025-05-08" })).toThrow(/noticeSentOn/);
  });
});

// Added after the mutation run over the IS-selection and appointment files (and their shared helpers
// time-internal.ts, selection-timing-internal.ts); every expected value is worked out by hand.
describe("R-SEL-7 isSelectionDeadlines — which parts of the answer exist", () => {
  it("R-SEL-7 no incomplete set: only the three-working-day check, counting civil-code by default, no incompleteSet key", () => {
    // Mon 02.06.2025 + 3 working days (the day itself not counted): Tue 03, Wed 04, Thu 05 → 05.06
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02" });
    expect(r.rule).toBe("R-SEL-7");
    expect(r.documentCheckBy).toBe("2025-06-05");
    expect("incompleteSet" in r).toBe(false);
    expect(r.incompleteSet).toBeUndefined();
    expect(r.case).toBe(2);
    expect(r.counting).toBe("civil-code");
    // all dates in 2025, a confirmed year
    expect(r.coverage).toBe("confirmed");
    expect(r.provenance).toBe("stated");
    expect(r.version.key).toBe("R-SEL-7");
    expect(r.version.asOf).toBe("2025-06-02");
  });

  it("R-SEL-7 set found incomplete, notice not yet sent: only noticeBy (one working day after the finding)", () => {
    // found Thu 05.06.2025 → Fri 06.06 Kurban Ait, weekend → Mon 09.06
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-06-05" });
    expect(r.documentCheckBy).toBe("2025-06-05");
    expect(r.incompleteSet).toStrictEqual({ completionsAllowed: 1, noticeBy: "2025-06-09" });
    expect(r.coverage).toBe("confirmed");
  });

  it("R-SEL-7 notice sent without a finding day: only completeBy (one working day after the notice)", () => {
    // notice Tue 03.06.2025 → Wed 04.06
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", noticeSentOn: "2025-06-03" });
    expect(r.incompleteSet).toStrictEqual({ completionsAllowed: 1, completeBy: "2025-06-04" });
  });

  it("R-SEL-7 finding and notice, no completion yet: noticeBy and completeBy, no recheckBy", () => {
    // found Tue 03.06 → Wed 04.06; notice Wed 04.06 → Thu 05.06
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-06-03", noticeSentOn: "2025-06-04" });
    expect(r.incompleteSet).toStrictEqual({ completionsAllowed: 1, noticeBy: "2025-06-04", completeBy: "2025-06-05" });
  });

  it("R-SEL-7 the finding may be on the last day of acceptance, and completion on the notice day", () => {
    // found = end Mon 02.06 → Tue 03.06; notice Wed 04.06 → Thu 05.06; completed Wed 04.06 → Thu 05.06
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-06-02", noticeSentOn: "2025-06-04", completedOn: "2025-06-04" });
    expect(r.incompleteSet).toStrictEqual({ completionsAllowed: 1, noticeBy: "2025-06-03", completeBy: "2025-06-05", recheckBy: "2025-06-05" });
  });

  it("R-SEL-7 coverage spans every date of the answer, the incomplete-set deadlines included", () => {
    // acceptance 2025 (confirmed); the finding Tue 01.06.2027 → noticeBy Wed 02.06.2027, a
    // statutory-only year → the answer's coverage is "statutory-only"
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2027-06-01" });
    expect(r.documentCheckBy).toBe("2025-06-05");
    expect(r.incompleteSet).toStrictEqual({ completionsAllowed: 1, noticeBy: "2027-06-02" });
    expect(r.coverage).toBe("statutory-only");
  });

  it("R-SEL-7 inclusive counting reaches every deadline and is echoed", () => {
    // inclusive: a working start day is day 1. Mon 02.06 → 02, 03, 04 → 04.06;
    // found Thu 05.06 (working) → 05.06 itself
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-06-05", counting: "inclusive" });
    expect(r.documentCheckBy).toBe("2025-06-04");
    expect(r.incompleteSet).toStrictEqual({ completionsAllowed: 1, noticeBy: "2025-06-05" });
    expect(r.counting).toBe("inclusive");
  });
});

describe("R-SEL-7 isSelectionDeadlines — errors name the field", () => {
  it("R-SEL-7 finding before the end of acceptance", () => {
    const issue = firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-05-30" }));
    expect(issue).toMatchObject({ rule: "R-SEL-7", field: "i.incompleteFoundOn", value: "2025-05-30", message: "before the end of acceptance (2025-06-02)" });
  });

  it("R-SEL-7 notice before the finding", () => {
    const issue = firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-06-04", noticeSentOn: "2025-06-03" }));
    expect(issue).toMatchObject({ rule: "R-SEL-7", field: "i.noticeSentOn", value: "2025-06-03", message: "before incompleteFoundOn (2025-06-04)" });
  });

  it("R-SEL-7 completion before the notice", () => {
    const issue = firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", noticeSentOn: "2025-06-04", completedOn: "2025-06-03" }));
    expect(issue).toMatchObject({ rule: "R-SEL-7", field: "i.completedOn", value: "2025-06-03", message: "before the notice (2025-06-04)" });
  });

  it("R-SEL-7 completion without the notice day", () => {
    const issue = firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", completedOn: "2025-06-04" }));
    expect(issue).toMatchObject({ rule: "R-SEL-7", field: "i.completedOn", value: "2025-06-04", message: "a completion needs the notice day (noticeSentOn)" });
  });

  it("R-SEL-7 impossible dates are reported under their own field", () => {
    // 30.02 does not exist
    expect(firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-02-30" }))).toMatchObject({ rule: "R-SEL-7", field: "i.acceptanceEndsOn", value: "2025-02-30" });
    expect(firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", incompleteFoundOn: "2025-02-30" }))).toMatchObject({ rule: "R-SEL-7", field: "i.incompleteFoundOn", value: "2025-02-30" });
    expect(firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", noticeSentOn: "2025-02-30" }))).toMatchObject({ rule: "R-SEL-7", field: "i.noticeSentOn", value: "2025-02-30" });
    expect(firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02", noticeSentOn: "2025-06-03", completedOn: "2025-02-30" }))).toMatchObject({ rule: "R-SEL-7", field: "i.completedOn", value: "2025-02-30" });
  });

  it("R-SEL-7 a calendar argument that is not a Calendar is rejected under the rule's own id", () => {
    const issue = firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-06-02" }, {} as never));
    expect(issue).toMatchObject({ rule: "R-SEL-7", field: "cal", message: "expected a Calendar from kazakhstanCalendar()" });
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-SEL-7 isSelectionDeadlines — a calendar the library did not make", () => {
  it("R-SEL-7 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-SEL-7", () => {
    expect(firstIssue(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-03-20" }, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-SEL-7"));
  });
});
