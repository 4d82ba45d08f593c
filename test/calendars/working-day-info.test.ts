// Tests of src/calendars/working-day-info.ts: workingDayInfo (R-CAL-1, R-CAL-2) — the explained answer
// for a holiday, and its inputs.
import { describe, expect, it } from "vitest";
import { workingDayInfo } from "../../src/index.js";
import { LAW_AND_CODE, NOT_A_CALENDAR } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-1 workingDayInfo", () => {
  // mutation run: the exact answer for a holiday, and the field and rule named by each error
  it("R-CAL-1 Thursday 01.01.2026 is not a working day: reason holiday, with its day off", () => {
    expect(workingDayInfo("2026-01-01")).toEqual({
      date: "2026-01-01", working: false, coverage: "confirmed", reason: "holiday",
      dayOff: { date: "2026-01-01", kind: "holiday", name: "Жаңа жыл", nameEn: "New Year", nameRu: "Новый год", source: LAW_AND_CODE },
    });
  });

  it("R-CAL-1 workingDayInfo: a value that is not a Calendar (object, number), a date outside 2012–2077", () => {
    expect(issue(() => workingDayInfo("2026-01-05", {} as never))).toMatchObject({ field: "cal", rule: "R-CAL-1", message: NOT_A_CALENDAR });
    expect(issue(() => workingDayInfo("2026-01-05", 42 as never))).toMatchObject({ field: "cal", rule: "R-CAL-1", value: 42 });
    expect(issue(() => workingDayInfo("2011-12-31"))).toMatchObject({
      field: "date", rule: "R-CAL-1", value: "2011-12-31", message: "year 2011 outside the supported range 2012–2077",
    });
  });
});
