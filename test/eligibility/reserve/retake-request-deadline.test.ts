// Tests of src/eligibility/reserve/retake-request-deadline.ts: reserveRetakeRequestDeadline (R-PYR-5),
// the last working day to ask for a retake after a technical failure — counting options and errors.
import { describe, expect, it } from "vitest";
import { RuleInputError, reserveRetakeRequestDeadline } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

// mutation run: the "inclusive" counting and the field of a bad date
describe("R-PYR-5 reserveRetakeRequestDeadline — options and errors", () => {
  it("R-PYR-5 counting \"inclusive\": every online test day of 2025 is a Saturday or Sunday, so both readings agree", () => {
    // Sat 2 Aug: civil-code → the next day, Sun 3 Aug, is off → Mon 4 Aug; inclusive → Sat 2 Aug
    // counts as day 1 but is off → the first working day from it, Mon 4 Aug. The same for each
    // test day (02, 03, 09, 10, 16, 17 August 2025: all weekends).
    expect(reserveRetakeRequestDeadline("2025-08-02", { counting: "civil-code" })).toBe("2025-08-04");
    expect(reserveRetakeRequestDeadline("2025-08-02", { counting: "inclusive" })).toBe("2025-08-04");
    expect(reserveRetakeRequestDeadline("2025-08-10", { counting: "inclusive" })).toBe("2025-08-11");
    expect(reserveRetakeRequestDeadline("2025-08-17", { counting: "inclusive" })).toBe("2025-08-18");
  });

  it("R-PYR-5 a bad stage date names the field stageDate", () => {
    const i = firstIssue(() => reserveRetakeRequestDeadline("2025-08-32"));
    expect([i.field, i.value, i.rule]).toEqual(["stageDate", "2025-08-32", "R-PYR-5"]);
  });
});

describe("R-PYR-5 reserveRetakeRequestDeadline — power-outage re-take request", () => {
  it("R-PYR-5 within one working day after the stage (2025 weekends)", () => {
    expect(reserveRetakeRequestDeadline("2025-08-02")).toBe("2025-08-04"); // Sat → Mon
    expect(reserveRetakeRequestDeadline("2025-08-03")).toBe("2025-08-04"); // Sun → Mon
    expect(reserveRetakeRequestDeadline("2025-08-16")).toBe("2025-08-18");
  });

  it("R-PYR-5 outside the 2025 campaign or bad input → RuleInputError", () => {
    expect(() => reserveRetakeRequestDeadline("2026-08-02")).toThrow(/R-PYR-5/);
    expect(() => reserveRetakeRequestDeadline("2025-08-32")).toThrow(RuleInputError);
  });
});

