// Tests added to kill the mutants that survived the mutation run over the remaining time-rule files
// (complaint-deadlines.ts, other-deadline.ts, internal-competition-suspended.ts,
// latest-application-date.ts, previous-employer-notice-deadline.ts, and single survivors of
// application-acceptance.ts, retest-waiting.ts, testing-refusal.ts). Every expected value is worked
// out by hand from the rule and the calendar (the reasoning is in the comments), not copied from
// the code's output.
//
// Calendar facts used (R-CAL-1): 2026-01-01 is a Thursday, so September 2026 starts on Tuesday
// (1 Tue, 7 Mon, 8 Tue, 9 Wed, 10 Thu, 11 Fri, 14 Mon); September has no public holiday.
// 2027-01-01 is a Friday; 2028-01-01 a Saturday; 2029-01-01 a Monday. Years from 2027 on are
// "statutory-only" (Kurban Ait estimated), 2026 is "confirmed".
import { describe, expect, it } from "vitest";
import {
  applicationAcceptance,
  complaintDeadlines,
  internalCompetitionSuspended,
  latestApplicationDate,
  otherDeadline,
  previousEmployerNoticeDeadline,
  retestWaiting,
  testingRefusal,
} from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-EL-7 complaintDeadlines — receipt, satisfaction, counting, errors", () => {
  it("R-EL-7 forwarding runs from receiptOn (not registration); the reason names both days", () => {
    // registered Mon 2026-09-07: review 5 working days → 8, 9, 10, 11, 14 → 2026-09-14
    // received Tue 2026-09-08: forward 3 working days → 9, 10, 11 → 2026-09-11
    const c = complaintDeadlines({ registeredOn: "2026-09-07", receivedOn: "2026-09-08" });
    expect(c.decisionBy).toBe("2026-09-14");
    expect(c.counting).toBe("civil-code");
    expect(c.forwarding).toEqual({
      by: "2026-09-11",
      required: true,
      reason: "forward the complaint and the administrative file to the reviewing body by 2026-09-11 (three working days from receipt on 2026-09-08)",
    });
  });

  it("R-EL-7 satisfied in full on the receipt day itself: allowed, no forwarding, exact reason", () => {
    // the exception holds "on or after the receipt day": 2026-09-08 ≤ by 2026-09-11
    const c = complaintDeadlines({ registeredOn: "2026-09-07", receivedOn: "2026-09-08", satisfiedInFullOn: "2026-09-08" });
    expect(c.forwarding).toEqual({
      by: "2026-09-11",
      required: false,
      reason: "fully satisfied on 2026-09-08, within the three working days (by 2026-09-11): the official may not forward the complaint",
    });
  });

  it("R-EL-7 satisfied after the three working days: forwarding stays required, exact reason", () => {
    // by 2026-09-11; satisfied Mon 2026-09-14 > by → forwarding was due
    const c = complaintDeadlines({ registeredOn: "2026-09-07", receivedOn: "2026-09-08", satisfiedInFullOn: "2026-09-14" });
    expect(c.forwarding).toEqual({
      by: "2026-09-11",
      required: true,
      reason: "satisfied on 2026-09-14, after the three working days (by 2026-09-11): forwarding was due by 2026-09-11",
    });
  });

  it("R-EL-7 a satisfaction before the receipt day is an error naming the receipt day", () => {
    // received 2026-09-08; satisfied 2026-09-07 (the registration day, but before receipt)
    const iss = firstIssue(() => complaintDeadlines({ registeredOn: "2026-09-07", receivedOn: "2026-09-08", satisfiedInFullOn: "2026-09-07" }));
    expect(iss).toMatchObject({ field: "i.satisfiedInFullOn", value: "2026-09-07", rule: "R-EL-7", message: "before the complaint was received (2026-09-08)" });
  });

  it("R-EL-7 counting \"inclusive\" counts the start day for both periods, and is echoed", () => {
    // Mon 2026-09-07 is a working day: review 7, 8, 9, 10, 11 → 2026-09-11; forward 7, 8, 9 → 2026-09-09
    const c = complaintDeadlines({ registeredOn: "2026-09-07", counting: "inclusive" });
    expect(c.decisionBy).toBe("2026-09-11");
    expect(c.forwarding?.by).toBe("2026-09-09");
    expect(c.counting).toBe("inclusive");
  });

  it("R-EL-7 coverage spans the registration and decision days (quality authority has no forwarding days)", () => {
    // registered Tue 2027-09-07, 15 working days: 8, 9, 10, 13–17, 20–24, 27, 28 → 2027-09-28; 2027 is statutory-only
    const c = complaintDeadlines({ addressee: "quality-authority", registeredOn: "2027-09-07" });
    expect(c.decisionBy).toBe("2027-09-28");
    expect(c.coverage).toBe("statutory-only");
    // the same in 2026 (confirmed): Mon 2026-09-07 → 8–11, 14–18, 21–25, 28 → 2026-09-28
    const d = complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-09-07" });
    expect(d.decisionBy).toBe("2026-09-28");
    expect(d.coverage).toBe("confirmed");
  });

  it("R-EL-7 forwarding fields with addressee quality-authority: exact field, value and message", () => {
    const r = firstIssue(() => complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-09-07", receivedOn: "2026-09-08" }));
    expect(r).toMatchObject({
      field: "i.receivedOn",
      value: "2026-09-08",
      rule: "R-EL-7",
      message: "the forwarding rule concerns a complaint at the service provider whose act is appealed, not one addressed to the quality authority",
    });
    const s = firstIssue(() => complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-09-07", satisfiedInFullOn: "2026-09-08" }));
    expect(s).toMatchObject({ field: "i.satisfiedInFullOn", value: "2026-09-08", rule: "R-EL-7", message: "only for a complaint at the service provider" });
  });

  it("R-EL-7 a bad date names its own field", () => {
    expect(firstIssue(() => complaintDeadlines({ registeredOn: "2026-02-30" }))).toMatchObject({ field: "i.registeredOn", value: "2026-02-30", rule: "R-EL-7" });
    expect(firstIssue(() => complaintDeadlines({ registeredOn: "2026-09-07", receivedOn: "2026-09-31" }))).toMatchObject({ field: "i.receivedOn", value: "2026-09-31", rule: "R-EL-7" });
    expect(firstIssue(() => complaintDeadlines({ registeredOn: "2026-09-07", satisfiedInFullOn: "2026-13-01" }))).toMatchObject({
      field: "i.satisfiedInFullOn",
      value: "2026-13-01",
      rule: "R-EL-7",
    });
  });
});

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

