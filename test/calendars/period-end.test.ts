// Tests of src/calendars/period-end.ts: periodEnd (RULES.md §4 counting case 1, forward period) —
// worked examples, the inclusive counting, and how a length and the options are read (period-core.ts).
import { describe, expect, it } from "vitest";
import { RuleInputError, deadline, periodEnd, validUntil, withinLookBack } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("RULES §4 counting case 1 periodEnd", () => {
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
});

describe("RULES §4 counting case 1 periodEnd — lengths and options", () => {
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

  // mutation run: the field and message of each refused length or option
  it("RULES §4 a null, array or number length is a RuleInputError naming the field and the choices", () => {
    for (const bad of [null, undefined, [1], 5, "1"]) {
      const i = issue(() => periodEnd("2025-01-01", bad as never));
      expect(i.field).toBe("length");
      expect(i.message).toBe("expected exactly one of { days: n }, { months: n }, { years: n }");
    }
    expect(issue(() => deadline("2025-01-01", null as never)).message).toBe(
      "expected exactly one of { days: n }, { months: n }, { years: n }, { workingDays: n }",
    );
  });

  it("RULES §4 workingDays is a deadline's unit only", () => {
    expect(issue(() => periodEnd("2025-01-01", { workingDays: 3 } as never)).field).toBe("length");
  });

  it("RULES §4 days up to 36 500: 30 000 days from 01.01.2025 is accepted", () => {
    // 30 000 days ≈ 82.1 years → 2107, within the civil range (≤ 2199)
    expect(periodEnd("2025-01-01", { days: 30000 }).slice(0, 4)).toBe("2107");
    expect(issue(() => periodEnd("2025-01-01", { days: 36501 })).field).toBe("length.days");
    expect(issue(() => deadline("2025-01-01", { workingDays: 20001 })).field).toBe("length.workingDays");
  });

  it("RULES §4 a result beyond 2199 names length", () => {
    expect(issue(() => periodEnd("2199-06-01", { years: 1 })).field).toBe("length");
  });

  it("RULES §4 options: null, an array, an unknown field, a bad counting; {} is the default", () => {
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, null as never))).toMatchObject({
      field: "opts",
      message: 'expected { counting?: "civil-code" | "inclusive" }',
    });
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, [] as never)).field).toBe("opts");
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, "inclusive" as never)).field).toBe("opts");
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, { count: "inclusive" } as never))).toMatchObject({
      field: "opts.count",
      message: "unknown field",
    });
    expect(issue(() => periodEnd("2025-01-01", { days: 1 }, { counting: "civil" } as never))).toMatchObject({
      field: "opts.counting",
      message: 'expected "civil-code" or "inclusive"',
    });
    // 01.03 + 10 days = 11.03 (civil code, the default)
    expect(periodEnd("2025-03-01", { days: 10 }, {})).toBe("2025-03-11");
  });
});
