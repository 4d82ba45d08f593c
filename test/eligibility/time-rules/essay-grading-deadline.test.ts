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
    // (31.12.2024 lies in ASA-184-2024's unknown publication window: issue 18 — presume or publication)
    expect(essayGradingDeadline("2024-12-31", { presume: true })).toBe("2025-01-05");
    expect(essayGradingDeadline("2024-12-31", { publication: { "ASA-184-2024": "2024-11-06" } })).toBe("2025-01-05");
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
    expect(essayGradingDeadline("2024-01-01", { presume: true })).toBe("2024-01-03");
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

// issue 18, item 2: para 115 in this wording comes from ASA-184-2024 («115-тармақ мынадай редакцияда
// жазылсын», seed 000 line 75), in force «алғашқы ресми жарияланған күнiнен кейiн» (line 125),
// registered 04.11.2024 (line 7), presumed published by 31.12.2024 (issue 18, item 3).
describe("R-SEL-6 essayGradingDeadline — before ASA-184-2024 the sources do not give the rule (issue 18)", () => {
  it("R-SEL-6 05.03.2024: Order 40's earlier wording, not in the sources → RuleInputError under publishedOn", () => {
    const i = firstIssue(() => essayGradingDeadline("2024-03-05"));
    expect(i).toMatchObject({ field: "publishedOn", value: "2024-03-05", rule: "R-SEL-6 (R-CAL-4)" });
    expect(i.message).toMatch(/ASA-40-2017 edition before ASA-184-2024.*not in the sources/);
  });
  it("R-SEL-6 04.11.2024 (registration day) is still before; 05.11.2024 – 31.12.2024 depend on the publication date", () => {
    expect(() => essayGradingDeadline("2024-11-04")).toThrow(/not in the sources/);
    expect(firstIssue(() => essayGradingDeadline("2024-11-05")).message).toMatch(/not determinable.*ASA-184-2024/);
    expect(firstIssue(() => essayGradingDeadline("2024-12-31")).message).toMatch(/not determinable.*ASA-184-2024/);
  });
  it("R-SEL-6 presume applies the ASA-184-2024 wording anyway: Tue 05.03.2024 → Wed 06.03.2024", () => {
    // 6 March 2024 is a Wednesday and a working day (8 March is the holiday)
    expect(essayGradingDeadline("2024-03-05", { presume: true })).toBe("2024-03-06");
  });
  it("R-SEL-6 a known publication decides: published 15.11.2024 → in force 16.11.2024", () => {
    // Fri 15.11.2024 is the publication day itself → not yet in force
    expect(() => essayGradingDeadline("2024-11-15", { publication: { "ASA-184-2024": "2024-11-15" } })).toThrow(/not in the sources/);
    // Mon 18.11.2024 → Tue 19.11.2024
    expect(essayGradingDeadline("2024-11-18", { publication: { "ASA-184-2024": "2024-11-15" } })).toBe("2024-11-19");
  });
  it("R-SEL-6 01.01.2025 onwards: in force under the one presumption for the act, no option needed", () => {
    // Thu 02.01.2025 is off (New Year), Fri 03.01 off by transfer, Sat 04 off, Sun 05.01.2025 worked → 05.01
    expect(essayGradingDeadline("2025-01-01")).toBe("2025-01-05");
  });
});
