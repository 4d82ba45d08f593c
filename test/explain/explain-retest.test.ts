// explainRetest (src/explain/explain-retest.ts), R-EL-1, R-EL-2: the earliest retest day after a test
// below the threshold (corps B, law enforcement, an appeal satisfied) and the first working day.
import { describe, expect, it } from "vitest";
import { earliestRetestDate, explainRetest } from "../../src/index.js";
import { allLanguages, badLang } from "../support/explain.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-EL-1, R-EL-2 explainRetest — worked examples", () => {
  it("R-EL-1 tested Wed 2026-12-30 → earliest Sun 2027-01-03 (= earliestRetestDate), first working day 2027-01-05", () => {
    const e = explainRetest("2026-12-30", { lang: "kk" });
    expect(e.params.earliest).toBe(earliestRetestDate("2026-12-30"));
    expect(e.params.earliest).toBe("2027-01-03");
    expect(e.params.firstWorkingDay).toBe("2027-01-05");
    expect(e.text).toContain("қайта тестілеу");
    allLanguages(e);
  });
  it("R-EL-2 appeal satisfied: no wait", () => {
    const e = explainRetest("2026-12-30", { regime: "law-enforcement", appealSatisfied: true });
    expect(e.code).toBe("R-EL-2.appeal");
    expect(e.params.earliest).toBe("2026-12-30");
  });
});

// mutation run (docs/quality.md): the exact formula, code, params and sentence of each branch; each
// expected sentence is the catalogue template (src/explain/messages/en.ts) filled by hand.
describe("R-EL-1, R-EL-2 explainRetest — each branch", () => {
  it("R-EL-1 an unknown lang is an issue of R-EL-1", () => {
    expect(firstIssue(() => explainRetest("2026-09-16", { lang: "de" as never }))).toEqual(badLang("R-EL-1"));
  });

  it("R-EL-1 tested Wed 2026-09-16, civil-code: D + 4 = Sun 2026-09-20, first working day Mon 2026-09-21", () => {
    // Three calendar days from the next day: 17, 18, 19 → first allowed day 20 Sept (a Sunday, not moved).
    const e = explainRetest("2026-09-16");
    expect(e.rule).toBe("R-EL-1");
    expect(e.code).toBe("R-EL-1");
    expect(e.formula).toBe("2026-09-16 + 3 calendar days (counted from the next day) → earliest 2026-09-20; first working day 2026-09-21");
    expect(e.params).toStrictEqual({ testDate: "2026-09-16", earliest: "2026-09-20", firstWorkingDay: "2026-09-21", waitingDays: 3, counting: "civil-code", regime: "corps-b" });
    expect(e.texts.en).toBe(
      'Retest (corps "B"): the candidate tested below the threshold on 2026-09-16 retests not earlier than three calendar days after the day of testing: from 2026-09-20 (the first working day on or after it: 2026-09-21).',
    );
  });

  it("R-EL-1 \"inclusive\" counting: the test day is day 1, D + 3 = Sat 2026-09-19, first working day Mon 2026-09-21", () => {
    const e = explainRetest("2026-09-16", { counting: "inclusive" });
    expect(e.code).toBe("R-EL-1");
    expect(e.formula).toBe('2026-09-16 counted as day 1 of 3 ("inclusive") → earliest 2026-09-19; first working day 2026-09-21');
  });

  it("R-EL-2 law-enforcement without an appeal: code R-EL-2 and its sentence", () => {
    const e = explainRetest("2026-09-16", { regime: "law-enforcement" });
    expect(e.rule).toBe("R-EL-2");
    expect(e.code).toBe("R-EL-2");
    expect(e.texts.en).toBe(
      "Retest (law-enforcement service): the candidate tested below the threshold on 2026-09-16 retests not earlier than three calendar days after the day of testing: from 2026-09-20 (the first working day on or after it: 2026-09-21).",
    );
  });

  it("R-EL-2 appeal satisfied on 2026-09-18: no waiting, earliest is the decision day", () => {
    const e = explainRetest("2026-09-16", { regime: "law-enforcement", appealSatisfied: true, appealDecidedOn: "2026-09-18" });
    expect(e.code).toBe("R-EL-2.appeal");
    expect(e.formula).toBe("appeal satisfied: no waiting → earliest 2026-09-18");
    expect(e.texts.en).toBe(
      "Retest (law-enforcement service): the appeals commission satisfied the candidate's appeal, so the retest is allowed without the waiting period, from 2026-09-18.",
    );
  });
});
