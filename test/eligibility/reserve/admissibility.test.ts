// Tests of src/eligibility/reserve/admissibility.ts: reserveAdmissibility (R-PYR-1 not admitted,
// consents, equipment; R-PYR-2 documents, sector, the state-language certificate) and its errors.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { CEFR_LEVELS, RESERVE_SECTORS, RuleInputError, reserveAdmissibility, type ReserveAdmissibilityInput } from "../../../src/index.js";
import { ADMISSIBLE } from "../../support/reserve.js";
import { allIssues, firstIssue } from "../../support/first-issue.js";
import { STATE_LANGUAGE_TESTS } from "../../../src/index.js";
import { checkReviewerCases, insertAll, removedInsertions } from "../../support/invisible-characters.js";

const codes = (p: ReserveAdmissibilityInput): string[] => reserveAdmissibility(p).reasons.map((r) => r.code);

/** Every group given and valid: admissible, nothing unchecked. */
const FULL = ADMISSIBLE;

describe("R-PYR-1 / R-PYR-2 reserveAdmissibility", () => {
  /** Here FULL also says complete: true (every missing piece would be a reason). */
  const FULL = { ...ADMISSIBLE, complete: true };

  it("R-PYR-1 every not-admitted ground is reported (API.md shape)", () => {
    const r = reserveAdmissibility({ presidentialAppointee: true, politicalServant: true, corpsA: true, inReserve: true, formerlyInReserve: true, excludedByNationalCommission: true, languageLevel: "B2" });
    expect(r.admissible).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(["presidential-appointee", "political-servant", "corps-a", "in-reserve", "formerly-in-reserve", "excluded-by-national-commission"]);
    expect(r.reasons.every((x) => x.rule === "R-PYR-1")).toBe(true);
  });

  it("R-PYR-2 level below B1 fails; B1 and above pass; what was not given is listed as unchecked", () => {
    const r = reserveAdmissibility({ corpsA: true, languageLevel: "А2" });
    expect(r.reasons.map((x) => x.code)).toEqual(["corps-a", "language-level-below-b1"]);
    expect(r.reasons[1]!.rule).toBe("R-PYR-2");
    const ok = reserveAdmissibility({ languageLevel: "в1" });
    expect(ok.admissible).toBe(true);
    expect(ok.unchecked).toContain("sector");
    expect(ok.unchecked).toContain("languageCertificate.validity");
    expect(ok.version).toBe("PYR-2025");
  });

  it("R-PYR-2 a complete, valid application is admissible; each missing piece is a reason with complete: true", () => {
    expect(reserveAdmissibility(FULL)).toEqual({ admissible: true, reasons: [], unchecked: [], version: "PYR-2025" });
    const r = reserveAdmissibility({ complete: true });
    expect(r.admissible).toBe(false);
    expect(r.reasons.map((x) => x.code)).toContain("missing-sector");
    expect(r.reasons.map((x) => x.code)).toContain("missing-languageCertificate");
    expect(r.unchecked).toEqual([]);
  });

  it("R-PYR-2 certificate: expired after validUntil (inclusive last day), ҚАЗТЕСТ spelling accepted", () => {
    const cert = { test: "ҚАЗТЕСТ", level: "В2", validUntil: "2025-06-30" };
    expect(reserveAdmissibility({ ...FULL, languageCertificate: cert, asOf: "2025-06-30" }).admissible).toBe(true);
    const r = reserveAdmissibility({ ...FULL, languageCertificate: cert, asOf: "2025-07-01" });
    expect(r.reasons.map((x) => x.code)).toEqual(["language-certificate-expired"]);
    expect(reserveAdmissibility({ ...FULL, languageCertificate: { test: "QAZAQ RESMI TEST", level: "C1" } }).reasons.map((x) => x.code))
      .toEqual(["missing-languageCertificate.validity"]);
  });

  it("R-PYR-1 consents and equipment: ≥ 5 Mbit/s, webcam, headset, microphone", () => {
    const r = reserveAdmissibility({
      ...FULL,
      consents: { personalData: false, exclusion: false, nonDisclosure: false },
      equipment: { internetMbps: "4.9", webcam: false, headset: false, microphone: false },
    });
    expect(r.reasons.map((x) => x.code)).toEqual([
      "no-personal-data-consent", "no-exclusion-consent", "no-non-disclosure-undertaking",
      "internet-below-5-mbps", "no-webcam", "no-headset", "no-microphone",
    ]);
    expect(reserveAdmissibility({ ...FULL, documents: { education: false, labourActivity: false } }).reasons.map((x) => x.code))
      .toEqual(["no-education-documents", "no-labour-activity-documents"]);
  });

  it("R-PYR-1 / R-PYR-2 invalid inputs throw RuleInputError", () => {
    const bad: unknown[] = [
      { languageLevel: "B7" }, { corpsA: "yes" }, { sector: "tourism" }, { languageCertificate: { test: "IELTS", level: "B2" } },
      { languageLevel: "B1", languageCertificate: { test: "KAZTEST", level: "B2" } }, { asOf: "2025-02-30" },
      { languageCertificate: { test: "KAZTEST", level: "B1", validUntil: "31.12.2025" } }, { unknownField: 1 },
      { equipment: { internetMbps: -1 } }, null,
    ];
    for (const b of bad) expect(() => reserveAdmissibility(b as never)).toThrow(RuleInputError);
  });

  fcTest.prop([fc.constantFrom(...CEFR_LEVELS), fc.boolean()])("R-PYR-2 level ≥ B1 ⇔ no level reason; input not mutated", (level, cyr) => {
    const given = cyr ? level.replace("A", "А").replace("B", "В").replace("C", "С") : level;
    const input = { languageLevel: given };
    const copy = JSON.parse(JSON.stringify(input));
    const r = reserveAdmissibility(input);
    expect(r.reasons.some((x) => x.code === "language-level-below-b1")).toBe(CEFR_LEVELS.indexOf(level) < 2);
    expect(input).toEqual(copy);
  });
});

