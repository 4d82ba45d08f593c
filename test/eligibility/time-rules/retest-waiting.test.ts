// Tests of src/eligibility/time-rules/retest-waiting.ts: retestWaiting, the waiting period before a
// retest — R-EL-1 (corps "B") and R-EL-2 (law-enforcement, appeal), counting case 3.

import { describe, expect, it } from "vitest";
import { test as fcTest } from "@fast-check/vitest";
import {
  RETEST_TEXTS,
  RuleInputError,
  addCalendarDays,
  earliestRetestDate,
  isWorkingDay,
  retestWaiting,
} from "../../../src/index.js";
import { allIssues as issuesOf, firstIssue } from "../../support/first-issue.js";
import { dateArbTo2075Dec as dateArb } from "../../support/time-rules.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-EL-1 / R-EL-2 retestWaiting — worked examples and properties (counting case 3)", () => {
  it("R-EL-1 worked example: Wed 2026-12-30 → Sun 2027-01-03, not moved; first working day Tue 2027-01-05", () => {
    // three calendar days after 30.12: 31.12, 01.01, 02.01 have to pass → first allowed 03.01 (Sunday)
    expect(earliestRetestDate("2026-12-30")).toBe("2027-01-03");
    const w = retestWaiting("2026-12-30");
    // 03.01 Sun; 04.01 Mon = carried 2 Jan (Saturday) → Tue 05.01
    expect(w.firstWorkingDay).toBe("2027-01-05");
    expect(w.case).toBe(3);
    expect(w.rule).toBe("R-EL-1");
    expect(w.coverage).toBe("statutory-only"); // 2027 is computed from the statute alone
    expect(w.version.edition).toBe("ASA-52-2026 edition");
  });

  it("R-EL-1 before Nauryz: Fri 2026-03-20 → Tue 2026-03-24 (a day off, not moved); first working day Thu 2026-03-26", () => {
    // 21, 22, 23 pass → 24 March; 23 Nauryz, 24–25 carried off → 26 March
    expect(earliestRetestDate("2026-03-20")).toBe("2026-03-24");
    expect(retestWaiting("2026-03-20").firstWorkingDay).toBe("2026-03-26");
  });

  it("R-EL-2 law-enforcement: same three days; a satisfied appeal removes the wait", () => {
    expect(earliestRetestDate("2026-12-30", { regime: "law-enforcement" })).toBe("2027-01-03");
    expect(earliestRetestDate("2026-12-30", { regime: "law-enforcement", appealSatisfied: true })).toBe("2026-12-30");
    const w = retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2027-01-04" });
    expect(w.earliest).toBe("2027-01-04");
    expect(w.waitingDays).toBe(0);
    expect(w.rule).toBe("R-EL-2");
  });

  it("R-EL-1 asOf uses ruleVersion: 2025 → ASA-184-2024 wording (publication may be given); ASA-196 window throws", () => {
    expect(() => earliestRetestDate("2026-04-01", { asOf: "2026-04-01" })).toThrow(RuleInputError);
    const w = retestWaiting("2025-06-02", { asOf: "2025-06-02", publication: { "ASA-184-2024": "2024-11-05" } });
    expect(w.version.act).toBe("ASA-184-2024");
    expect(w.text).toMatch(/кемінде күнтізбелік үш күн өткен соң/);
    expect(w.earliest).toBe("2025-06-06");
  });

  it("R-EL-1 issue 18: on 10.06.2025 ASA-184-2024 point 14 is in force without options (the act presumed published by 31.12.2024)", () => {
    // «…тестілеу өткізілген күннен бастап кемінде күнтізбелік үш күн өткен соң жол беріледі» (seed 000
    // line 25): tested Tue 10.06.2025 → 11, 12, 13 pass → Sat 14.06.2025 (a bar, not moved).
    const w = retestWaiting("2025-06-10", { asOf: "2025-06-10" });
    expect(w.version).toMatchObject({ act: "ASA-184-2024", provenance: "stated" });
    expect(w.earliest).toBe("2025-06-14");
    // 20.11.2024 lies in the publication window (05.11–31.12.2024): still not determinable
    expect(() => retestWaiting("2024-11-20", { asOf: "2024-11-20" })).toThrow(/not determinable/);
  });

  fcTest.prop([dateArb])("R-EL-1 property: earliest = D + 4, never moved; the first working day is on or after it and working", (d) => {
    const w = retestWaiting(d);
    expect(w.earliest).toBe(addCalendarDays(d, 4));
    expect(w.firstWorkingDay >= w.earliest).toBe(true);
    expect(isWorkingDay(w.firstWorkingDay)).toBe(true);
  });
});

