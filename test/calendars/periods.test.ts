import { describe, expect, it } from "vitest";
import {
  RuleInputError,
  deadline,
  earliestAfterWaiting,
  firstWorkingDayAfterWaiting,
  lookBackWindowEnd,
  periodEnd,
  validUntil,
  withinLookBack,
} from "../../src/index.js";

describe("Civil Code periods (RULES.md §4), built on R-CAL-1", () => {
  it("counting case 1 forward period: starts the next day; D + n; months/years end on the corresponding day or the month's last day", () => {
    expect(periodEnd("2026-07-15", { days: 10 })).toBe("2026-07-25"); // 16…25 July are the ten days
    expect(periodEnd("2028-02-29", { years: 1 })).toBe("2029-02-28"); // 2029 has no 29 Feb → its last day
    expect(periodEnd("2026-01-31", { months: 1 })).toBe("2026-02-28");
    expect(periodEnd("2028-01-31", { months: 1 })).toBe("2028-02-29"); // leap year
    expect(periodEnd("2026-03-31", { months: 6 })).toBe("2026-09-30");
    expect(periodEnd("2026-08-31", { months: 18 })).toBe("2028-02-29");
    expect(periodEnd("2026-12-30", { days: 3 })).toBe("2027-01-02");
    expect(periodEnd("2024-02-29", { years: 4 })).toBe("2028-02-29");
  });

  it("counting case 1 with counting: inclusive ends one day earlier (the event's day is day 1)", () => {
    expect(periodEnd("2026-07-15", { days: 10 }, { counting: "inclusive" })).toBe("2026-07-24");
    expect(periodEnd("2026-08-15", { years: 1 }, { counting: "inclusive" })).toBe("2027-08-14");
    expect(periodEnd("2026-07-15", { days: 10 }, { counting: "civil-code" })).toBe("2026-07-25");
  });

  it("counting case 2 deadline: a last day that is not a working day moves to the next working day (R-CAL-1)", () => {
    // Tue 10.03.2026 + 10 days = Fri 20.03: a working day, kept.
    expect(deadline("2026-03-10", { days: 10 })).toBe("2026-03-20");
    // Fri 20.03.2026 + 3 days = Mon 23.03 (Nauryz); 24, 25 carried days off → Thu 26.03.
    expect(deadline("2026-03-20", { days: 3 })).toBe("2026-03-26");
    // Working days: 26, 27, 30 March.
    expect(deadline("2026-03-20", { workingDays: 3 })).toBe("2026-03-30");
    // Inclusive: Mon 16.03.2026 counts as working day 1 → 16, 17, 18.
    expect(deadline("2026-03-16", { workingDays: 3 }, undefined, { counting: "inclusive" })).toBe("2026-03-18");
    expect(deadline("2026-03-16", { workingDays: 3 })).toBe("2026-03-19");
    // One month from 31.07.2026 → 31.08.2026: Monday, a working day in 2026 (no Constitution Day).
    expect(deadline("2026-07-31", { months: 1 })).toBe("2026-08-31");
    // One month from 30.07.2025 → Sat 30.08.2025 (Constitution Day) → Sun → Mon 1 Sep carried → Tue 02.09.2025.
    expect(deadline("2025-07-30", { months: 1 })).toBe("2025-09-02");
  });

  it("counting case 3 waiting period: first allowed day D + n + 1, not moved; the first working day is a separate value", () => {
    // R-EL-1: tested Wed 30.12.2026; the three days 31.12, 01.01, 02.01 → Sun 03.01.2027.
    expect(earliestAfterWaiting("2026-12-30", { days: 3 })).toBe("2027-01-03");
    // Sun 03.01 is off, and Mon 04.01 too (New Year 2 Jan 2027 fell on a Saturday: carried) → Tue 05.01.
    expect(firstWorkingDayAfterWaiting("2026-12-30", { days: 3 })).toBe("2027-01-05");
    expect(earliestAfterWaiting("2026-12-30", { days: 3 }, { counting: "inclusive" })).toBe("2027-01-02");
    // Months: six months after 31.03.2026 → ends 30.09 → first allowed 01.10.2026.
    expect(earliestAfterWaiting("2026-03-31", { months: 6 })).toBe("2026-10-01");
    // Working-day companion: three days after Thu 19.03.2026 → Mon 23.03 (Nauryz) → Thu 26.03.
    expect(earliestAfterWaiting("2026-03-19", { days: 3 })).toBe("2026-03-23");
    expect(firstWorkingDayAfterWaiting("2026-03-19", { days: 3 })).toBe("2026-03-26");
  });

  it("counting case 4 validity: end of the forward period, not moved to a working day", () => {
    // R-EL-4: tested 15.08.2026, valid one year → through Sun 15.08.2027 (not moved).
    expect(validUntil("2026-08-15", { years: 1 })).toBe("2027-08-15");
    expect(validUntil("2028-02-29", { years: 1 })).toBe("2029-02-28");
    expect(validUntil("2026-08-15", { years: 1 }, { counting: "inclusive" })).toBe("2027-08-14");
  });

  it("counting case 5 look-back window: an event on E counts while A ≤ E + n; stops the day after", () => {
    // R-EL-3 ground 1: failed Mon 14.09.2026, "within the last three calendar days" → counts 14…17.09.
    expect(lookBackWindowEnd("2026-09-14", { days: 3 })).toBe("2026-09-17");
    expect(withinLookBack("2026-09-14", "2026-09-14", { days: 3 })).toBe(true);
    expect(withinLookBack("2026-09-14", "2026-09-17", { days: 3 })).toBe(true);
    expect(withinLookBack("2026-09-14", "2026-09-18", { days: 3 })).toBe(false); // = earliest retest D + 4
    expect(earliestAfterWaiting("2026-09-14", { days: 3 })).toBe("2026-09-18");
    expect(withinLookBack("2026-09-14", "2026-09-13", { days: 3 })).toBe(false); // event after asOf
    // Six months: violation 31.03.2026 → counts through 30.09.2026.
    expect(lookBackWindowEnd("2026-03-31", { months: 6 })).toBe("2026-09-30");
    expect(withinLookBack("2026-03-31", "2026-10-01", { months: 6 })).toBe(false);
    // One year from 29.02.2028 → through 28.02.2029.
    expect(withinLookBack("2028-02-29", "2029-02-28", { years: 1 })).toBe(true);
    expect(withinLookBack("2028-02-29", "2029-03-01", { years: 1 })).toBe(false);
    // Inclusive: window one day shorter.
    expect(withinLookBack("2026-09-14", "2026-09-17", { days: 3 }, { counting: "inclusive" })).toBe(false);
  });

  it("counting cases: invalid inputs throw RuleInputError naming field, value and case", () => {
    const calls: (() => unknown)[] = [
      () => periodEnd("2026-02-30", { days: 1 }),
      () => periodEnd("2026-1-5", { days: 1 }),
      () => periodEnd(20260105 as never, { days: 1 }),
      () => periodEnd("2026-01-05", { days: 1.5 }),
      () => periodEnd("2026-01-05", { days: 0 }),
      () => periodEnd("2026-01-05", { days: Number.NaN }),
      () => periodEnd("2026-01-05", { days: 1, months: 1 } as never),
      () => periodEnd("2026-01-05", { weeks: 1 } as never),
      () => periodEnd("2026-01-05", { days: 1 }, { counting: "exclusive" as never }),
      () => deadline("2077-12-20", { days: 30 }),
      () => deadline("2026-01-05", { workingDays: -1 }),
      () => deadline("2026-01-05", { days: 3 }, {} as never),
      () => withinLookBack("2026-01-05", "2026-13-01", { days: 3 }),
      () => validUntil("1899-12-31", { years: 1 }),
    ];
    for (const c of calls) expect(c).toThrow(RuleInputError);
    expect(() => periodEnd("2026-02-30", { days: 1 })).toThrow(/§4 counting case 1: from = "2026-02-30"/);
    expect(() => deadline("2026-01-05", { workingDays: 2.5 })).toThrow(/length\.workingDays = 2\.5/);
  });
});
