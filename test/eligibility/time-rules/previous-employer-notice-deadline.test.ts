// Tests of src/eligibility/time-rules/previous-employer-notice-deadline.ts:
// previousEmployerNoticeDeadline (R-GC-9), the notice to the previous employer, per competition.

import { describe, expect, it } from "vitest";
import { previousEmployerNoticeDeadline } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
//
// Calendar facts used (R-CAL-1): 2026-01-01 is a Thursday, so September 2026 starts on Tuesday
// (1 Tue, 7 Mon, 8 Tue, 9 Wed, 10 Thu, 11 Fri, 14 Mon); September has no public holiday.
// 2027-01-01 is a Friday; 2028-01-01 a Saturday; 2029-01-01 a Monday. Years from 2027 on are
// "statutory-only" (Kurban Ait estimated), 2026 is "confirmed".
describe("R-GC-9 previousEmployerNoticeDeadline — edition per competition, counting, errors", () => {
  it("R-GC-9 the edition asked is the one of the competition's own point (57 internal, 100 general)", () => {
    // both paragraphs are in force from 11.07.2026; on 2026-05-01 the ASA-196-2025 text (not in the
    // sources) applied, so asOf 2026-05-01 fails — naming the part of the rule that was asked
    const internal = firstIssue(() => previousEmployerNoticeDeadline("2026-09-15", { asOf: "2026-05-01" }));
    expect(internal).toMatchObject({ field: "opts.asOf", rule: "R-GC-9 (R-CAL-4)" });
    expect(internal.message).toContain("R-GC-9#internal-57-notice");
    expect(internal.message).toContain("internal competition rules point 57, second part");
    const general = firstIssue(() => previousEmployerNoticeDeadline("2026-09-15", { competition: "general", asOf: "2026-05-01" }));
    expect(general.message).toContain("R-GC-9#general-100-notice");
    expect(general.message).toContain("general competition rules point 100, second part");
  });

  it("R-GC-9 counting \"inclusive\": the decision day, a working day, is the day itself", () => {
    // Thu 2026-09-10: civil-code → Fri 2026-09-11 (explicit or default); inclusive → 2026-09-10
    expect(previousEmployerNoticeDeadline("2026-09-10")).toBe("2026-09-11");
    expect(previousEmployerNoticeDeadline("2026-09-10", { counting: "civil-code" })).toBe("2026-09-11");
    expect(previousEmployerNoticeDeadline("2026-09-10", { counting: "inclusive" })).toBe("2026-09-10");
  });

  it("R-GC-9 a bad decision day is an issue on decidedOn", () => {
    expect(firstIssue(() => previousEmployerNoticeDeadline("2026-02-29"))).toMatchObject({ field: "decidedOn", value: "2026-02-29", rule: "R-GC-9" });
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-GC-9 previousEmployerNoticeDeadline — a calendar the library did not make", () => {
  it("R-GC-9 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-GC-9", () => {
    expect(firstIssue(() => previousEmployerNoticeDeadline("2026-12-31", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-GC-9"));
  });
});
