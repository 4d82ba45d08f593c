// Tests of src/calendars/days-off.ts: daysOff (R-CAL-1) — the years it accepts (2012–2077) and its
// calendar argument. The lists themselves are tested with the calendar (calendar.test.ts).
import { describe, expect, it } from "vitest";
import { daysOff } from "../../src/index.js";
import { NOT_A_CALENDAR } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-1 daysOff — the year and the calendar", () => {
  it("R-CAL-1 daysOff accepts the last calendar year 2077 (the upper bound is included)", () => {
    // 1 January (New Year) is a statutory holiday of every year.
    expect(daysOff(2077).some((d) => d.date === "2077-01-01")).toBe(true);
  });

  // mutation run: the field and rule named by each error
  it("R-CAL-1 daysOff: a value that is not a Calendar, a year outside 2012–2077", () => {
    expect(issue(() => daysOff(2026, {} as never))).toMatchObject({ field: "cal", rule: "R-CAL-1", value: {}, message: NOT_A_CALENDAR });
    expect(issue(() => daysOff(2011))).toMatchObject({
      field: "year", rule: "R-CAL-1", value: 2011, message: "out of range: expected a whole number from 2012 to 2077",
    });
  });
});
