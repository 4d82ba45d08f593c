// Tests added to kill the mutants that survived the mutation run over
// src/eligibility/normalize-language-level.ts (R-PYR-2), reserve-admissibility.ts (R-PYR-1, R-PYR-2),
// reserve-explain.ts (R-PYR-3) and reserve-retake-deadline.ts (R-PYR-5). Expected values are worked
// out by hand from the procedure (seed 004) and the documented contract, never copied from the output.
import { describe, expect, it } from "vitest";
import {
  RESERVE_SECTORS,
  explainReserveCandidate,
  normalizeLanguageLevel,
  reserveAdmissibility,
  reserveRetakeRequestDeadline,
  runReserveFunnel,
  type ReserveAdmissibilityInput,
  type ReserveCandidate,
  type ReserveFunnelResult,
  type ReserveStage,
  type ReserveStageEntry,
} from "../../src/index.js";
import { ADMISSIBLE, cand } from "../support/reserve.js";
import { allIssues, firstIssue } from "../support/first-issue.js";

const codes = (p: ReserveAdmissibilityInput): string[] => reserveAdmissibility(p).reasons.map((r) => r.code);

/** Every group given and valid: admissible, nothing unchecked. */
const FULL = ADMISSIBLE;

describe("R-PYR-2 normalizeLanguageLevel — errors and folding", () => {
  it("R-PYR-2 a level that is not a string: wrong type, naming null or the JS type, default field \"level\"", () => {
    const n = firstIssue(() => normalizeLanguageLevel(null as never));
    expect([n.field, n.value, n.rule, n.message]).toEqual(["level", null, "R-PYR-2", 'wrong type (null): expected a CEFR level such as "B1"']);
    const k = firstIssue(() => normalizeLanguageLevel(1 as never));
    expect([k.field, k.value, k.rule, k.message]).toEqual(["level", 1, "R-PYR-2", 'wrong type (number): expected a CEFR level such as "B1"']);
  });

  it("R-PYR-2 an unknown level: the folded spelling and the six levels are named", () => {
    // " b 3 " folds to "B3" (spaces removed, upper case): not one of A1 … C2
    const i = firstIssue(() => normalizeLanguageLevel(" b 3 "));
    expect([i.field, i.value, i.rule]).toEqual(["level", " b 3 ", "R-PYR-2"]);
    expect(i.message).toBe('unknown level "B3": expected one of A1, A2, B1, B2, C1, C2 (Cyrillic А, В, С are accepted)');
    expect(firstIssue(() => normalizeLanguageLevel("Z9", "cert.level")).field).toBe("cert.level");
  });

  it("R-PYR-2 dashes are folded away: \"B-1\" and \"В–1\" (Cyrillic В, en dash) are B1", () => {
    expect(normalizeLanguageLevel("B-1")).toBe("B1");
    expect(normalizeLanguageLevel("В–1")).toBe("B1");
    expect(normalizeLanguageLevel("c-2")).toBe("C2");
  });
});

