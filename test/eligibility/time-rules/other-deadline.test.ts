// Tests of src/eligibility/time-rules/other-deadline.ts: otherDeadline (R-EL-8), the other deadlines
// of ASA-52-2026 (the table OTHER_DEADLINES of other-deadline-data.ts is read through it).

import { describe, expect, it } from "vitest";
import { OTHER_DEADLINES, RuleInputError, otherDeadline, ruleSource } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-EL-8 otherDeadline — worked examples, edition, invalid inputs", () => {
  it("R-EL-8 worked examples, one per deadline", () => {
    // notice received Thu 31.12.2026 → 1, 2 Jan off, 3 Sun, 4 Jan carried → Tue 05.01.2027
    expect(otherDeadline("lost-id-card-blocked", "2026-12-31").until).toBe("2027-01-05");
    // signed Fri 2026-10-23: 26 Oct carried (25 Oct on Sunday) → 27, 28, 29 Oct
    expect(otherDeadline("calibration-protocol-placed", "2026-10-23").until).toBe("2026-10-29");
    // approved Thu 2026-12-10: 11, 14, 15, (16 Dec off), 17, 18
    expect(otherDeadline("functional-block-distribution-placed", "2026-12-10").until).toBe("2026-12-18");
    // Q3 2026 → 25 Oct Sunday → 26 Oct carried → Tue 27 Oct
    expect(otherDeadline("quarterly-report", "2026-09-30").until).toBe("2026-10-27");
    // Q4 2026 → 25 Jan 2027 Monday
    expect(otherDeadline("quarterly-report", "2026-12-31").until).toBe("2027-01-25");
    // evaluation ended 2028-02-29 → kept through 2031-02-28 (case 4, not moved)
    expect(otherDeadline("evaluation-documents-kept", "2028-02-29")).toMatchObject({ until: "2031-02-28", case: 4 });
    // amendments made Fri 2026-07-17: 3 calendar days → Mon 20 July
    expect(otherDeadline("amendment-notice-law-enforcement", "2026-07-17").until).toBe("2026-07-20");
    // amendments made Wed 2026-07-15: 3 calendar days → Sat 18 → moved to Mon 20
    expect(otherDeadline("amendment-notice-law-enforcement", "2026-07-15").until).toBe("2026-07-20");
    expect(Object.keys(OTHER_DEADLINES)).toHaveLength(6);
    expect(ruleSource("R-EL-8").lines).toMatch(/1150/);
  });

  it("R-EL-8 before 11.07.2026 only with presume; invalid inputs throw", () => {
    expect(() => otherDeadline("lost-id-card-blocked", "2026-03-20")).toThrow(/R-EL-8/);
    expect(otherDeadline("lost-id-card-blocked", "2026-03-20", { presume: true })).toMatchObject({ until: "2026-03-26", provenance: "presumed" });
    expect(() => otherDeadline("unknown" as never, "2026-09-01")).toThrow(RuleInputError);
    expect(() => otherDeadline("quarterly-report", "2026-10-31")).toThrow(RuleInputError);
    expect(() => otherDeadline("lost-id-card-blocked", "2026-09-31")).toThrow(RuleInputError);
    expect(() => otherDeadline("lost-id-card-blocked", "2026-09-01", { counting: "x" } as never)).toThrow(RuleInputError);
  });
});

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
//
// Calendar facts used (R-CAL-1): 2026-01-01 is a Thursday, so September 2026 starts on Tuesday
// (1 Tue, 7 Mon, 8 Tue, 9 Wed, 10 Thu, 11 Fri, 14 Mon); September has no public holiday.
// 2027-01-01 is a Friday; 2028-01-01 a Saturday; 2029-01-01 a Monday. Years from 2027 on are
// "statutory-only" (Kurban Ait estimated), 2026 is "confirmed".
describe("R-EL-8 otherDeadline — ids, start days, quarters, counting", () => {
  const KNOWN =
    "evaluation-documents-kept, calibration-protocol-placed, lost-id-card-blocked, functional-block-distribution-placed, quarterly-report, amendment-notice-law-enforcement";

  it("R-EL-8 an unknown id (also an inherited property name, a non-string) is an issue on id listing the known ids", () => {
    for (const id of ["unknown", "toString", 7]) {
      expect(firstIssue(() => otherDeadline(id as never, "2026-09-01"))).toEqual(
        expect.objectContaining({ field: "id", value: id, rule: "R-EL-8", message: `unknown deadline; known: ${KNOWN}` }),
      );
    }
  });

  it("R-EL-8 a bad start day is an issue on from", () => {
    expect(firstIssue(() => otherDeadline("lost-id-card-blocked", "2026-09-31"))).toMatchObject({ field: "from", value: "2026-09-31", rule: "R-EL-8" });
  });

  it("R-EL-8 the first day in force (11.07.2026) itself is stated; defaults echoed", () => {
    // Sat 2026-07-11 → 1 working day after: Sun 12 off → Mon 2026-07-13
    expect(otherDeadline("lost-id-card-blocked", "2026-07-11")).toMatchObject({
      rule: "R-EL-8",
      id: "lost-id-card-blocked",
      from: "2026-07-11",
      until: "2026-07-13",
      case: 2,
      counting: "civil-code",
      provenance: "stated",
    });
  });

  it("R-EL-8 a start the day before 11.07.2026 without presume: issue on from, citing the paragraph", () => {
    const iss = firstIssue(() => otherDeadline("lost-id-card-blocked", "2026-07-10"));
    expect(iss).toMatchObject({
      field: "from",
      value: "2026-07-10",
      rule: "R-EL-8",
      message:
        'before 2026-07-11, when this wording (List point 7: rules on identification cards (Order No. 69 of 21.04.2020), point 18) entered into force (ASA-52-2026 point 4); the earlier text is not in the sources. Pass presume: true to apply it anyway (provenance "presumed")',
    });
  });

  it("R-EL-8 quarterly-report: each quarter's last day is accepted (Q + 25, moved off a day off)", () => {
    // 2027-03-31 + 25 = Sun 2027-04-25 → Mon 2027-04-26
    expect(otherDeadline("quarterly-report", "2027-03-31").until).toBe("2027-04-26");
    // 2027-06-30 + 25 = Sun 2027-07-25 → Mon 2027-07-26
    expect(otherDeadline("quarterly-report", "2027-06-30").until).toBe("2027-07-26");
    // 2027-09-30 + 25 = Mon 2027-10-25, Republic Day → Tue 2027-10-26
    expect(otherDeadline("quarterly-report", "2027-09-30").until).toBe("2027-10-26");
    // 2027-12-31 + 25 = Tue 2028-01-25
    expect(otherDeadline("quarterly-report", "2027-12-31").until).toBe("2028-01-25");
  });

  it("R-EL-8 quarterly-report: a day that is not a quarter's last day is an issue on from", () => {
    const msg = "expected the last day of a quarter (31 March, 30 June, 30 September or 31 December)";
    // inside a quarter-end month but not its last day; a month's last day outside the quarter ends
    for (const from of ["2026-09-29", "2026-09-15", "2026-10-31", "2027-02-28"]) {
      expect(firstIssue(() => otherDeadline("quarterly-report", from))).toMatchObject({ field: "from", value: from, rule: "R-EL-8", message: msg });
    }
  });

  it("R-EL-8 quarterly-report counting \"inclusive\": Q + 24", () => {
    // 2027-12-31 + 24 = Mon 2028-01-24 (a working day, not moved)
    expect(otherDeadline("quarterly-report", "2027-12-31", { counting: "inclusive" })).toMatchObject({ until: "2028-01-24", counting: "inclusive" });
  });

  it("R-EL-8 evaluation-documents-kept is case 4: three years, not moved off a Saturday; inclusive one day less", () => {
    // 2026-08-11 + 3 years = 2029-08-11, a Saturday: kept through it (case 4, not moved)
    expect(otherDeadline("evaluation-documents-kept", "2026-08-11")).toMatchObject({ until: "2029-08-11", case: 4 });
    // inclusive: the start day is day 1 → 2029-08-10
    expect(otherDeadline("evaluation-documents-kept", "2026-08-11", { counting: "inclusive" }).until).toBe("2029-08-10");
  });

  it("R-EL-8 working days with counting \"inclusive\": the start working day counts", () => {
    // Thu 2026-09-10: civil-code → Fri 2026-09-11; inclusive → Thu 2026-09-10 itself
    expect(otherDeadline("lost-id-card-blocked", "2026-09-10").until).toBe("2026-09-11");
    expect(otherDeadline("lost-id-card-blocked", "2026-09-10", { counting: "inclusive" })).toMatchObject({ until: "2026-09-10", counting: "inclusive" });
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-EL-8 otherDeadline — a calendar the library did not make", () => {
  it("R-EL-8 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-EL-8", () => {
    expect(firstIssue(() => otherDeadline("lost-id-card-blocked", "2026-12-31", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-EL-8"));
  });
});

// mutation run 2026-12-06 (issue 16): a key given as a list is not a key (hasOwnProperty would read ["x"] as "x")
describe("R-EL-8 otherDeadline — the id is a string", () => {
  it("R-EL-8 an id given as a one-element list is an unknown deadline", () => {
    expect(firstIssue(() => otherDeadline(["lost-id-card-blocked"] as never, "2026-12-31"))).toMatchObject({
      field: "id", value: ["lost-id-card-blocked"], rule: "R-EL-8",
    });
    expect(firstIssue(() => otherDeadline(["lost-id-card-blocked"] as never, "2026-12-31")).message).toMatch(/^unknown deadline; known: /);
  });
});

// issue 18, item 4: «тоқсан сайын есептік кезеңнен кейінгі айдың 25-інші күніне дейін … ақпаратты
// ұсынады» (seed 001 line 282), in the wording in force from 11.07.2026 (ASA-52-2026 point 4).
// The report is an act due by the 25th: by default that due day selects the wording.
describe("R-EL-8 otherDeadline quarterly-report — which date selects the wording (issue 18)", () => {
  it("R-EL-8 Q2 2026: quarter ends 30.06.2026, due 25.07.2026 ≥ 11.07.2026 → stated; Sat 25 Jul → Mon 27 Jul", () => {
    // 30.06 + 25 = 25.07.2026, a Saturday (11.07.2026 is a Saturday, +14 days); Sun 26 off → Mon 27.07
    expect(otherDeadline("quarterly-report", "2026-06-30")).toMatchObject({ until: "2026-07-27", provenance: "stated" });
    expect(otherDeadline("quarterly-report", "2026-06-30", { wordingBy: "due-date" })).toMatchObject({ until: "2026-07-27", provenance: "stated" });
  });
  it("R-EL-8 Q2 2026 with wordingBy \"quarter-end\": 30.06.2026 < 11.07.2026 → error, or presumed with presume", () => {
    expect(firstIssue(() => otherDeadline("quarterly-report", "2026-06-30", { wordingBy: "quarter-end" }))).toMatchObject({ field: "from", value: "2026-06-30", rule: "R-EL-8" });
    expect(otherDeadline("quarterly-report", "2026-06-30", { wordingBy: "quarter-end", presume: true })).toMatchObject({ until: "2026-07-27", provenance: "presumed" });
  });
  it("R-EL-8 Q1 2026: due 25.04.2026 < 11.07.2026 → the sources do not give the wording (error naming the due date); presume answers", () => {
    const i = firstIssue(() => otherDeadline("quarterly-report", "2026-03-31"));
    expect(i).toMatchObject({ field: "from", value: "2026-03-31", rule: "R-EL-8" });
    expect(i.message).toMatch(/due date 2026-04-25 is before 2026-07-11/);
    // 31.03 + 25 = 25.04.2026, a Saturday → Mon 27.04.2026
    expect(otherDeadline("quarterly-report", "2026-03-31", { presume: true })).toMatchObject({ until: "2026-04-27", provenance: "presumed" });
  });
  it("R-EL-8 wordingBy for another deadline is refused (it has no due-date reading)", () => {
    expect(firstIssue(() => otherDeadline("lost-id-card-blocked", "2026-12-31", { wordingBy: "due-date" }))).toMatchObject({ field: "opts.wordingBy", rule: "R-EL-8" });
  });
});
