// Tests added to kill the mutants that survived the mutation run over is-selection-deadlines.ts,
// appointment-date.ts, essay-grading-deadline.ts, additional-evaluator-deadline.ts and their
// shared helpers (time-internal.ts, selection-timing-internal.ts). Every expected value is worked
// out by hand from the rule (the reasoning is in the comments), not copied from the code's output.
//
// Calendar facts used below (built-in calendar, R-CAL-1): 01.06.2025 is a Sunday, so Mon 02.06,
// Tue 03.06, Wed 04.06, Thu 05.06 are working days; Fri 06.06.2025 is the first day of Kurban Ait
// (day off), 07–08.06 weekend, Mon 09.06 working. 2012–2026 are "confirmed" years, 2027 on
// "statutory-only" (R-CAL-2) unless a calendar marks them confirmed.
import { describe, expect, it } from "vitest";
import {
  additionalEvaluatorDeadline,
  appointmentDate,
  essayGradingDeadline,
  isSelectionDeadlines,
  kazakhstanCalendar,
} from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const PERIOD_MESSAGE =
  "outside the period of the temporary IS selection rules (2024-01-01 – 2025-12-31, their point 1, seed 000 line 31): this rule does not apply";

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

describe("R-SEL-7 additionalEvaluatorDeadline — the temporary rules' period and the field", () => {
  it("R-SEL-7 an instant without an offset is reported under interviewStartsAt", () => {
    expect(firstIssue(() => additionalEvaluatorDeadline("2025-06-10T10:00:00"))).toMatchObject({ field: "interviewStartsAt", value: "2025-06-10T10:00:00" });
  });

  it("R-SEL-7 an interview on the last Astana day before the rules (31.12.2023) is outside their period", () => {
    // 12:00 at UTC+6 (Astana's offset before 01.03.2024) is 31.12.2023 in Astana
    const issue = firstIssue(() => additionalEvaluatorDeadline("2023-12-31T12:00:00+06:00"));
    expect(issue).toMatchObject({ rule: "R-SEL-7", field: "interviewStartsAt", value: "2023-12-31", message: PERIOD_MESSAGE });
  });

  it("R-SEL-7 the first and last days of the period (01.01.2024, 31.12.2025) are inside it", () => {
    // − 30 minutes, written at the Astana offset of the day (+06:00 in January 2024, +05:00 in 2025)
    expect(additionalEvaluatorDeadline("2024-01-01T10:00:00+06:00")).toBe("2024-01-01T09:30:00+06:00");
    expect(additionalEvaluatorDeadline("2025-12-31T23:00:00+05:00")).toBe("2025-12-31T22:30:00+05:00");
  });
});

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

