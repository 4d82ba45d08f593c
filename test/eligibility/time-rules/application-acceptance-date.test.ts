// Tests of src/eligibility/time-rules/application-acceptance-date.ts: applicationAcceptanceDate
// (R-EL-5), the acceptance day alone: a caller's calendar, invalid instants.

import { describe, expect, it } from "vitest";
import { RuleInputError, applicationAcceptanceDate, kazakhstanCalendar } from "../../../src/index.js";

describe("R-EL-5 applicationAcceptanceDate — calendar and invalid instants", () => {
  it("R-EL-5 a caller's calendar is used", () => {
    const cal = kazakhstanCalendar({ transfers: [{ off: "2026-09-14", worked: "2026-09-12" }] });
    expect(applicationAcceptanceDate("2026-09-11T19:00:00+05:00", cal)).toBe("2026-09-12");
  });

  it("R-EL-5 invalid instants throw RuleInputError (no offset, impossible, before 2012)", () => {
    for (const bad of ["2026-09-11T19:00:00", "2026-09-11", "2026-02-30T10:00:00+05:00", "2026-09-11T25:00:00+05:00", 5, null, "2010-01-01T10:00:00+06:00"]) {
      expect(() => applicationAcceptanceDate(bad as never)).toThrow(RuleInputError);
    }
    expect(() => applicationAcceptanceDate("2026-09-11T19:00:00", undefined)).toThrow(/R-EL-5: submittedAt/);
    expect(() => applicationAcceptanceDate("2026-09-11T19:00:00+05:00", {} as never)).toThrow(RuleInputError);
  });
});