// Mutation run 2026-11-23 (retest-waiting.ts): these pin the explained answer. Every expected value is
// worked out by hand from the rule (the reasoning is in the comments), not copied from the code's output.
describe("R-EL-1 / R-EL-2 retestWaiting — the explained answer", () => {
  it("R-EL-1 civil-code reading: reason names the test day and D + 4; waitingDays 3, case 3, counting echoed", () => {
    // Wed 2026-12-30: 31.12, 01.01, 02.01 must pass → first allowed day Sun 2027-01-03 (case 3, not moved)
    const w = retestWaiting("2026-12-30");
    expect(w).toMatchObject({ rule: "R-EL-1", regime: "corps-b", testDate: "2026-12-30", earliest: "2027-01-03", waitingDays: 3, case: 3, counting: "civil-code" });
    expect(w.reason).toContain("three calendar days after the test day 2026-12-30");
    expect(w.reason).toContain("first allowed day 2027-01-03");
    expect(w.reason).toContain("not moved");
    // the 2026 edition (ASA-52-2026, App. 11 note, seed 001 line 1592)
    expect(w.text).toBe(RETEST_TEXTS["corps-b-2026"]);
    expect(w.text).toContain("line 1592");
    expect(w.provenance).toBe("stated");
  });

  it("R-EL-1 inclusive reading: the test day is day 1 → D + 3, and the reason says so", () => {
    // 30.12 (day 1), 31.12 (day 2), 01.01 (day 3) → first allowed day 2027-01-02
    const w = retestWaiting("2026-12-30", { counting: "inclusive" });
    expect(w.earliest).toBe("2027-01-02");
    expect(w.counting).toBe("inclusive");
    expect(w.reason).toContain("counting the test day 2026-12-30 as day 1");
    expect(w.reason).toContain("first allowed day 2027-01-02");
    expect(w.reason).toContain('"inclusive" reading');
  });

  it("R-EL-2 law-enforcement without appeal: the law-enforcement sentence (seed 001 line 164)", () => {
    const w = retestWaiting("2026-12-30", { regime: "law-enforcement" });
    expect(w.rule).toBe("R-EL-2");
    expect(w.regime).toBe("law-enforcement");
    expect(w.earliest).toBe("2027-01-03");
    expect(w.text).toBe(RETEST_TEXTS["law-enforcement"]);
    expect(w.text).toContain("line 164");
  });

  it("R-EL-2 satisfied appeal: no wait, case null, the appeal sentence and the reason", () => {
    // no decision day → the test day itself; Wed 2026-12-30 is a working day → firstWorkingDay the same
    const w = retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true });
    expect(w).toMatchObject({ earliest: "2026-12-30", firstWorkingDay: "2026-12-30", waitingDays: 0, case: null });
    expect(w.text).toBe(RETEST_TEXTS["law-enforcement-appeal"]);
    expect(w.reason).toContain("appeal satisfied by the appeals commission");
    expect(w.reason).toContain("the test day (no decision day given)");
    // a decision day given: from that day
    const d = retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2027-01-04" });
    expect(d.reason).toContain("the decision day 2027-01-04");
  });

  it("R-EL-2 the appeal may be decided on the test day itself (not before it)", () => {
    // decided 2026-12-30 = test day: allowed, earliest 2026-12-30
    expect(retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-12-30" }).earliest).toBe("2026-12-30");
    // decided the day before the test: impossible
    const iss = issuesOf(() => retestWaiting("2026-12-30", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-12-29" }));
    expect(iss[0]).toMatchObject({ field: "opts.appealDecidedOn", value: "2026-12-29", rule: "R-EL-2" });
    expect(iss[0]!.message).toContain("before the test day 2026-12-30");
  });

  it("R-EL-1 option errors name the field, the value and the rule", () => {
    // corps "B" has no appeal exemption
    const a = issuesOf(() => retestWaiting("2026-12-30", { appealSatisfied: true }));
    expect(a[0]).toMatchObject({ field: "opts.appealSatisfied", value: true, rule: "R-EL-1" });
    expect(a[0]!.message).toContain('regime: "law-enforcement"');
    // a decision day without a satisfied appeal
    for (const appealSatisfied of [undefined, false]) {
      const b = issuesOf(() => retestWaiting("2026-12-30", { regime: "law-enforcement", appealDecidedOn: "2027-01-04", ...(appealSatisfied === undefined ? {} : { appealSatisfied }) }));
      expect(b[0]).toMatchObject({ field: "opts.appealDecidedOn", value: "2027-01-04", rule: "R-EL-2" });
      expect(b[0]!.message).toContain("only with appealSatisfied: true");
    }
    // a bad test date under the law-enforcement regime is an R-EL-2 error on testDate
    expect(issuesOf(() => retestWaiting("2026-02-30", { regime: "law-enforcement" }))[0]).toMatchObject({ field: "testDate", rule: "R-EL-2" });
  });
});

// mutation run (other time-rule files): pins the field and rule id of option errors
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

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-EL-1 retestWaiting — a calendar the library did not make", () => {
  it("R-EL-1 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-EL-1", () => {
    expect(firstIssue(() => retestWaiting("2026-03-16", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-EL-1"));
  });
});