describe("R-EL-5 latestApplicationDate — edition per regime, errors", () => {
  it("R-EL-5 the edition asked is testing rules point 72 (corps B) or ASA-1-2016 point 6 (law-enforcement)", () => {
    // both from 11.07.2026; before it the earlier texts (ASA-196-2025 original / ASA-1-2016 before
    // ASA-52-2026) are not in the sources, so asOf 2026-05-01 fails naming the edition asked
    const corpsB = firstIssue(() => latestApplicationDate("2026-09-15", { asOf: "2026-05-01" }));
    expect(corpsB).toMatchObject({ field: "opts.asOf", rule: "R-EL-5 (R-CAL-4)" });
    expect(corpsB.message).toContain("R-EL-5 applied in the ASA-196-2025 original edition");
    expect(corpsB.message).toContain("testing rules point 72");
    const le = firstIssue(() => latestApplicationDate("2026-09-15", { regime: "law-enforcement", asOf: "2026-05-01" }));
    expect(le.message).toContain("R-EL-5#law-enforcement applied in the ASA-1-2016 edition before ASA-52-2026");
    expect(le.message).toContain("ASA-1-2016 point 6");
  });

  it("R-EL-5 a bad test day is an issue on testDate", () => {
    expect(firstIssue(() => latestApplicationDate("2026-02-30"))).toMatchObject({ field: "testDate", value: "2026-02-30", rule: "R-EL-5" });
  });
});

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

describe("R-EL-1 / R-EL-2 retestWaiting — option errors", () => {
  it("R-EL-1 an unknown option is an R-EL-1 issue on opts", () => {
    expect(firstIssue(() => retestWaiting("2026-12-30", { bogus: 1 } as never))).toMatchObject({ field: "opts.bogus", rule: "R-EL-1", message: "unknown field" });
  });

  it("R-EL-2 a bad appeal decision day is an R-EL-2 issue on opts.appealDecidedOn", () => {
    expect(firstIssue(() => retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2027-02-30" }))).toMatchObject({
      field: "opts.appealDecidedOn",
      value: "2027-02-30",
      rule: "R-EL-2",
    });
  });
});

describe("R-EL-3 testingRefusal — input field names", () => {
  it("R-EL-3 schema issues name the field under i.", () => {
    expect(firstIssue(() => testingRefusal({ applicationDate: "2026-09-16", personalDataConsent: "yes" } as never))).toMatchObject({
      field: "i.personalDataConsent",
      value: "yes",
      rule: "R-EL-3",
    });
    expect(firstIssue(() => testingRefusal({ applicationDate: "2026-09-16", personalDataConsent: true, bogus: 1 } as never))).toMatchObject({
      field: "i.bogus",
      rule: "R-EL-3",
      message: "unknown field",
    });
  });
});