// The describes below were added after a mutation run (exact reasons, messages, fields); FULL is
// the plain ADMISSIBLE there.
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
    const i = firstIssue(() => reserveAdmissibility({ sector: "tourism" as never }));
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

// issue 23, item 2: invisible characters of text copied from Word or a PDF (src/internal/text.ts)
describe("R-PYR-2 reserveAdmissibility — invisible characters in the test name and levels: the same answer or invalid-character", () => {
  const withTest = (test: string) => reserveAdmissibility({ ...FULL, languageCertificate: { test, level: "B2" } });
  const withLevel = (level: string) => reserveAdmissibility({ ...FULL, languageLevel: level });
  it("R-PYR-2 removed and space characters in the test's name change nothing", () => {
    expect(withTest("ҚАЗ\u200dТЕСТ").admissible).toBe(true);
    expect(withTest("«ҚАЗТЕСТ»\ufeff").admissible).toBe(true);
    expect(withTest("QAZAQ\u200bRESMI\u00a0TEST").admissible).toBe(true);
  });
  it("R-PYR-2 the reviewer's characters: same answer, or an error naming the field", () => {
    checkReviewerCases(withTest, "ҚАЗТЕСТ", { rule: "R-PYR-2", field: "p.languageCertificate.test" });
    checkReviewerCases(withTest, "QAZAQ RESMI TEST", { rule: "R-PYR-2", field: "p.languageCertificate.test" });
    checkReviewerCases(withLevel, "В1", { rule: "R-PYR-2", field: "p.languageLevel" });
    checkReviewerCases((l) => reserveAdmissibility({ ...FULL, languageCertificate: { test: "KAZTEST", level: l } }), "А2", { rule: "R-PYR-2", field: "p.languageCertificate.level" });
  });
  it("R-PYR-2 a control character in the test's name is invalid-character, with its position", () => {
    expect(firstIssue(() => withTest("KAZTEST\u0007"))).toMatchObject({
      field: "p.languageCertificate.test", value: "KAZTEST\u0007", rule: "R-PYR-2", code: "invalid-character", params: { codePoint: "U+0007" },
      message: "invalid character U+0007 at position 7 (a control character): remove it",
    });
  });

  fcTest.prop([fc.constantFrom<string>(...STATE_LANGUAGE_TESTS, "ҚАЗТЕСТ", "КАЗТЕСТ"), removedInsertions])(
    "R-PYR-2 property: removed characters inserted anywhere into a test's name never change the answer",
    (test, insertions) => {
      expect(withTest(insertAll(test, insertions))).toEqual(withTest(test));
    },
  );
});
