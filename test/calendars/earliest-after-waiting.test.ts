// Tests of src/calendars/earliest-after-waiting.ts: earliestAfterWaiting (RULES.md §4 counting case 3,
// waiting period), with its working-day companion firstWorkingDayAfterWaiting; its input errors.
import { describe, expect, it } from "vitest";
import { earliestAfterWaiting, firstWorkingDayAfterWaiting } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("RULES §4 counting case 3 earliestAfterWaiting", () => {
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

  // mutation run: the field and rule named by each error
  it("RULES §4 counting case 3 earliestAfterWaiting: from, length, and a result after 2199", () => {
    const rule = "§4 counting case 3";
    expect(issue(() => earliestAfterWaiting("2025-02-30", { days: 1 }))).toMatchObject({ field: "from", rule });
    expect(issue(() => earliestAfterWaiting("2025-03-01", null as never))).toMatchObject({ field: "length", rule });
    // 30.12.2199 + 1 day = 31.12.2199; the first allowed day is the next one, 01.01.2200
    expect(issue(() => earliestAfterWaiting("2199-12-30", { days: 1 }))).toMatchObject({
      field: "length", rule, value: { days: 1 }, message: "the result (2200-01-01) falls outside the supported years 1900–2199",
    });
  });
});