describe("R-PYR-1 / R-PYR-2 reserveAdmissibility — unchecked groups and reasons", () => {
  it("R-PYR-1 nothing given: every group is listed as unchecked, in order; no validity without a level", () => {
    // six not-admitted flags, two document kinds, sector, the certificate (no level → no validity
    // check), three consents, connection speed and three devices: 17 entries
    const r = reserveAdmissibility({});
    expect(r.admissible).toBe(true);
    expect(r.reasons).toEqual([]);
    expect(r.unchecked).toEqual([
      "presidentialAppointee", "politicalServant", "corpsA", "inReserve", "formerlyInReserve", "excludedByNationalCommission",
      "documents.education", "documents.labourActivity", "sector", "languageCertificate",
      "consents.personalData", "consents.exclusion", "consents.nonDisclosure",
      "equipment.internetMbps", "equipment.webcam", "equipment.headset", "equipment.microphone",
    ]);
  });

  it("R-PYR-1 complete: true turns each missing piece into a reason with its rule and message", () => {
    const r = reserveAdmissibility({ complete: true });
    expect(r.admissible).toBe(false);
    expect(r.unchecked).toEqual([]);
    const byCode = new Map(r.reasons.map((x) => [x.code, x]));
    expect(byCode.get("missing-corpsA")).toEqual({ code: "missing-corpsA", rule: "R-PYR-1", message: 'not stated whether the candidate is an administrative civil servant of corps "A"' });
    expect(byCode.get("missing-documents.education")).toEqual({ code: "missing-documents.education", rule: "R-PYR-2", message: "education documents not stated" });
    expect(byCode.get("missing-documents.labourActivity")).toEqual({ code: "missing-documents.labourActivity", rule: "R-PYR-2", message: "labour-activity documents not stated" });
    expect(byCode.get("missing-sector")).toEqual({ code: "missing-sector", rule: "R-PYR-2", message: "no sector chosen (lines 120–122)" });
    expect(byCode.get("missing-languageCertificate")).toEqual({ code: "missing-languageCertificate", rule: "R-PYR-2", message: "no state-language certificate (level B1 or higher) given" });
    expect(byCode.get("missing-equipment.internetMbps")).toEqual({ code: "missing-equipment.internetMbps", rule: "R-PYR-1", message: "connection speed not stated (≥ 5 Mbit/s required, line 88)" });
    expect(byCode.get("missing-consents.exclusion")?.rule).toBe("R-PYR-1");
    expect(byCode.get("missing-equipment.headset")?.rule).toBe("R-PYR-1");
    // no level → the certificate's validity is not a separate reason
    expect(byCode.has("missing-languageCertificate.validity")).toBe(false);
    expect(r.reasons).toHaveLength(17);
  });

  it("R-PYR-1 a not-admitted ground: its message quotes the person and the lines 62–70", () => {
    expect(reserveAdmissibility({ ...FULL, inReserve: true }).reasons).toEqual([
      { code: "in-reserve", rule: "R-PYR-1", message: "not admitted: already in the Reserve (004 lines 62–70)" },
    ]);
  });

  it("R-PYR-2 documents not uploaded: R-PYR-2 reasons with the lines of the procedure", () => {
    expect(reserveAdmissibility({ ...FULL, documents: { education: false, labourActivity: false } }).reasons).toEqual([
      { code: "no-education-documents", rule: "R-PYR-2", message: "copies of education documents (with appendices) are required (lines 126–128)" },
      { code: "no-labour-activity-documents", rule: "R-PYR-2", message: "copies of documents confirming labour activity under Labour Code art. 35 are required (lines 128–132)" },
    ]);
  });

  it("R-PYR-1 consents and devices refused are R-PYR-1 reasons; the internet message names the speed given", () => {
    const r = reserveAdmissibility({
      ...FULL,
      consents: { personalData: false, exclusion: true, nonDisclosure: true },
      equipment: { internetMbps: "4.9", webcam: true, headset: true, microphone: false },
    });
    expect(r.reasons).toEqual([
      { code: "no-personal-data-consent", rule: "R-PYR-1", message: "consent to the collection and processing of personal data is required (lines 82–84)" },
      { code: "internet-below-5-mbps", rule: "R-PYR-1", message: "connection 4.9 Mbit/s is below «кемінде 5 мб/сек» (line 88)" },
      { code: "no-microphone", rule: "R-PYR-1", message: "a microphone is required (line 92)" },
    ]);
  });

  it("R-PYR-1 consents and equipment given only in part: the rest is unchecked", () => {
    const r = reserveAdmissibility({ ...FULL, consents: { personalData: true }, equipment: { internetMbps: 10, headset: true } });
    expect(r.admissible).toBe(true);
    expect(r.unchecked).toEqual(["consents.exclusion", "consents.nonDisclosure", "equipment.webcam", "equipment.microphone"]);
  });

  it("R-PYR-2 documents given in part: the other kind is unchecked", () => {
    expect(reserveAdmissibility({ ...FULL, documents: { education: true } }).unchecked).toEqual(["documents.labourActivity"]);
    expect(reserveAdmissibility({ ...FULL, documents: { labourActivity: true } }).unchecked).toEqual(["documents.education"]);
  });

  it("R-PYR-2 a level below B1: the reason names the level and quotes «орта деңгейден төмен емес (В1)»", () => {
    // A2 < B1 in CEFR order → one R-PYR-2 reason
    expect(reserveAdmissibility({ ...FULL, languageCertificate: { test: "KAZTEST", level: "А2", validUntil: "2025-12-31" } }).reasons).toEqual([
      { code: "language-level-below-b1", rule: "R-PYR-2", message: "state-language level A2 is below B1 («орта деңгейден төмен емес (В1)», lines 136–138)" },
    ]);
  });
});

