import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  RuleInputError,
  addCalendarDays,
  addWorkingDays,
  daysOff,
  isWorkingDay,
  nextWorkingDay,
  periodEnd,
  deadline,
} from "../../src/index.js";

/** ISO date of a day offset from 2014-01-01, computed with Date.UTC (independent of the library). */
function isoAt(offset: number): string {
  return new Date(Date.UTC(2014, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
}
const dateArb = fc.integer({ min: 0, max: 365 * 61 }).map(isoAt); // 2014 … 2074
const nArb = fc.integer({ min: -250, max: 250 });

describe("R-CAL-1 properties of working-day arithmetic", () => {
  fcTest.prop([dateArb, nArb.filter((n) => n !== 0)])(
    "R-CAL-1 addWorkingDays lands on a working day and skips exactly n working days",
    (d, n) => {
      const r = addWorkingDays(d, n);
      expect(isWorkingDay(r)).toBe(true);
      // count the working days strictly between d and r (exclusive of d, inclusive of r), one by one
      let count = 0;
      const step = n > 0 ? 1 : -1;
      let cur = d;
      while (cur !== r) {
        cur = addCalendarDays(cur, step);
        if (isWorkingDay(cur)) count++;
      }
      // going forward r is counted; going back, r itself is the |n|-th, and d is not counted
      expect(count).toBe(Math.abs(n));
      expect(n > 0 ? r > d : r < d).toBe(true);
    },
  );

  fcTest.prop([dateArb, nArb, nArb])("R-CAL-1 addWorkingDays is monotone in n", (d, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(addWorkingDays(d, lo) <= addWorkingDays(d, hi)).toBe(true);
  });

  fcTest.prop([dateArb, nArb.filter((n) => n !== 0)])(
    "R-CAL-1 addWorkingDays(addWorkingDays(d, n), -n) is d for a working day d; else the nearest working day on the far side",
    (d, n) => {
      const back = addWorkingDays(addWorkingDays(d, n), -n);
      if (isWorkingDay(d)) expect(back).toBe(d);
      else expect(back).toBe(addWorkingDays(d, n > 0 ? -1 : 1));
    },
  );

  fcTest.prop([dateArb])("R-CAL-1 nextWorkingDay is d if working, else addWorkingDays(d, 1); deadline moves only off non-working days", (d) => {
    expect(nextWorkingDay(d)).toBe(isWorkingDay(d) ? d : addWorkingDays(d, 1));
    const end = periodEnd(d, { days: 7 });
    expect(deadline(d, { days: 7 })).toBe(nextWorkingDay(end));
  });

  it("R-CAL-1 results do not depend on the process time zone", () => {
    const saved = process.env.TZ;
    const snapshot = () =>
      JSON.stringify([
        daysOff(2026),
        addWorkingDays("2026-03-20", 250),
        addWorkingDays("2026-10-25", -250),
        periodEnd("2028-02-29", { years: 1 }),
        addCalendarDays("2024-03-01", -1),
        isWorkingDay("2024-03-01"),
      ]);
    try {
      const results = ["UTC", "Asia/Almaty", "America/Los_Angeles", "Pacific/Kiritimati"].map((tz) => {
        process.env.TZ = tz;
        return snapshot();
      });
      expect(new Set(results).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

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
