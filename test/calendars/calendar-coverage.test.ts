// Tests of src/calendars/calendar-coverage.ts: calendarCoverage (R-CAL-2) — 2012–2026 confirmed,
// 2027 on statutory-only (and the results that say so), and its inputs.
import { describe, expect, it } from "vitest";
import { calendarCoverage, daysOff, workingDayInfo } from "../../src/index.js";
import { NOT_A_CALENDAR } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-2 calendarCoverage", () => {
  it("R-CAL-2 coverage: 2012–2026 confirmed, 2027 on statutory-only; results say so", () => {
    expect(calendarCoverage(2012)).toBe("confirmed");
    expect(calendarCoverage(2026)).toBe("confirmed");
    expect(calendarCoverage(2027)).toBe("statutory-only");
    expect(workingDayInfo("2030-01-08").coverage).toBe("statutory-only");
    expect(daysOff(2027).find((d) => d.name === "Құрбан айт")).toMatchObject({ date: "2027-05-16", estimated: true });
    expect(daysOff(2026).find((d) => d.name === "Құрбан айт")?.estimated).toBeUndefined();
  });

  // mutation run: the field and rule named by each error
  it("R-CAL-2 calendarCoverage: a value that is not a Calendar, a year outside 2012–2077", () => {
    expect(issue(() => calendarCoverage(2027, null as never))).toMatchObject({ field: "cal", rule: "R-CAL-2", value: null, message: NOT_A_CALENDAR });
    expect(issue(() => calendarCoverage(2078))).toMatchObject({
      field: "year", rule: "R-CAL-2", value: 2078, message: "out of range: expected a whole number from 2012 to 2077",
    });
  });
});
