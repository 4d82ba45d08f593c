// Tests of src/calendars/is-working-day.ts: isWorkingDay (R-CAL-1) — its input errors, checked with
// those of the other working-day functions. Which days work is tested with the calendar (calendar.test.ts).
import { describe, expect, it } from "vitest";
import { RuleInputError, addCalendarDays, addWorkingDays, daysOff, isWorkingDay, nextWorkingDay } from "../../src/index.js";

describe("R-CAL-1 isWorkingDay — input errors", () => {
  it("R-CAL-1 invalid inputs throw RuleInputError naming field, value and rule", () => {
    const bad: (() => unknown)[] = [
      () => isWorkingDay("2026-02-30"),
      () => isWorkingDay("2026-1-5"),
      () => isWorkingDay("2026-01-05T00:00:00Z"),
      () => isWorkingDay(20260105 as never),
      () => isWorkingDay(undefined as never),
      () => isWorkingDay(new Date(Date.UTC(2026, 0, 5)) as never),
      () => isWorkingDay("2011-12-31"),
      () => isWorkingDay("2078-01-01"),
      () => isWorkingDay("2026-01-05", {} as never),
      () => addWorkingDays("2026-01-05", 1.5),
      () => addWorkingDays("2026-01-05", Number.NaN),
      () => addWorkingDays("2026-01-05", "3" as never),
      () => addWorkingDays("2077-12-20", 30),
      () => addWorkingDays("2012-01-05", -30),
      () => addCalendarDays("2026-01-05", Infinity),
      () => daysOff(2026.5),
      () => daysOff(2011),
      () => nextWorkingDay("2026-00-10"),
    ];
    for (const b of bad) expect(b).toThrow(RuleInputError);
    expect(() => isWorkingDay("2026-02-30")).toThrow(/R-CAL-1: date = "2026-02-30": no such day/);
    expect(() => addWorkingDays("2026-01-05", Number.NaN)).toThrow(/R-CAL-1: n = NaN/);
  });
});
