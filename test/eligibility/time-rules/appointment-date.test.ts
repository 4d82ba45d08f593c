// Tests of src/eligibility/time-rules/appointment-date.ts: appointmentDate (R-GC-9), the appointment
// day after a competition and the notice to the previous employer.

import { describe, expect, it } from "vitest";
import {
  RuleInputError,
  appointmentDate,
  internalCompetitionSuspended,
  kazakhstanCalendar,
  previousEmployerNoticeDeadline,
} from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-GC-9 appointmentDate — worked examples, general competition, invalid inputs", () => {
  it("R-GC-9 internal competition: next working day after the decision", () => {
    expect(appointmentDate({ decidedOn: "2026-03-20" })).toMatchObject({ appointOn: "2026-03-26", noticeToPreviousEmployerBy: "2026-03-26", basis: "next-working-day" });
    expect(appointmentDate({ decidedOn: "2026-05-08" }).appointOn).toBe("2026-05-12");
    expect(appointmentDate({ decidedOn: "2026-03-20", otherTerm: { kind: "one-month-notice", appointOn: "2026-04-21" } })).toMatchObject({ appointOn: "2026-04-21", basis: "one-month-notice" });
    expect(previousEmployerNoticeDeadline("2026-12-31")).toBe("2027-01-05");
    expect(previousEmployerNoticeDeadline("2026-12-31", { competition: "general" })).toBe("2027-01-05");
  });

  it("R-GC-9 general competition: only with presume, and then presumed", () => {
    expect(() => appointmentDate({ competition: "general", decidedOn: "2026-09-11" })).toThrow(/presume/);
    const a = appointmentDate({ competition: "general", decidedOn: "2026-09-11", presume: true });
    expect(a.provenance).toBe("presumed");
    expect(a.note).toMatch(/presumed/);
    expect(a.appointOn).toBe("2026-09-14");
  });

  it("R-GC-9 invalid inputs throw RuleInputError", () => {
    expect(() => appointmentDate({ decidedOn: "2026-02-29" })).toThrow(RuleInputError);
    expect(() => appointmentDate({ decidedOn: "2026-03-20", otherTerm: { kind: "agreed", appointOn: "2026-03-20" } })).toThrow(/R-GC-9/);
    expect(() => appointmentDate({ decidedOn: "2026-03-20", competition: "external" } as never)).toThrow(RuleInputError);
    expect(() => internalCompetitionSuspended({ complaintFiledOn: "2026-09-10", decidedOn: "2026-09-01", on: "2026-09-05" })).toThrow(RuleInputError);
    expect(() => previousEmployerNoticeDeadline("2026-12-31", { competition: "x" } as never)).toThrow(RuleInputError);
  });
});

// Added after the mutation run over the IS-selection and appointment files (and their shared helpers
// time-internal.ts, selection-timing-internal.ts); every expected value is worked out by hand.
//
// Calendar facts (built-in calendar, R-CAL-1/R-CAL-2): 2012–2026 are "confirmed" years, 2027 on
// "statutory-only" unless a calendar marks them confirmed.
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

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-GC-9 appointmentDate — a calendar the library did not make", () => {
  it("R-GC-9 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-GC-9", () => {
    expect(firstIssue(() => appointmentDate({ decidedOn: "2026-12-31" }, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-GC-9"));
  });
});
