// Tests of src/eligibility/time-rules/essay-grading-deadline.ts: essayGradingDeadline (R-SEL-6), essays
// graded within one working day after the proctor publishes (2024–2025 rules).

import { describe, expect, it } from "vitest";
import { essayGradingDeadline } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { PERIOD_MESSAGE } from "../../support/time-rules.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-SEL-6 essayGradingDeadline — worked examples", () => {
  it("R-SEL-6 essays graded within one working day after the proctor publishes", () => {
    // Thu 08.05.2025 → 9 May Victory Day, weekend → Mon 12
    expect(essayGradingDeadline("2025-05-08")).toBe("2025-05-12");
    // 1–2 Jan off, 3 Jan off by transfer, Sat 4 off, Sun 5 Jan 2025 worked by that transfer → Sun 05.01
    expect(essayGradingDeadline("2024-12-31")).toBe("2025-01-05");
    expect(() => essayGradingDeadline("2026-01-05")).toThrow(/R-SEL-6/);
  });
});

// Added after the mutation run over the IS-selection and appointment files (and their shared helpers
// time-internal.ts, selection-timing-internal.ts); every expected value is worked out by hand.
describe("R-SEL-6 essayGradingDeadline — field names, the period bounds, counting", () => {
  it("R-SEL-6 an impossible date is reported under publishedOn", () => {
    expect(firstIssue(() => essayGradingDeadline("2025-02-30"))).toMatchObject({ rule: "R-SEL-6", field: "publishedOn", value: "2025-02-30" });
  });

  it("R-SEL-6 a publication day before 01.01.2024 is outside the temporary rules, with the period in the message", () => {
    const issue = firstIssue(() => essayGradingDeadline("2023-12-29"));
    expect(issue).toMatchObject({ rule: "R-SEL-6", field: "publishedOn", value: "2023-12-29", message: PERIOD_MESSAGE });
  });

  it("R-SEL-6 01.01.2024 is the first day of the period", () => {
    // Mon 01.01 and Tue 02.01.2024 New Year → Wed 03.01.2024
    expect(essayGradingDeadline("2024-01-01")).toBe("2024-01-03");
  });

  it("R-SEL-6 inclusive counting: a working publication day is itself the grading day", () => {
    // Thu 08.05.2025 is a working day → day 1 → 08.05 (civil-code would give Mon 12.05)
    expect(essayGradingDeadline("2025-05-08", { counting: "inclusive" })).toBe("2025-05-08");
  });

  it("R-SEL-6 an unknown option is reported under opts", () => {
    expect(firstIssue(() => essayGradingDeadline("2025-05-08", { bogus: 1 } as never))).toMatchObject({ rule: "R-SEL-6", field: "opts.bogus", message: "unknown field" });
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-SEL-6 essayGradingDeadline — a calendar the library did not make", () => {
  it("R-SEL-6 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-SEL-6", () => {
    expect(firstIssue(() => essayGradingDeadline("2025-03-03", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-SEL-6"));
  });
});
