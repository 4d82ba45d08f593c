// Tests of src/eligibility/time-rules/re-registration-deadline.ts: reRegistrationDeadline (R-EL-6),
// re-registration within twenty-four hours, in Astana time.

import { describe, expect, it } from "vitest";
import { RuleInputError, reRegistrationDeadline } from "../../../src/index.js";

describe("R-EL-6 reRegistrationDeadline — within twenty-four hours", () => {
  it("R-EL-6 worked examples: + 24 h in Astana time, not moved", () => {
    expect(reRegistrationDeadline("2026-09-11T16:40:00+05:00")).toBe("2026-09-12T16:40:00+05:00");
    expect(reRegistrationDeadline("2026-09-11T11:40:00Z")).toBe("2026-09-12T16:40:00+05:00");
    // Friday before Nauryz: Saturday, not moved
    expect(reRegistrationDeadline("2026-03-20T17:00:00+05:00")).toBe("2026-03-21T17:00:00+05:00");
    // across the 01.03.2024 clock change: 24 elapsed hours, the Astana clock reads one hour less
    expect(reRegistrationDeadline("2024-02-29T12:00:00+06:00")).toBe("2024-03-01T11:00:00+05:00");
  });

  it("R-EL-6 invalid instants throw RuleInputError", () => {
    for (const bad of ["2026-09-11T16:40:00", "2026-09-11", "", null, "2026-09-11T16:60:00+05:00"]) expect(() => reRegistrationDeadline(bad as never)).toThrow(RuleInputError);
    expect(() => reRegistrationDeadline("2026-09-11T16:40:00")).toThrow(/R-EL-6: failedAt/);
  });
});
