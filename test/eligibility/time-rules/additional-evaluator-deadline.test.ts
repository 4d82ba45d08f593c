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
    expect(additionalEvaluatorDeadline("2024-01-01T10:00:00+06:00")).toBe("2024-01-01T09:30:00+06:00");
    expect(additionalEvaluatorDeadline("2025-12-31T23:00:00+05:00")).toBe("2025-12-31T22:30:00+05:00");
  });
});