describe("R-PYR-2 reserveAdmissibility — the certificate", () => {
  it("R-PYR-2 expired: an R-PYR-2 reason naming both days", () => {
    // last valid day 2025-06-30, checked on 2025-07-01 → expired
    const r = reserveAdmissibility({ ...FULL, languageCertificate: { test: "KAZTEST", level: "B2", validUntil: "2025-06-30" }, asOf: "2025-07-01" });
    expect(r.reasons).toEqual([
      {
        code: "language-certificate-expired",
        rule: "R-PYR-2",
        message: "the certificate was valid until 2025-06-30, before 2025-07-01: a valid («жарамды») certificate is required",
      },
    ]);
  });

  it("R-PYR-2 validUntil without asOf: validity is not checked (unchecked; a reason with complete: true)", () => {
    const noAsOf = Object.fromEntries(Object.entries(FULL).filter(([k]) => k !== "asOf")) as ReserveAdmissibilityInput;
    const r = reserveAdmissibility(noAsOf);
    expect(r.admissible).toBe(true);
    expect(r.unchecked).toEqual(["languageCertificate.validity"]);
    expect(reserveAdmissibility({ ...noAsOf, complete: true }).reasons).toEqual([
      {
        code: "missing-languageCertificate.validity",
        rule: "R-PYR-2",
        message: "validity of the certificate not checked (give languageCertificate.validUntil and asOf)",
      },
    ]);
  });

  it("R-PYR-2 the accepted spellings of the two tests (ҚАЗТЕСТ, КАЗТЕСТ, quotes, case, spacing)", () => {
    // KAZTEST: Latin, Kazakh «ҚАЗТЕСТ», Russian «КАЗТЕСТ», in quotes, lower case, padded
    // QAZAQ RESMI TEST: any case, runs of spaces collapsed, or written as one word
    const spellings = [
      "KAZTEST", "ҚАЗТЕСТ", "КАЗТЕСТ", "«ҚАЗТЕСТ»", '"kaztest"', "  kaztest  ",
      "QAZAQ RESMI TEST", "Qazaq Resmi Test", "QAZAQ  RESMI\tTEST", "«QAZAQ RESMI TEST»", "QazaqResmiTest", " qazaqresmitest ",
    ];
    for (const test of spellings) {
      expect(codes({ ...FULL, languageCertificate: { test, level: "B1", validUntil: "2025-12-31" } }), test).toEqual([]);
    }
  });

  it("R-PYR-2 a test the procedure does not name is refused: R-PYR-2, the test field, the two names", () => {
    // "KAZ TEST" (a space inside) and "IELTS" are neither «ҚАЗТЕСТ» nor «QAZAQ RESMI TEST»
    for (const test of ["IELTS", "KAZ TEST", "QAZAQ RESMI"]) {
      const i = firstIssue(() => reserveAdmissibility({ languageCertificate: { test, level: "B1" } }));
      expect(i.rule).toBe("R-PYR-2");
      expect(i.value).toBe(test);
      expect(i.field).toBe("p.languageCertificate.test"); // "p." like every other field (fixed 2026-11-24)
      expect(i.message).toBe('not a test the procedure accepts: expected "KAZTEST" («ҚАЗТЕСТ») or "QAZAQ RESMI TEST"');
    }
  });

  it("R-PYR-2 languageLevel and the certificate's level: equal spellings agree, different levels are an error", () => {
    // "B2" and Cyrillic "в2" are the same level: no error, one level B2 ≥ B1
    expect(codes({ ...FULL, languageLevel: "B2", languageCertificate: { test: "KAZTEST", level: "в2", validUntil: "2025-12-31" } })).toEqual([]);
    const i = firstIssue(() => reserveAdmissibility({ languageLevel: "B1", languageCertificate: { test: "KAZTEST", level: "C1" } }));
    expect([i.field, i.value, i.rule, i.message]).toEqual(["p.languageLevel", "B1", "R-PYR-2", "disagrees with languageCertificate.level (C1)"]);
  });

  it("R-PYR-2 an unknown level names its own field", () => {
    const a = firstIssue(() => reserveAdmissibility({ languageLevel: "B7" }));
    expect([a.field, a.value, a.rule]).toEqual(["p.languageLevel", "B7", "R-PYR-2"]);
    const b = firstIssue(() => reserveAdmissibility({ languageCertificate: { test: "KAZTEST", level: "B7" } }));
    expect([b.field, b.value, b.rule]).toEqual(["p.languageCertificate.level", "B7", "R-PYR-2"]);
  });
});

