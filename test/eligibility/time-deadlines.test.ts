import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import {
  OTHER_DEADLINES,
  RuleInputError,
  additionalEvaluatorDeadline,
  addWorkingDays,
  appointmentDate,
  complaintDeadlines,
  essayGradingDeadline,
  internalCompetitionSuspended,
  isSelectionDeadlines,
  isWorkingDay,
  otherDeadline,
  previousEmployerNoticeDeadline,
  reRegistrationDeadline,
  reserveRetakeRequestDeadline,
  ruleSource,
} from "../../src/index.js";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateArb = fc.date({ min: new Date("2026-07-11T00:00:00Z"), max: new Date("2075-06-30T00:00:00Z"), noInvalidDate: true }).map(iso);

describe("R-EL-6 re-registration within twenty-four hours", () => {
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

describe("R-EL-7 complaints (working days, case 2)", () => {
  it("R-EL-7 service provider: forward in 3, decide in 5 working days (Nauryz 2026)", () => {
    // Fri 20.03 → working days 26, 27, 30 (forward), 31, 01.04 (decide)
    const c = complaintDeadlines({ registeredOn: "2026-03-20" });
    expect(c.forwarding).toMatchObject({ by: "2026-03-30", required: true });
    expect(c.decisionBy).toBe("2026-04-01");
    expect(c.case).toBe(2);
  });
  it("R-EL-7 fully satisfied within three working days → not forwarded; later → forwarding was due", () => {
    expect(complaintDeadlines({ registeredOn: "2026-03-20", satisfiedInFullOn: "2026-03-30" }).forwarding?.required).toBe(false);
    expect(complaintDeadlines({ registeredOn: "2026-03-20", satisfiedInFullOn: "2026-03-31" }).forwarding?.required).toBe(true);
  });
  it("R-EL-7 quality authority: 15 working days (Fri 2026-05-08: 11 May and 27 May off)", () => {
    // 12,13,14,15,18,19,20,21,22,25,26,28,29 May, 1, 2 June → 2 June
    const c = complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-05-08" });
    expect(c.decisionBy).toBe("2026-06-02");
    expect(c.forwarding).toBeUndefined();
  });
  it("R-EL-7 invalid inputs throw RuleInputError", () => {
    expect(() => complaintDeadlines({ registeredOn: "2026-13-01" })).toThrow(RuleInputError);
    expect(() => complaintDeadlines({ registeredOn: "2026-03-20", satisfiedInFullOn: "2026-03-19" })).toThrow(/R-EL-7/);
    expect(() => complaintDeadlines({ addressee: "quality-authority", registeredOn: "2026-03-20", receivedOn: "2026-03-20" })).toThrow(RuleInputError);
    expect(() => complaintDeadlines({ addressee: "court" } as never)).toThrow(RuleInputError);
    expect(() => complaintDeadlines(null as never)).toThrow(RuleInputError);
  });
  fcTest.prop([dateArb])("R-EL-7 property: deadlines are working days, 3 ≤ 5 ≤ 15 in order", (d) => {
    const sp = complaintDeadlines({ registeredOn: d });
    const qa = complaintDeadlines({ addressee: "quality-authority", registeredOn: d });
    for (const x of [sp.forwarding!.by, sp.decisionBy, qa.decisionBy]) expect(isWorkingDay(x)).toBe(true);
    expect(sp.forwarding!.by < sp.decisionBy && sp.decisionBy < qa.decisionBy).toBe(true);
    expect(sp.decisionBy).toBe(addWorkingDays(d, 5));
  });
});

describe("R-EL-8 other deadlines of ASA-52-2026", () => {
  it("R-EL-8 worked examples, one per deadline", () => {
    // notice received Thu 31.12.2026 → 1, 2 Jan off, 3 Sun, 4 Jan carried → Tue 05.01.2027
    expect(otherDeadline("lost-id-card-blocked", "2026-12-31").until).toBe("2027-01-05");
    // signed Fri 2026-10-23: 26 Oct carried (25 Oct on Sunday) → 27, 28, 29 Oct
    expect(otherDeadline("calibration-protocol-placed", "2026-10-23").until).toBe("2026-10-29");
    // approved Thu 2026-12-10: 11, 14, 15, (16 Dec off), 17, 18
    expect(otherDeadline("functional-block-distribution-placed", "2026-12-10").until).toBe("2026-12-18");
    // Q3 2026 → 25 Oct Sunday → 26 Oct carried → Tue 27 Oct
    expect(otherDeadline("quarterly-report", "2026-09-30").until).toBe("2026-10-27");
    // Q4 2026 → 25 Jan 2027 Monday
    expect(otherDeadline("quarterly-report", "2026-12-31").until).toBe("2027-01-25");
    // evaluation ended 2028-02-29 → kept through 2031-02-28 (case 4, not moved)
    expect(otherDeadline("evaluation-documents-kept", "2028-02-29")).toMatchObject({ until: "2031-02-28", case: 4 });
    // amendments made Fri 2026-07-17: 3 calendar days → Mon 20 July
    expect(otherDeadline("amendment-notice-law-enforcement", "2026-07-17").until).toBe("2026-07-20");
    // amendments made Wed 2026-07-15: 3 calendar days → Sat 18 → moved to Mon 20
    expect(otherDeadline("amendment-notice-law-enforcement", "2026-07-15").until).toBe("2026-07-20");
    expect(Object.keys(OTHER_DEADLINES)).toHaveLength(6);
    expect(ruleSource("R-EL-8").lines).toMatch(/1150/);
  });
  it("R-EL-8 before 11.07.2026 only with presume; invalid inputs throw", () => {
    expect(() => otherDeadline("lost-id-card-blocked", "2026-03-20")).toThrow(/R-EL-8/);
    expect(otherDeadline("lost-id-card-blocked", "2026-03-20", { presume: true })).toMatchObject({ until: "2026-03-26", provenance: "presumed" });
    expect(() => otherDeadline("unknown" as never, "2026-09-01")).toThrow(RuleInputError);
    expect(() => otherDeadline("quarterly-report", "2026-10-31")).toThrow(RuleInputError);
    expect(() => otherDeadline("lost-id-card-blocked", "2026-09-31")).toThrow(RuleInputError);
    expect(() => otherDeadline("lost-id-card-blocked", "2026-09-01", { counting: "x" } as never)).toThrow(RuleInputError);
  });
});

describe("R-SEL-7 / R-SEL-6 temporary IS selection rules (2024–2025)", () => {
  it("R-SEL-7 document check: three working days after acceptance ends; incomplete set one working day each", () => {
    // Thu 2025-03-20: 21 Nauryz, 22–23 weekend (22, 23 Nauryz carried to 24, 25) → 26, 27, 28
    expect(isSelectionDeadlines({ acceptanceEndsOn: "2025-03-20" }).documentCheckBy).toBe("2025-03-28");
    const r = isSelectionDeadlines({ acceptanceEndsOn: "2025-05-06", incompleteFoundOn: "2025-05-08", noticeSentOn: "2025-05-08", completedOn: "2025-05-12" });
    // Tue 06.05: 7 May off → 8, 12 (9 May off, weekend), 13
    expect(r.documentCheckBy).toBe("2025-05-13");
    expect(r.incompleteSet).toEqual({ noticeBy: "2025-05-12", completeBy: "2025-05-12", recheckBy: "2025-05-13", completionsAllowed: 1 });
  });
  it("R-SEL-7 outside 2025 is an error (point 73 from 01.01.2025; the rules end 31.12.2025)", () => {
    expect(() => isSelectionDeadlines({ acceptanceEndsOn: "2026-02-02" })).toThrow(RuleInputError);
    expect(() => isSelectionDeadlines({ acceptanceEndsOn: "2024-06-03" })).toThrow(RuleInputError);
    expect(() => isSelectionDeadlines({ acceptanceEndsOn: "2025-05-06", completedOn: "2025-05-08" })).toThrow(/noticeSentOn/);
  });
  it("R-SEL-7 additional evaluator at least 30 minutes before the interview", () => {
    expect(additionalEvaluatorDeadline("2025-06-10T10:00:00+05:00")).toBe("2025-06-10T09:30:00+05:00");
    expect(additionalEvaluatorDeadline("2025-06-10T00:10:00Z")).toBe("2025-06-10T04:40:00+05:00");
    expect(() => additionalEvaluatorDeadline("2026-06-10T10:00:00+05:00")).toThrow(/R-SEL-7/);
    expect(() => additionalEvaluatorDeadline("2025-06-10T10:00:00")).toThrow(RuleInputError);
  });
  it("R-SEL-6 essays graded within one working day after the proctor publishes", () => {
    // Thu 08.05.2025 → 9 May Victory Day, weekend → Mon 12
    expect(essayGradingDeadline("2025-05-08")).toBe("2025-05-12");
    // 1–2 Jan off, 3 Jan off by transfer, Sat 4 off, Sun 5 Jan 2025 worked by that transfer → Sun 05.01
    expect(essayGradingDeadline("2024-12-31")).toBe("2025-01-05");
    expect(() => essayGradingDeadline("2026-01-05")).toThrow(/R-SEL-6/);
  });
});

describe("R-GC-9 appointment and notice", () => {
  it("R-GC-9 internal competition: next working day after the decision", () => {
    expect(appointmentDate({ decidedOn: "2026-03-20" })).toMatchObject({ appointOn: "2026-03-26", noticeToPreviousEmployerBy: "2026-03-26", basis: "next-working-day" });
    expect(appointmentDate({ decidedOn: "2026-05-08" }).appointOn).toBe("2026-05-12");
    expect(appointmentDate({ decidedOn: "2026-03-20", otherTerm: { kind: "one-month-notice", appointOn: "2026-04-21" } })).toMatchObject({ appointOn: "2026-04-21", basis: "one-month-notice" });
    expect(previousEmployerNoticeDeadline("2026-12-31")).toBe("2027-01-05");
    expect(previousEmployerNoticeDeadline("2026-12-31", { competition: "general" })).toBe("2027-01-05");
  });
  it("R-GC-9 general competition: only with presume, and then presumed", () => {
    expect(() => appointmentDate({ competition: "general", decidedOn: "2026-09-11" })).toThrow(/presume/);
    const a = appointmentDate({ competition: "general", decidedOn: "2026-09-11", presume: true });
    expect(a.provenance).toBe("presumed");
    expect(a.note).toMatch(/presumed/);
    expect(a.appointOn).toBe("2026-09-14");
  });
  it("R-GC-9 point 60: a complaint suspends the internal competition until decided", () => {
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", on: "2026-09-10" })).toBe(true);
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", decidedOn: "2026-09-10", on: "2026-09-09" })).toBe(true);
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", decidedOn: "2026-09-10", on: "2026-09-10" })).toBe(false);
    expect(internalCompetitionSuspended({ complaintFiledOn: "2026-09-01", on: "2026-08-31" })).toBe(false);
  });
  it("R-GC-9 invalid inputs throw RuleInputError", () => {
    expect(() => appointmentDate({ decidedOn: "2026-02-29" })).toThrow(RuleInputError);
    expect(() => appointmentDate({ decidedOn: "2026-03-20", otherTerm: { kind: "agreed", appointOn: "2026-03-20" } })).toThrow(/R-GC-9/);
    expect(() => appointmentDate({ decidedOn: "2026-03-20", competition: "external" } as never)).toThrow(RuleInputError);
    expect(() => internalCompetitionSuspended({ complaintFiledOn: "2026-09-10", decidedOn: "2026-09-01", on: "2026-09-05" })).toThrow(RuleInputError);
    expect(() => previousEmployerNoticeDeadline("2026-12-31", { competition: "x" } as never)).toThrow(RuleInputError);
  });
});

describe("R-PYR-5 power-outage re-take request", () => {
  it("R-PYR-5 within one working day after the stage (2025 weekends)", () => {
    expect(reserveRetakeRequestDeadline("2025-08-02")).toBe("2025-08-04"); // Sat → Mon
    expect(reserveRetakeRequestDeadline("2025-08-03")).toBe("2025-08-04"); // Sun → Mon
    expect(reserveRetakeRequestDeadline("2025-08-16")).toBe("2025-08-18");
    // Fri 29.08.2025 → Sat 30 Aug Constitution Day (carried to Mon 1 Sep) → Tue 2 Sep
    expect(reserveRetakeRequestDeadline("2025-08-29")).toBe("2025-09-02");
  });
  it("R-PYR-5 outside the 2025 campaign or bad input → RuleInputError", () => {
    expect(() => reserveRetakeRequestDeadline("2026-08-02")).toThrow(/R-PYR-5/);
    expect(() => reserveRetakeRequestDeadline("2025-08-32")).toThrow(RuleInputError);
  });
});
