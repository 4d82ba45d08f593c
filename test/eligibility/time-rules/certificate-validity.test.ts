// Tests of src/eligibility/time-rules/certificate-validity.ts: certificateValidity (R-EL-4), the
// certificate's year of validity (counting case 4), its edition and its explained answer.

import { describe, expect, it } from "vitest";
import { RuleInputError, certificateValidity, certificateValidUntil } from "../../../src/index.js";
import { allIssues as issuesOf } from "../../support/first-issue.js";

describe("R-EL-4 certificateValidity — edition and provenance", () => {
  it("R-EL-4 a test day before 11.07.2026 throws unless presume (the earlier form is not in the sources)", () => {
    expect(() => certificateValidUntil("2026-07-10")).toThrow(RuleInputError);
    expect(() => certificateValidUntil("2025-05-05")).toThrow(/R-EL-4/);
    const v = certificateValidity("2026-03-20", { presume: true });
    expect(v.validUntil).toBe("2027-03-20");
    expect(v.provenance).toBe("presumed");
    expect(certificateValidity("2026-07-11").provenance).toBe("stated");
    expect(certificateValidity("2026-07-11").noRetestThrough).toBe("2027-07-11");
  });
});

// Mutation run 2026-11-23 (certificate-validity.ts): these pin the explained answer. Every expected value is
// worked out by hand from the rule (the reasoning is in the comments), not copied from the code's output.
describe("R-EL-4 certificateValidity — the explained answer", () => {
  it("R-EL-4 one year from the test day (case 4): fields, inclusive reading, the sentence", () => {
    // tested 2026-08-15: civil code → the corresponding day a year later, 2027-08-15, not moved
    const c = certificateValidity("2026-08-15");
    expect(c).toMatchObject({ rule: "R-EL-4", testDate: "2026-08-15", validUntil: "2027-08-15", noRetestThrough: "2027-08-15", case: 4, counting: "civil-code", provenance: "stated" });
    expect(c.text).toContain("line 2116");
    // inclusive: the test day is day 1 of the year → one day earlier, 2027-08-14
    const i = certificateValidity("2026-08-15", { counting: "inclusive" });
    expect(i).toMatchObject({ validUntil: "2027-08-14", noRetestThrough: "2027-08-14", counting: "inclusive" });
  });

  it("R-EL-4 errors carry the rule id", () => {
    expect(issuesOf(() => certificateValidity("2026-08-15", { bogus: 1 } as never))[0]!.rule).toBe("R-EL-4");
    expect(issuesOf(() => certificateValidity("2026-13-01"))[0]).toMatchObject({ field: "testDate", rule: "R-EL-4" });
  });
});
