// Tests of src/calendars/next-working-day.ts: nextWorkingDay (R-CAL-1) — the date itself when it is
// a working day, else the next one; its relation to addWorkingDays and deadline; the calendar's end.
import { describe, expect, it } from "vitest";
import { test as fcTest } from "@fast-check/vitest";
import {
  addCalendarDays,
  addWorkingDays,
  deadline,
  isWorkingDay,
  kazakhstanCalendar,
  nextWorkingDay,
  periodEnd,
} from "../../src/index.js";
import { dateArb } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-1 nextWorkingDay", () => {
  it("R-CAL-1 nextWorkingDay and addCalendarDays", () => {
    expect(nextWorkingDay("2026-03-21")).toBe("2026-03-26"); // Sat 21 … Wed 25 off
    expect(nextWorkingDay("2026-03-16")).toBe("2026-03-16");
    expect(nextWorkingDay("2024-05-04")).toBe("2024-05-04"); // Saturday worked by transfer
    expect(addCalendarDays("2026-12-30", 4)).toBe("2027-01-03");
    expect(addCalendarDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-01-31", 0)).toBe("2026-01-31");
  });

  fcTest.prop([dateArb])("R-CAL-1 nextWorkingDay is d if working, else addWorkingDays(d, 1); deadline moves only off non-working days", (d) => {
    expect(nextWorkingDay(d)).toBe(isWorkingDay(d) ? d : addWorkingDays(d, 1));
    const end = periodEnd(d, { days: 7 });
    expect(deadline(d, { days: 7 })).toBe(nextWorkingDay(end));
  });
});

describe("R-CAL-1 nextWorkingDay — the end of the calendar (2077)", () => {
  // mutation run: 2077-12-31 is a Friday, the calendar's last working day unless made a day off
  it("R-CAL-1 with 31.12.2077 made a day off there is no working day after 30.12.2077", () => {
    const cal = kazakhstanCalendar({ transfers: [{ off: "2077-12-31" }] });
    const i = issue(() => nextWorkingDay("2077-12-31", cal));
    expect(i).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(i.message).toBe("no working day on or after it within 2077");
    const d = issue(() => deadline("2077-12-30", { days: 1 }, cal));
    expect(d.field).toBe("length");
    expect(d.message).toBe("the deadline from 2077-12-30 falls after 2077, beyond the calendar");
  });
});
