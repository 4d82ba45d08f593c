// Tests of src/eligibility/time-rules/additional-evaluator-deadline.ts: additionalEvaluatorDeadline
// (R-SEL-7), an additional evaluator at least 30 minutes before the interview (2024–2025 rules).

import { describe, expect, it } from "vitest";
import { RuleInputError, additionalEvaluatorDeadline } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { PERIOD_MESSAGE } from "../../support/time-rules.js";

describe("R-SEL-7 additionalEvaluatorDeadline — worked examples", () => {
  it("R-SEL-7 additional evaluator at least 30 minutes before the interview", () => {
    expect(additionalEvaluatorDeadline("2025-06-10T10:00:00+05:00")).toBe("2025-06-10T09:30:00+05:00");
    expect(additionalEvaluatorDeadline("2025-06-10T00:10:00Z")).toBe("2025-06-10T04:40:00+05:00");
    expect(() => additionalEvaluatorDeadline("2026-06-10T10:00:00+05:00")).toThrow(/R-SEL-7/);
    expect(() => additionalEvaluatorDeadline("2025-06-10T10:00:00")).toThrow(RuleInputError);
  });
});

// Added after the mutation run over the IS-selection and appointment files (and their shared helpers
// time-internal.ts, selection-timing-internal.ts); every expected value is worked out by hand.
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
    expect(additionalEvaluatorDeadline("2024-01-01T10:00:00+06:00", { presume: true })).toBe("2024-01-01T09:30:00+06:00");
    expect(additionalEvaluatorDeadline("2025-12-31T23:00:00+05:00")).toBe("2025-12-31T22:30:00+05:00");
  });
});

// issue 18, item 2: «мынадай мазмұндағы 14-1-тармақпен толықтырылсын» (seed 000 line 37) — point 14-1
// is added by ASA-184-2024, in force «алғашқы ресми жарияланған күнiнен кейiн» (line 125).
describe("R-SEL-7 additionalEvaluatorDeadline — before ASA-184-2024 point 14-1 did not exist (issue 18)", () => {
  it("R-SEL-7 10.06.2024 10:00: the sources do not give the rule → RuleInputError under interviewStartsAt", () => {
    const i = firstIssue(() => additionalEvaluatorDeadline("2024-06-10T10:00+05:00"));
    expect(i).toMatchObject({ field: "interviewStartsAt", value: "2024-06-10", rule: "R-SEL-7 (R-CAL-4)" });
    expect(i.message).toMatch(/not in the sources/);
  });
  it("R-SEL-7 in the publication window (20.12.2024): not determinable; presume or publication answers 30 minutes earlier", () => {
    expect(firstIssue(() => additionalEvaluatorDeadline("2024-12-20T15:00:00+05:00")).message).toMatch(/not determinable.*ASA-184-2024/);
    expect(additionalEvaluatorDeadline("2024-12-20T15:00:00+05:00", { presume: true })).toBe("2024-12-20T14:30:00+05:00");
    expect(additionalEvaluatorDeadline("2024-12-20T15:00:00+05:00", { publication: { "ASA-184-2024": "2024-11-10" } })).toBe("2024-12-20T14:30:00+05:00");
  });
  it("R-SEL-7 the Astana date decides: 31.12.2024 20:00 UTC is 01.01.2025 01:00 in Astana → in force (presumed published by 31.12.2024)", () => {
    expect(additionalEvaluatorDeadline("2024-12-31T20:00:00Z")).toBe("2025-01-01T00:30:00+05:00");
  });
  it("R-SEL-7 an unknown option is refused under opts", () => {
    expect(() => additionalEvaluatorDeadline("2025-06-10T10:00:00+05:00", { bogus: 1 } as never)).toThrow(RuleInputError);
  });
});
