// Tests of src/calendars/within-look-back.ts: withinLookBack (RULES.md §4 counting case 5, look-back
// window), with lookBackWindowEnd, the window's last day; its input errors.
import { describe, expect, it } from "vitest";
import { earliestAfterWaiting, lookBackWindowEnd, withinLookBack } from "../../src/index.js";
import { firstIssue } from "../support/first-issue.js";

const issue = firstIssue;

describe("RULES §4 counting case 5 withinLookBack", () => {
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

  // mutation run: the field and rule named by each error
  it("RULES §4 counting case 5 withinLookBack: event, asOf, length", () => {
    const rule = "§4 counting case 5";
    expect(issue(() => withinLookBack("2025-02-30", "2025-03-01", { days: 1 }))).toMatchObject({ field: "event", rule });
    expect(issue(() => withinLookBack("2025-03-01", "2025-02-30", { days: 1 }))).toMatchObject({ field: "asOf", rule });
    expect(issue(() => withinLookBack("2025-03-01", "2025-03-02", 5 as never))).toMatchObject({ field: "length", rule });
  });
});
