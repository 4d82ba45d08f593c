// Tests of src/eligibility/time-rules/complaint-deadlines.ts: complaintDeadlines (R-EL-7), forwarding
// and decision deadlines of a complaint in working days (counting case 2).

import { describe, expect, it } from "vitest";
import { test as fcTest } from "@fast-check/vitest";
import { RuleInputError, addWorkingDays, complaintDeadlines, isWorkingDay } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { dateArbTo2075Jun as dateArb } from "../../support/time-rules.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-EL-7 complaintDeadlines — worked examples, errors, property (working days, case 2)", () => {
  it("R-EL-7 service provider: forward in 3, decide in 5 working days (Nauryz 2026)", () => {
    // Fri 20.03 → working days 26, 27, 30 (forward), 31, 01.04 (decide)
    const c = complaintDeadlines({ registeredOn: "2026-03-20" });
    expect(c.forwarding).toMatchObject({ by: "2026-03-30", required: true });
    expect(c.decisionBy).toBe("2026-04-01");
    expect(c.case).toBe(2);
  });

  it("R-EL-7 fully satisfied within three working days → not forwarded; later → forwarding was due", () => {
    expect(complaintDeadlines({ registeredOn: "2026-03-20", satisfiedInFullOn: "2026-03-30" }).forwarding?.required).toBe(false);
    expect(complaintDeadlines({ registeredOn: "2026-03-20", satisfiedInFullOn: "2026-03-31" }).forwarding?.required).toBe(true);
  });

  it("R-EL-7 quality authority: 15 working days (Fri 2026-05-08: 11 May and 27 May off)", () => {
    // 12,13,14,15,18,19,20,21,22,25,26,28,29 May, 1, 2 June → 2 June
    const c = complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-05-08" });
    expect(c.decisionBy).toBe("2026-06-02");
    expect(c.forwarding).toBeUndefined();
  });

  it("R-EL-7 invalid inputs throw RuleInputError", () => {
    expect(() => complaintDeadlines({ registeredOn: "2026-13-01" })).toThrow(RuleInputError);
    expect(() => complaintDeadlines({ registeredOn: "2026-03-20", satisfiedInFullOn: "2026-03-19" })).toThrow(/R-EL-7/);
    expect(() => complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-03-20", receivedOn: "2026-03-20" })).toThrow(RuleInputError);
    expect(() => complaintDeadlines({ addressee: "court" } as never)).toThrow(RuleInputError);
    expect(() => complaintDeadlines(null as never)).toThrow(RuleInputError);
  });

  fcTest.prop([dateArb])("R-EL-7 property: deadlines are working days, 3 ≤ 5 ≤ 15 in order", (d) => {
    const sp = complaintDeadlines({ registeredOn: d });
    const qa = complaintDeadlines({ addressee: "quality-authority", registeredOn: d });
    for (const x of [sp.forwarding!.by, sp.decisionBy, qa.decisionBy]) expect(isWorkingDay(x)).toBe(true);
    expect(sp.forwarding!.by < sp.decisionBy && sp.decisionBy < qa.decisionBy).toBe(true);
    expect(sp.decisionBy).toBe(addWorkingDays(d, 5));
  });
});

// Added after the mutation run over the remaining time-rule files (other-deadlines); every expected
// value is worked out by hand from the rule and the calendar, not copied from the code's output.
//
// Calendar facts used (R-CAL-1): 2026-01-01 is a Thursday, so September 2026 starts on Tuesday
// (1 Tue, 7 Mon, 8 Tue, 9 Wed, 10 Thu, 11 Fri, 14 Mon); September has no public holiday.
// 2027-01-01 is a Friday; 2028-01-01 a Saturday; 2029-01-01 a Monday. Years from 2027 on are
// "statutory-only" (Kurban Ait estimated), 2026 is "confirmed".
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

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-EL-7 complaintDeadlines — a calendar the library did not make", () => {
  it("R-EL-7 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-EL-7", () => {
    expect(firstIssue(() => complaintDeadlines({ registeredOn: "2026-09-01" }, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-EL-7"));
  });
});
