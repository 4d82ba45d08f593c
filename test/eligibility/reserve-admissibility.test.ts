import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { CEFR_LEVELS, RESERVE_SECTORS, RuleInputError, normalizeLanguageLevel, reserveAdmissibility } from "../../src/index.js";
import { ADMISSIBLE } from "../support/reserve.js";

const FULL = { ...ADMISSIBLE, complete: true };

describe("R-PYR-2 normalizeLanguageLevel", () => {
  it("R-PYR-2 the source's Cyrillic «В1» and lower case normalise", () => {
    expect(normalizeLanguageLevel("В1")).toBe("B1"); // Cyrillic В, as at 004 line 138
    expect(normalizeLanguageLevel("в1")).toBe("B1");
    expect(normalizeLanguageLevel(" c 1 ")).toBe("C1");
    expect(normalizeLanguageLevel("А2")).toBe("A2");
    for (const bad of ["B3", "D1", "", "B", "intermediate", 1, null]) expect(() => normalizeLanguageLevel(bad as never)).toThrow(RuleInputError);
  });
});

describe("R-PYR-1 / R-PYR-2 reserveAdmissibility", () => {
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