describe("R-PYR-1 / R-PYR-2 reserveAdmissibility — input errors", () => {
  it("R-PYR-2 an unknown sector: R-PYR-2, p.sector, the six sector ids", () => {
    const i = firstIssue(() => reserveAdmissibility({ sector: "tourism" }));
    expect([i.field, i.value, i.rule]).toEqual(["p.sector", "tourism", "R-PYR-2"]);
    expect(i.message).toBe(`unknown sector: expected one of ${RESERVE_SECTORS.join(", ")}`);
    expect(i.message).toBe(
      "unknown sector: expected one of social-policy, infrastructure-industry-trade, economic-financial-policy, digitalisation, agro-industry-environment, foreign-policy-investment",
    );
  });

  it("R-PYR-1 schema errors are rooted at \"p\" under the rule \"R-PYR-1..2\"", () => {
    const i = firstIssue(() => reserveAdmissibility({ corpsA: "yes" } as never));
    expect([i.field, i.value, i.rule]).toEqual(["p.corpsA", "yes", "R-PYR-1..2"]);
    const j = firstIssue(() => reserveAdmissibility({ asOf: "2025-02-30" }));
    expect([j.field, j.value, j.rule]).toEqual(["p.asOf", "2025-02-30", "R-PYR-1..2"]);
  });

  it("R-PYR-2 dates must be calendar dates: no 13th month, no 30 February, no day 00", () => {
    // 2025-13-05 is no date (Date.UTC would roll it into 2026-01-05, keeping the day 5)
    for (const d of ["2025-13-05", "2025-00-10", "2025-02-30", "2025-04-31", "2025-01-00"]) {
      expect(allIssues(() => reserveAdmissibility({ asOf: d })).map((x) => x.field), d).toEqual(["p.asOf"]);
      expect(allIssues(() => reserveAdmissibility({ languageCertificate: { test: "KAZTEST", level: "B1", validUntil: d } })).map((x) => x.field), d)
        .toEqual(["p.languageCertificate.validUntil"]);
    }
    // a real day: 29 February of a leap year
    expect(reserveAdmissibility({ asOf: "2024-02-29" }).admissible).toBe(true);
  });

  it("R-PYR-2 years 0000–0099 are refused as dates (no certificate or check day falls there)", () => {
    // JS Date.UTC reads years 0–99 as 1900–1999, so "0050-01-15" is not that calendar day:
    // the reader refuses it rather than confuse 50 with 1950.
    expect(allIssues(() => reserveAdmissibility({ asOf: "0050-01-15" })).map((x) => x.field)).toEqual(["p.asOf"]);
  });
});