describe("R-GC-9 appointmentDate — fields, edition, counting, provenance", () => {
  it("R-GC-9 internal competition: stated, no note, civil-code by default, the internal edition key", () => {
    // Mon 03.08.2026 → Tue 04.08.2026 for both the appointment and the notice
    const a = appointmentDate({ decidedOn: "2026-08-03" });
    expect(a.competition).toBe("internal");
    expect(a.appointOn).toBe("2026-08-04");
    expect(a.noticeToPreviousEmployerBy).toBe("2026-08-04");
    expect(a.counting).toBe("civil-code");
    expect(a.provenance).toBe("stated");
    expect("note" in a).toBe(false);
    expect(a.version.key).toBe("R-GC-9");
  });

  it("R-GC-9 general competition with presume: the edition asked is point 100's notice part", () => {
    const a = appointmentDate({ competition: "general", decidedOn: "2026-08-03", presume: true });
    expect(a.version.key).toBe("R-GC-9#general-100-notice");
    expect(a.provenance).toBe("presumed");
  });

  it("R-GC-9 general competition without presume: the error names i.competition", () => {
    const issue = firstIssue(() => appointmentDate({ competition: "general", decidedOn: "2026-08-03" }));
    expect(issue).toMatchObject({ rule: "R-GC-9", field: "i.competition", value: "general" });
    expect(issue.message).toContain("pass presume: true");
  });

  it("R-GC-9 asOf and publication reach the edition answer", () => {
    // ASA-52-2026 published 03.04.2026: ten days pass 04.04–13.04 → in force from 14.04.2026
    const a = appointmentDate({ decidedOn: "2026-08-03", asOf: "2026-08-03", publication: { "ASA-52-2026": "2026-04-03" } });
    expect(a.version.asOf).toBe("2026-08-03");
    expect(a.version.from).toBe("2026-04-14");
    expect(a.version.provenance).toBe("stated");
  });

  it("R-GC-9 asOf also reaches the notice part (point 57 second part, in force only from 11.07.2026)", () => {
    // on 01.05.2026 point 57 first part is in force (from 14.04.2026 with this publication), but the
    // notice part still had ASA-196-2025's text, not in the sources → an error on opts.asOf
    const issue = firstIssue(() => appointmentDate({ decidedOn: "2026-08-03", asOf: "2026-05-01", publication: { "ASA-52-2026": "2026-04-03" } }));
    expect(issue).toMatchObject({ rule: "R-GC-9 (R-CAL-4)", field: "opts.asOf", value: "2026-05-01" });
    expect(issue.message).toContain("R-GC-9#internal-57-notice");
  });

  it("R-GC-9 inclusive counting applies to the appointment and to the notice", () => {
    // Mon 03.08.2026 is a working day → day 1 → 03.08 for both
    const a = appointmentDate({ decidedOn: "2026-08-03", counting: "inclusive" });
    expect(a.appointOn).toBe("2026-08-03");
    expect(a.noticeToPreviousEmployerBy).toBe("2026-08-03");
    expect(a.counting).toBe("inclusive");
  });

  it("R-GC-9 impossible dates are reported under their own field", () => {
    expect(firstIssue(() => appointmentDate({ decidedOn: "2026-02-29" }))).toMatchObject({ rule: "R-GC-9", field: "i.decidedOn", value: "2026-02-29" });
    expect(firstIssue(() => appointmentDate({ decidedOn: "2026-03-20", otherTerm: { kind: "agreed", appointOn: "2026-04-31" } }))).toMatchObject({
      rule: "R-GC-9",
      field: "i.otherTerm.appointOn",
      value: "2026-04-31",
    });
  });

  it("R-GC-9 an otherTerm day not after the decision names the decision day", () => {
    const issue = firstIssue(() => appointmentDate({ decidedOn: "2026-03-20", otherTerm: { kind: "agreed", appointOn: "2026-03-19" } }));
    expect(issue).toMatchObject({ rule: "R-GC-9", field: "i.otherTerm.appointOn", value: "2026-03-19", message: "not after the decision day 2026-03-20" });
  });

  it("R-GC-9 an error of the calendar building block keeps its own id in brackets", () => {
    // 31.12.2077 is the calendar's last day: no working day after it
    const issue = firstIssue(() => appointmentDate({ decidedOn: "2077-12-31" }));
    expect(issue).toMatchObject({ rule: "R-GC-9 (§4 counting case 2)", field: "length" });
  });

  it("R-GC-9 coverage looks at every year from the earliest to the latest date of the answer", () => {
    // a calendar with 2028 confirmed, 2027 statutory-only.
    const cal = kazakhstanCalendar({ confirmedYears: [2028] });
    // Fri 31.12.2027 → Sat 1, Sun 2 Jan 2028 New Year, carried to Mon 3, Tue 4 → Wed 05.01.2028;
    // the answer spans 2027 (statutory-only) and 2028 → "statutory-only"
    const across = appointmentDate({ decidedOn: "2027-12-31" }, cal);
    expect(across.appointOn).toBe("2028-01-05");
    expect(across.coverage).toBe("statutory-only");
    // Wed 01.03.2028 → Thu 02.03.2028: only 2028, confirmed here; the earlier years do not count
    const within = appointmentDate({ decidedOn: "2028-03-01" }, cal);
    expect(within.appointOn).toBe("2028-03-02");
    expect(within.coverage).toBe("confirmed");
  });
});

describe("R-GC-9 appointmentDate — presume covers the notice part too (fixed 2026-11-24)", () => {
  it("R-GC-9 asOf 2026-05-01 with presume: the appointment and the notice are both answered", () => {
    // decision Mon 2026-08-03: appointment the next working day, Tue 2026-08-04 (no day off in
    // August 2026 before the 30th); the notice to the previous employer within one working day of
    // the decision: also 2026-08-04. Before the fix `presume` was not passed to the notice part,
    // which threw on opts.asOf although presume: true was given.
    const a = appointmentDate({ decidedOn: "2026-08-03", asOf: "2026-05-01", presume: true });
    expect(a.appointOn).toBe("2026-08-04");
    expect(a.noticeToPreviousEmployerBy).toBe("2026-08-04");
  });
});
