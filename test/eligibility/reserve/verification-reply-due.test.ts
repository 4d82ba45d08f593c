// Tests of src/eligibility/reserve/verification-reply-due.ts: reserveVerificationReplyDue (R-PYR-6,
// PYR-2025 section 4, seed 004 lines 286–292): «Көрсетілген мемлекеттік органдар кандидаттардың
// тізімін алғаннан бастап бір апта мерзімде Агенттікке … тексеру нәтижелерін жолдайды.»
// One week from receipt R: the period ends on R + 7 (the same weekday); a deadline for an act, so a
// day off moves it to the next working day (counting case 2).
import { describe, expect, it } from "vitest";
import { RuleInputError, reserveVerificationReplyDue } from "../../../src/index.js";
import { firstIssue } from "../../support/first-issue.js";
import { forgedCalendar, forgedCalendarIssue } from "../../support/time-rules.js";

describe("R-PYR-6 reserveVerificationReplyDue — «тізімін алғаннан бастап бір апта мерзімде»", () => {
  it("R-PYR-6 received Wed 04.06.2025 → Wed 11.06.2025 (a working day)", () => {
    expect(reserveVerificationReplyDue("2025-06-04")).toBe("2025-06-11");
  });
  it("R-PYR-6 received Mon 02.06.2025 → Mon 09.06.2025", () => {
    expect(reserveVerificationReplyDue("2025-06-02")).toBe("2025-06-09");
  });
  it("R-PYR-6 received Sat 28.06.2025 → Sat 05.07 off; Sun 06.07 Capital Day carried to Mon 07.07 → Tue 08.07.2025", () => {
    expect(reserveVerificationReplyDue("2025-06-28")).toBe("2025-07-08");
  });
  it("R-PYR-6 counting \"inclusive\": the day of receipt is day 1 → R + 6: Wed 04.06 → Tue 10.06.2025", () => {
    expect(reserveVerificationReplyDue("2025-06-04", { counting: "inclusive" })).toBe("2025-06-10");
  });
  it("R-PYR-6 the verification window 01.06–31.07.2025 bounds the receipt day", () => {
    // Thu 31.07 → Thu 07.08.2025
    expect(reserveVerificationReplyDue("2025-07-31")).toBe("2025-08-07");
    expect(reserveVerificationReplyDue("2025-06-01")).toBe("2025-06-09"); // Sun 01.06 → Sun 08.06 off → Mon 09.06
    expect(firstIssue(() => reserveVerificationReplyDue("2025-05-31"))).toMatchObject({ field: "receivedOn", value: "2025-05-31", rule: "R-PYR-6" });
    expect(() => reserveVerificationReplyDue("2025-08-01")).toThrow(RuleInputError);
  });
  it("R-PYR-6 bad input → RuleInputError", () => {
    expect(firstIssue(() => reserveVerificationReplyDue("2025-06-31"))).toMatchObject({ field: "receivedOn", rule: "R-PYR-6" });
    expect(() => reserveVerificationReplyDue("2025-06-04", { counting: "x" } as never)).toThrow(RuleInputError);
    expect(firstIssue(() => reserveVerificationReplyDue("2025-06-04", {}, forgedCalendar()))).toMatchObject(forgedCalendarIssue("R-PYR-6"));
  });
});