describe("R-PYR-3 explainReserveCandidate — who left, and how", () => {
  // digitalisation, block 1: c20 20, c19 19, c05 5, c04 4 completed (4 → quota ⌈4/2⌉ = 2: c20, c19; cut-off 19);
  // a0 absent and n0 null at block 1 (not in the base). Block 2: c20 excluded without a ground,
  // c19 excluded for false information.
  const r = runReserveFunnel([
    cand("c20", "digitalisation", { text: 20, numeric: { status: "excluded" } }),
    cand("c19", "digitalisation", { text: 19, numeric: { status: "excluded", ground: "false-information" } }),
    cand("c05", "digitalisation", { text: 5 }),
    cand("c04", "digitalisation", { text: 4 }),
    cand("a0", "digitalisation", { text: { status: "absent" } }),
    cand("n0", "digitalisation", { text: null }),
  ]);

  it("R-PYR-3 absent at block 1: not in its ranking nor in the 50 % base; only block 1 reached", () => {
    const w = explainReserveCandidate(r, "a0");
    expect(w).toMatchObject({ outcome: "left", stage: "text", reached: ["text"], status: "absent", tie: false, competed: 4, quota: 2 });
    expect(w.score).toBeUndefined();
    expect(w.rank).toBeUndefined();
    expect(w.summary).toBe("Left the funnel at the text-information block (block 1): absent; not counted in that stage's ranking nor in the 50 % base.");
  });

  it("R-PYR-3 null at block 1: no score, status unspecified", () => {
    const w = explainReserveCandidate(r, "n0");
    expect(w).toMatchObject({ outcome: "left", stage: "text", reached: ["text"], status: "unspecified", tie: false });
    expect(w.ground).toBeUndefined();
    expect(w.summary).toBe(
      "Left the funnel at the text-information block (block 1): no score (null: absent, excluded or disqualified); not counted in that stage's ranking nor in the 50 % base.",
    );
  });

  it("R-PYR-3 excluded at block 2, without and with a ground: no mention of the 50 % base after block 1", () => {
    const w = explainReserveCandidate(r, "c20");
    expect(w).toMatchObject({ outcome: "left", stage: "numeric", reached: ["text", "numeric"], status: "excluded", tie: false, competed: 0, quota: 100 });
    expect(w.ground).toBeUndefined();
    expect(w.summary).toBe("Left the funnel at the numeric-information block (block 2): excluded; not counted in that stage's ranking.");
    const g = explainReserveCandidate(r, "c19");
    expect(g).toMatchObject({ outcome: "left", stage: "numeric", status: "excluded", ground: "false-information", tie: false });
    expect(g.summary).toBe(
      "Left the funnel at the numeric-information block (block 2): excluded (false-information: gave unreliable information and documents); not counted in that stage's ranking.",
    );
  });

  it("R-PYR-3 ranked below the quota at block 1: rank, count, score and cut-off in the summary", () => {
    // c04 is 4th of 4 with 4; quota 2 filled down to 19
    const w = explainReserveCandidate(r, "c04");
    expect(w).toMatchObject({ outcome: "not-admitted", stage: "text", reached: ["text"], rank: 4, competed: 4, quota: 2, tie: false });
    expect(w.score?.toString()).toBe("4");
    expect(w.summary).toBe("Stopped at the text-information block (block 1): rank 4 of 4 in digitalisation with 4; the quota of 2 was filled down to the cut-off 19.");
  });
});

describe("R-PYR-3 explainReserveCandidate — the Reserve and the National Commission", () => {
  // digitalisation: three finalists f1, f2, f3 and three who stop at block 1 (6 → quota 3);
  // every stage up to the expert commission admits all three (quotas 100, 54, 36, 27, 18);
  // National Commission quota revised to 2: f1 "9.5" first, f2 and f3 tie at 7 across the 2nd place
  // → the last step never exceeds its quota: f1 enters, f2 and f3 await the Commission.
  const path = { text: 25, numeric: 25, situational: "4.5", assessment: "4.8", interview: 9, expert: 90 };
  const r: ReserveFunnelResult = runReserveFunnel(
    [
      cand("f1", "digitalisation", { ...path, national: "9.5" }),
      cand("f2", "digitalisation", { ...path, national: 7 }),
      cand("f3", "digitalisation", { ...path, national: "7.0" }),
      cand("x1", "digitalisation", { text: 1 }),
      cand("x2", "digitalisation", { text: 1 }),
      cand("x3", "digitalisation", { text: 1 }),
    ],
    { finalQuotas: { digitalisation: 2 } },
  );

  it("R-PYR-3 entered the Reserve with a decimal score: not part of a tie", () => {
    const w = explainReserveCandidate(r, "f1");
    expect(w).toMatchObject({ outcome: "reserve", stage: "national", rank: 1, competed: 3, quota: 2, tie: false });
    expect(w.score?.toString()).toBe("9.5");
    expect(w.summary).toBe("Entered the Reserve: rank 1 of 3 in digitalisation with 9.5 at the National Commission; quota 2.");
  });

  it("R-PYR-3 tied across the last quota: awaiting the Commission, tied with the one other", () => {
    const w = explainReserveCandidate(r, "f3");
    expect(w).toMatchObject({ outcome: "awaiting-commission", stage: "national", rank: 2, competed: 3, quota: 2, tie: true });
    expect(w.score?.toString()).toBe("7");
    expect(w.summary).toBe(
      "Awaiting the National Commission: rank 2 of 3 in digitalisation with 7, tied with 1 other(s) across the quota of 2; the last step never exceeds its quota, so the Commission decides.",
    );
  });
});

