// firstWorkingDayAfterWaiting (RULES.md §4 counting case 3, then R-CAL-1): the first working day on
// or after the end of a waiting period; it reads its date once and names its inputs as
// earliestAfterWaiting and nextWorkingDay do. (Its worked examples are with earliestAfterWaiting.)
import { describe, expect, it } from "vitest";
import { firstWorkingDayAfterWaiting } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

describe("RULES §4 counting case 3 firstWorkingDayAfterWaiting — input errors", () => {
  it("counting case 3 a bad date, length or counting is named under case 3; a bad calendar under R-CAL-1", () => {
    expect(firstIssue(() => firstWorkingDayAfterWaiting("x", { days: 3 }))).toMatchObject({ field: "from", value: "x", rule: "§4 counting case 3", code: "invalid-date" });
    expect(firstIssue(() => firstWorkingDayAfterWaiting("2026-01-01", { weeks: 1 } as never))).toMatchObject({
      field: "length", value: { weeks: 1 }, rule: "§4 counting case 3", message: "expected exactly one of { days: n }, { months: n }, { years: n }",
    });
    expect(firstIssue(() => firstWorkingDayAfterWaiting("2026-01-01", { days: 3 }, undefined, { counting: "x" } as never))).toMatchObject({
      field: "opts.counting", value: "x", rule: "§4 counting case 3",
    });
    expect(firstIssue(() => firstWorkingDayAfterWaiting("2026-01-01", { days: 3 }, "x" as never))).toMatchObject({ field: "cal", value: "x", rule: "R-CAL-1" });
  });

  it("R-CAL-1 a waiting period that ends outside the calendar's years (2012–2077) is named as nextWorkingDay names its date", () => {
    // 30.12.2077 + 3 days: the first allowed day is 03.01.2078 (D + 4), beyond the calendar
    expect(firstIssue(() => firstWorkingDayAfterWaiting("2077-12-30", { days: 3 }))).toStrictEqual({
      field: "date", value: "2078-01-03", rule: "R-CAL-1", message: "year 2078 outside the supported range 2012–2077",
    });
    // 01.01.1950 + 3 days → 05.01.1950: a civil date, but before the calendar
    expect(firstIssue(() => firstWorkingDayAfterWaiting("1950-01-01", { days: 3 }))).toStrictEqual({
      field: "date", value: "1950-01-05", rule: "R-CAL-1", message: "year 1950 outside the supported range 2012–2077",
    });
  });
});