// The calendar argument is checked as R-CAL-1 checks it, under the rule's own id (day-number cores, issue 16).
describe("R-PYR-5 reserveRetakeRequestDeadline — a calendar the library did not make", () => {
  it("R-PYR-5 a forged Calendar is rejected as R-CAL-1 does, named cal, under R-PYR-5", () => {
    expect(firstIssue(() => reserveRetakeRequestDeadline("2025-08-02", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-PYR-5"));
  });
});

// issue 18, item 1: «Электр энергиясының ажыратылуынан туындаған техникалық ақаулар себебінен
// тестілеуден өту мүмкін болмаған жағдайда, кандидат тиісті тестілеуден өткен кезден бастап бір жұмыс
// күні ішінде … ұсынуға құқылы» — only in sections 5 and 6 (seed 004 lines 395–406, 472–484), the
// online tests. The assessment centre is «Академия базасында оффлайн-форматта» (line 573) and the
// Expert Commission «оффлайн-режимде» (line 671).
describe("R-PYR-5 reserveRetakeRequestDeadline — only the days of the online tests of sections 5 and 6 (issue 18)", () => {
  it("R-PYR-5 each of the six test days: the Monday after (02–03 → 04, 09–10 → 11, 16–17 → 18 August 2025)", () => {
    // text block 2–3 Aug (line 339), numeric block 9–10 Aug (line 355), situational 16–17 Aug (line 422);
    // every one a Saturday or Sunday, and the Monday after is a working day (no holiday in August before the 30th).
    const cases: [string, string][] = [
      ["2025-08-02", "2025-08-04"], ["2025-08-03", "2025-08-04"],
      ["2025-08-09", "2025-08-11"], ["2025-08-10", "2025-08-11"],
      ["2025-08-16", "2025-08-18"], ["2025-08-17", "2025-08-18"],
    ];
    for (const [stage, last] of cases) expect(reserveRetakeRequestDeadline(stage), stage).toBe(last);
  });

  it("R-PYR-5 an assessment-centre day (offline at the Academy, line 573) is not answered: the sources do not give the rule", () => {
    // 25.08.2025 lies in the assessment centre, 22–28 August (lines 569–573)
    const i = firstIssue(() => reserveRetakeRequestDeadline("2025-08-25"));
    expect(i).toMatchObject({ field: "stageDate", value: "2025-08-25", rule: "R-PYR-5" });
    expect(i.message).toMatch(/assessment centre is held offline at the Academy .*line 573.*the sources do not give this rule/);
  });

  it("R-PYR-5 an Expert Commission day (offline at the Agency, line 671) is not answered", () => {
    for (const d of ["2025-10-08", "2025-10-15"]) {
      const i = firstIssue(() => reserveRetakeRequestDeadline(d));
      expect(i).toMatchObject({ field: "stageDate", value: d, rule: "R-PYR-5" });
      expect(i.message).toMatch(/Expert Commission interviews are held offline at the Agency .*line 671/);
    }
  });

  it("R-PYR-5 a proctoring day, a competency-interview day, or a day with no stage is not a test day", () => {
    // 05.08 is proctoring of block 1 (lines 339–341): no test is held
    expect(firstIssue(() => reserveRetakeRequestDeadline("2025-08-05")).message).toMatch(/no test is held \(open: text-and-numeric-stage, text-block-proctoring\)/);
    // 24.09 is the competency interview (section 7): the power-outage sentence is not in section 7
    expect(firstIssue(() => reserveRetakeRequestDeadline("2025-09-24")).message).toMatch(/no test is held \(open: competency-stage, competency-interview\)/);
    // 29.08 (assessment-centre reports) — was answered before issue 18
    expect(() => reserveRetakeRequestDeadline("2025-08-29")).toThrow(RuleInputError);
    // 21.08 lies between the situational proctoring (to 20.08) and the competency stage (from 22.08)
    expect(firstIssue(() => reserveRetakeRequestDeadline("2025-08-21")).message).toMatch(/no stage of the 2025 selection is held/);
    // the first and last days of the campaign
    expect(() => reserveRetakeRequestDeadline("2025-05-19")).toThrow(/R-PYR-5/);
    expect(() => reserveRetakeRequestDeadline("2025-10-25")).toThrow(/R-PYR-5/);
  });

  it("R-PYR-5 the days around each block: the day before and after are refused", () => {
    for (const d of ["2025-08-01", "2025-08-04", "2025-08-08", "2025-08-11", "2025-08-15", "2025-08-18"]) {
      expect(() => reserveRetakeRequestDeadline(d), d).toThrow(RuleInputError);
    }
  });
});

describe("R-PYR-5 reserveRetakeRequestDeadline — every day of the 2025 campaign (issue 18)", () => {
  it("R-PYR-5 answers exactly on the six online test days of 19.05–25.10.2025, and for each the Monday after", () => {
    // worked from the schedule's text: blocks 2–3 and 9–10 August (lines 339, 355), situational 16–17 August (line 422)
    const answers = new Map([["2025-08-02", "2025-08-04"], ["2025-08-03", "2025-08-04"], ["2025-08-09", "2025-08-11"], ["2025-08-10", "2025-08-11"], ["2025-08-16", "2025-08-18"], ["2025-08-17", "2025-08-18"]]);
    const seen: string[] = [];
    for (let t = Date.UTC(2025, 4, 19); t <= Date.UTC(2025, 9, 25); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10);
      let got: string | undefined;
      try {
        got = reserveRetakeRequestDeadline(d);
      } catch (e) {
        expect(e, d).toBeInstanceOf(RuleInputError);
        continue;
      }
      seen.push(d);
      expect(got, d).toBe(answers.get(d));
    }
    expect(seen).toEqual([...answers.keys()]);
  });
});
