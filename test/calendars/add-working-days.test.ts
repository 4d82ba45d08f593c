// Tests of src/calendars/add-working-days.ts: addWorkingDays (R-CAL-1) — the n-th working day after
// or before a date: worked examples, the edges of the calendar (2012–2077), properties, input errors.
import { describe, expect, it } from "vitest";
import { test as fcTest } from "@fast-check/vitest";
import {
  RuleInputError,
  addCalendarDays,
  addWorkingDays,
  daysOff,
  deadline,
  isWorkingDay,
  nextWorkingDay,
  periodEnd,
} from "../../src/index.js";
import { dateArb, nArb } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("R-CAL-1 addWorkingDays — worked examples", () => {
  it("R-CAL-1 addWorkingDays worked examples (n = 0 returns the date itself)", () => {
    // From Fri 20.03.2026: 21–25 off → 26 (1), 27 (2), 30 (3), 31 (4), 1 Apr (5).
    expect(addWorkingDays("2026-03-20", 5)).toBe("2026-04-01");
    expect(addWorkingDays("2026-04-01", -5)).toBe("2026-03-20");
    expect(addWorkingDays("2026-03-21", 0)).toBe("2026-03-21");
    // From Fri 03.05.2024: Sat 4 May works (1), Mon 6 (2), Fri 10 (3) — 7, 8, 9 off.
    expect(addWorkingDays("2024-05-03", 3)).toBe("2024-05-10");
    // Back from Mon 04.01.2027 one working day: 2 Jan Sat, 1 Jan Fri off → Thu 31.12.2026.
    expect(addWorkingDays("2027-01-04", -1)).toBe("2026-12-31");
  });

  // mutation run: counting from a day off (2025: Nauryz 21–23.03 = Fri–Sun, carried to Mon 24 and Tue 25)
  it("R-CAL-1 one working day after Saturday 22.03.2025 is Wednesday 26.03 (23 Sun, 24–25 Nauryz carried)", () => {
    expect(addWorkingDays("2025-03-22", 1)).toBe("2025-03-26");
    expect(addWorkingDays("2025-03-22", 2)).toBe("2025-03-27");
  });

  it("R-CAL-1 one working day before Wednesday 26.03.2025 is Thursday 20.03", () => {
    expect(addWorkingDays("2025-03-26", -1)).toBe("2025-03-20");
  });
});

describe("R-CAL-1 addWorkingDays — the edges of the calendar (2012–2077)", () => {
  // mutation run: 2077-12-31 is a Friday
  it("R-CAL-1 the last working day of the calendar, Friday 31.12.2077: one more is outside 2012–2077", () => {
    expect(isWorkingDay("2077-12-31")).toBe(true);
    const i = issue(() => addWorkingDays("2077-12-31", 1));
    expect(i).toMatchObject({ field: "n", rule: "R-CAL-1", value: 1 });
    expect(i.message).toBe("1 working days from 2077-12-31 fall outside the years 2012–2077 the calendar covers");
  });

  it("R-CAL-1 the first working day of the calendar is reachable backwards", () => {
    const first = nextWorkingDay("2012-01-01");
    const second = addWorkingDays(first, 1);
    expect(addWorkingDays(second, -1)).toBe(first);
    expect(() => addWorkingDays(first, -1)).toThrow(RuleInputError);
  });
});

describe("R-CAL-1 addWorkingDays — properties of working-day arithmetic", () => {
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

  // the whole working-day arithmetic (daysOff, addWorkingDays, periodEnd, addCalendarDays, isWorkingDay)
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
});

describe("R-CAL-1 addWorkingDays — errors name their field and rule", () => {
  // mutation run: the same check of `cal` in every function that takes a calendar
  it("R-CAL-1 addWorkingDays / nextWorkingDay / isWorkingDay: date and cal", () => {
    expect(issue(() => addWorkingDays("2025-02-30", 1))).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(issue(() => nextWorkingDay("2025-13-01"))).toMatchObject({ field: "date", rule: "R-CAL-1" });
    expect(issue(() => addWorkingDays("2025-01-01", 1, {} as never))).toMatchObject({ rule: "R-CAL-1" });
    expect(issue(() => nextWorkingDay("2025-01-01", {} as never))).toMatchObject({ rule: "R-CAL-1" });
    expect(issue(() => isWorkingDay("2025-01-01", {} as never))).toMatchObject({ rule: "R-CAL-1" });
    expect(issue(() => deadline("2025-01-01", { days: 1 }, {} as never))).toMatchObject({ rule: "R-CAL-1" });
  });
});