describe("R-PYR-3 explainReserveCandidate — ties \"strict\" at a selection stage", () => {
  // social-policy, block 1: s1 18, s2 18 → quota ⌈2/2⌉ = 1, the tie straddles it, strict admits nobody (no cut-off).
  // economic-financial-policy, block 1: e1 20, e2 18, e3 18, e4 10 → quota 2: e1 in (cut-off 20), e2 and e3 tied out.
  const r = runReserveFunnel(
    [
      cand("s1", "social-policy", { text: 18 }),
      cand("s2", "social-policy", { text: 18 }),
      cand("e1", "economic-financial-policy", { text: 20, numeric: { status: "absent" } }),
      cand("e2", "economic-financial-policy", { text: 18 }),
      cand("e3", "economic-financial-policy", { text: 18 }),
      cand("e4", "economic-financial-policy", { text: 10 }),
    ],
    { ties: "strict" },
  );

  it("R-PYR-3 a tied group left out with nobody admitted: no cut-off in the summary", () => {
    const w = explainReserveCandidate(r, "s1");
    expect(w).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 1, competed: 2, quota: 1, tie: true });
    expect(w.cutoff).toBeUndefined();
    expect(w.summary).toBe(
      'Stopped at the text-information block (block 1): rank 1 of 2 in social-policy with 18, tied with 1 other(s) across the quota of 1; ties "strict" left the tied group out of block 2.',
    );
  });

  it("R-PYR-3 a tied group left out below an admitted candidate: the cut-off is named", () => {
    const w = explainReserveCandidate(r, "e2");
    expect(w).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 2, competed: 4, quota: 2, tie: true });
    expect(w.summary).toBe(
      'Stopped at the text-information block (block 1): rank 2 of 4 in economic-financial-policy with 18, tied with 1 other(s) across the quota of 2; ties "strict" left the tied group out of block 2 (cut-off 20).',
    );
  });
});

describe("R-PYR-3 explainReserveCandidate — errors", () => {
  // a 20 is admitted to block 2 (quota ⌈1/2⌉ = 1) and is absent there; b left block 1 (null)
  const r = runReserveFunnel([cand("a", "digitalisation", { text: 20, numeric: { status: "absent" } }), cand("b", "digitalisation", { text: null })]);

  it("R-PYR-3 not a funnel result (null, a JSON copy): field \"result\"", () => {
    const msg = "not a result of runReserveFunnel (its index does not survive copying or JSON)";
    expect(allIssues(() => explainReserveCandidate(null as never, "a"))).toEqual([{ field: "result", value: null, rule: "R-PYR-3", message: msg }]);
    const copy = JSON.parse(JSON.stringify(r)) as ReserveFunnelResult;
    expect(allIssues(() => explainReserveCandidate(copy, "a"))).toEqual([{ field: "result", value: copy, rule: "R-PYR-3", message: msg }]);
  });

  it("R-PYR-3 an id not in the run, or not a string: field \"id\"", () => {
    const msg = "no candidate with this id in the funnel run";
    expect(allIssues(() => explainReserveCandidate(r, "zz"))).toEqual([{ field: "id", value: "zz", rule: "R-PYR-3", message: msg }]);
    for (const id of [0, 1, -1, null]) {
      expect(allIssues(() => explainReserveCandidate(r, id as never))).toEqual([{ field: "id", value: id, rule: "R-PYR-3", message: msg }]);
    }
  });
});

describe("R-PYR-5 reserveRetakeRequestDeadline — options and errors", () => {
  it("R-PYR-5 counting \"inclusive\": the stage day, a working day, is itself the one working day", () => {
    // Tuesday 5 August 2025 is a working day: civil-code → the next one, Wed 6 Aug;
    // inclusive → the stage day counts as day 1 → Tue 5 Aug
    expect(reserveRetakeRequestDeadline("2025-08-05")).toBe("2025-08-06");
    expect(reserveRetakeRequestDeadline("2025-08-05", { counting: "civil-code" })).toBe("2025-08-06");
    expect(reserveRetakeRequestDeadline("2025-08-05", { counting: "inclusive" })).toBe("2025-08-05");
    // Saturday 2 August is not a working day: inclusive → the first working day from it, Mon 4 Aug
    expect(reserveRetakeRequestDeadline("2025-08-02", { counting: "inclusive" })).toBe("2025-08-04");
  });

  it("R-PYR-5 a bad stage date names the field stageDate", () => {
    const i = firstIssue(() => reserveRetakeRequestDeadline("2025-08-32"));
    expect([i.field, i.value, i.rule]).toEqual(["stageDate", "2025-08-32", "R-PYR-5"]);
  });
});
