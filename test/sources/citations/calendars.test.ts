// The citations of src/sources/citations/calendars.ts (R-CAL-1, R-CAL-2).
import { describe, expect, it } from "vitest";
import { ruleSource } from "../../../src/index.js";

describe("R-CAL-1 R-CAL-2 CALENDAR_CITATIONS", () => {
  it("R-CAL-1 R-CAL-2 citations are registered", () => {
    expect(ruleSource("R-CAL-1").seed).toBe("sources/001_a64fa5ff937c345c.txt");
    expect(ruleSource("R-CAL-2").act).toBe("ASA-52-2026");
  });
});
