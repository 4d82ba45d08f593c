// Tests of src/calendars/valid-until.ts: validUntil (RULES.md §4 counting case 4, validity period) —
// the end of the forward period, not moved to a working day.
import { describe, expect, it } from "vitest";
import { validUntil } from "../../src/index.js";

describe("RULES §4 counting case 4 validUntil", () => {
  it("counting case 4 validity: end of the forward period, not moved to a working day", () => {
    // R-EL-4: tested 15.08.2026, valid one year → through Sun 15.08.2027 (not moved).
    expect(validUntil("2026-08-15", { years: 1 })).toBe("2027-08-15");
    expect(validUntil("2028-02-29", { years: 1 })).toBe("2029-02-28");
    expect(validUntil("2026-08-15", { years: 1 }, { counting: "inclusive" })).toBe("2027-08-14");
  });
});
