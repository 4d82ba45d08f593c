// Tests of src/calendars/astana-instant.ts: astanaInstant (R-CAL-3) — the instant of an Astana date
// and clock time, the repeated hour of 29.02.2024, the first supported instant, the clock time read.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { astanaInstant, toAstana } from "../../src/index.js";
import { BEFORE_2005 } from "../support/calendars.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-CAL-3 astanaInstant", () => {
  it("R-CAL-3 astanaInstant: the repeated hour resolves to the earlier occurrence unless repeated: 'later'", () => {
    expect(astanaInstant("2025-06-01")).toBe("2025-06-01T00:00:00+05:00");
    expect(astanaInstant("2024-01-15", "09:00")).toBe("2024-01-15T09:00:00+06:00");
    expect(astanaInstant("2024-02-29", "22:59:59")).toBe("2024-02-29T22:59:59+06:00");
    expect(astanaInstant("2024-02-29", "23:00")).toBe("2024-02-29T23:00:00+06:00");
    expect(astanaInstant("2024-02-29", "23:00", { repeated: "later" })).toBe("2024-02-29T23:00:00+05:00");
    expect(astanaInstant("2024-02-29", "23:30", { repeated: "later" })).toBe("2024-02-29T23:30:00+05:00");
    expect(astanaInstant("2024-02-29", "22:00", { repeated: "later" })).toBe("2024-02-29T22:00:00+06:00"); // not repeated
    expect(astanaInstant("2024-03-01", "00:00")).toBe("2024-03-01T00:00:00+05:00");
    expect(astanaInstant("2025-06-30", "23:59:59.5")).toBe("2025-06-30T23:59:59.500+05:00");
  });

  fcTest.prop([
    fc.integer({ min: 2005, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }),
    fc.constantFrom<"earlier" | "later">("earlier", "later"),
  ])("R-CAL-3 property: Astana reading → instant → Astana reading is the same reading", (y, m, d, h, mi, s, repeated) => {
    const p = (n: number) => String(n).padStart(2, "0");
    const date = `${y}-${p(m)}-${p(d)}`;
    const time = `${p(h)}:${p(mi)}:${p(s)}`;
    const a = toAstana(astanaInstant(date, time, { repeated }));
    expect([a.date, a.time]).toEqual([date, time]);
  });

  // mutation run: the edge of the supported range
  it("R-CAL-3 astanaInstant: 2005-01-01 00:00 (+06) is the first supported instant; 31.12.2004 23:59:59.999 is not", () => {
    expect(astanaInstant("2005-01-01")).toBe("2005-01-01T00:00:00+06:00");
    expect(astanaInstant("2005-01-01", "00:00:00.001")).toBe("2005-01-01T00:00:00.001+06:00");
    expect(firstIssue(() => astanaInstant("2004-12-31", "23:59:59.999"))).toMatchObject({
      field: "date", value: "2004-12-31", rule: "R-CAL-3", message: BEFORE_2005,
    });
  });
});

// Mutation run of src/calendars (astana-internal): the exact error of every check of the clock time.
describe("R-CAL-3 astanaInstant — reading the clock time", () => {
  it("R-CAL-3 a time that is not a string: wrong type named null / number / array", () => {
    const tail = 'expected a clock time "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss"';
    expect(firstIssue(() => astanaInstant("2025-06-01", null as never))).toMatchObject({ field: "time", value: null, rule: "R-CAL-3", message: `wrong type (null): ${tail}` });
    expect(firstIssue(() => astanaInstant("2025-06-01", 1200 as never))).toMatchObject({ field: "time", value: 1200, rule: "R-CAL-3", message: `wrong type (number): ${tail}` });
    expect(firstIssue(() => astanaInstant("2025-06-01", ["12:00"] as never))).toMatchObject({
      field: "time", value: ["12:00"], rule: "R-CAL-3", message: `wrong type (array): ${tail}`,
    });
  });

  it("R-CAL-3 malformed and impossible clock times", () => {
    expect(firstIssue(() => astanaInstant("2025-06-01", "1200"))).toMatchObject({
      field: "time", value: "1200", rule: "R-CAL-3", message: 'not a clock time: expected "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss" (24-hour clock)',
    });
    expect(firstIssue(() => astanaInstant("2025-06-01", "24:00"))).toMatchObject({
      field: "time", value: "24:00", message: "impossible time: hour must be 00–23 (write 24:00 as 00:00 of the next day)",
    });
    expect(firstIssue(() => astanaInstant("2025-06-01", "12:60"))).toMatchObject({ field: "time", value: "12:60", message: "impossible time: minute must be 00–59" });
    expect(firstIssue(() => astanaInstant("2025-06-01", "12:00:60"))).toMatchObject({ field: "time", value: "12:00:60", message: "impossible time: second must be 00–59" });
  });
});
