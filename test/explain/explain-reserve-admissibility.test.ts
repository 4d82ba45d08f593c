// explainReserveAdmissibility (src/explain/explain-reserve-admissibility.ts), R-PYR-1, R-PYR-2: whether
// a candidate may take part in the Reserve selection, each failed condition as a detail, what was not checked.
import { describe, expect, it } from "vitest";
import { explainReserveAdmissibility, type ReserveAdmissibilityInput } from "../../src/index.js";
import { allLanguages, badLang } from "../support/explain.js";
import { firstIssue } from "../support/first-issue.js";
import { ADMISSIBLE } from "../support/reserve.js";

describe("R-PYR-1, R-PYR-2 explainReserveAdmissibility — worked example", () => {
  it("R-PYR-1, R-PYR-2 corps A and level A2: two reasons", () => {
    const e = explainReserveAdmissibility({ corpsA: true, languageLevel: "А2" }, { lang: "kk" });
    expect(e.details!.map((d) => d.code)).toEqual(["R-PYR.reason.corps-a", "R-PYR.reason.language-level-below-b1"]);
    expect(e.details!.map((d) => d.rule)).toEqual(["R-PYR-1", "R-PYR-2"]);
    expect(e.details![1]!.params.level).toBe("A2");
    allLanguages(e);
    const all = explainReserveAdmissibility({ complete: true });
    for (const d of all.details!) allLanguages(d);
  });
});

/** Every condition given and met (certificate B1 valid to the end of 2025, checked mid-2025). */
const FULL: ReserveAdmissibilityInput = { ...ADMISSIBLE, equipment: { internetMbps: 10, webcam: true, headset: true, microphone: true } };

// mutation run (docs/quality.md): the exact rule, code, formula, params and sentence of each branch; each
// expected sentence is the catalogue template (src/explain/messages/en.ts) filled by hand.
describe("R-PYR-1, R-PYR-2 explainReserveAdmissibility — each branch", () => {
  it("R-PYR-1 an unknown lang is an issue of R-PYR-1..2", () => {
    expect(firstIssue(() => explainReserveAdmissibility({}, { lang: "de" as never }))).toEqual(badLang("R-PYR-1..2"));
  });

  it("R-PYR-1 every condition given and met: admissible, rule R-PYR-1, nothing unchecked", () => {
    const e = explainReserveAdmissibility(FULL);
    expect(e.rule).toBe("R-PYR-1");
    expect(e.citation.rule).toBe("R-PYR-1");
    expect(e.code).toBe("R-PYR.admissible");
    expect(e.formula).toBe("no condition of R-PYR-1, R-PYR-2 fails");
    expect(e.params).toStrictEqual({ admissible: true, count: 0, unchecked: "—", reasons: "" });
    expect(e.texts.en).toBe("Presidential Youth Reserve: the candidate may take part in the selection.");
    expect(e.details).toEqual([]);
  });

  it("R-PYR-1 headset and microphone not given: admissible with two unchecked, listed in the formula and the text", () => {
    const e = explainReserveAdmissibility({ ...FULL, equipment: { internetMbps: 10, webcam: true } });
    expect(e.rule).toBe("R-PYR-1");
    expect(e.code).toBe("R-PYR.admissible-unchecked");
    expect(e.formula).toBe("no condition of R-PYR-1, R-PYR-2 fails (not checked: equipment.headset, equipment.microphone)");
    expect(e.params).toStrictEqual({ admissible: true, count: 0, unchecked: "equipment.headset, equipment.microphone", reasons: "" });
    expect(e.texts.en).toBe(
      "Presidential Youth Reserve: no condition checked prevents the candidate from taking part in the selection; not checked (not given): equipment.headset, equipment.microphone.",
    );
  });

  it("R-PYR-2 only R-PYR-2 reasons (level A2, certificate valid until 2025-05-31 checked on 2025-06-15): rule R-PYR-2", () => {
    // A2 < B1 → below; 2025-06-15 > 2025-05-31 → expired. Both reasons are R-PYR-2.
    const e = explainReserveAdmissibility({ ...FULL, languageCertificate: { test: "KAZTEST", level: "A2", validUntil: "2025-05-31" } });
    expect(e.rule).toBe("R-PYR-2");
    expect(e.citation.rule).toBe("R-PYR-2");
    expect(e.code).toBe("R-PYR.not-admissible");
    expect(e.formula).toBe("fails: language-level-below-b1 (R-PYR-2), language-certificate-expired (R-PYR-2)");
    expect(e.params).toStrictEqual({ admissible: false, count: 2, unchecked: "—", reasons: "language-level-below-b1, language-certificate-expired" });
    expect(e.texts.en).toBe("Presidential Youth Reserve: the candidate may not take part in the selection; conditions not met: 2.");
    // Each detail carries only the values its sentence uses.
    expect(e.details!.map((d) => d.params)).toStrictEqual([
      { reason: "language-level-below-b1", level: "A2" },
      { reason: "language-certificate-expired", validUntil: "2025-05-31", asOf: "2025-06-15" },
    ]);
    expect(e.details!.map((d) => d.texts.en)).toEqual([
      "The state-language certificate level A2 is below B1.",
      "The state-language certificate is no longer valid (valid until 2025-05-31, checked on 2025-06-15).",
    ]);
  });

  it("R-PYR-1 only R-PYR-1 reasons (corps A, 3 Mbit/s): rule R-PYR-1, the speed in the detail", () => {
    const e = explainReserveAdmissibility({ ...FULL, corpsA: true, equipment: { internetMbps: 3, webcam: true, headset: true, microphone: true } });
    expect(e.rule).toBe("R-PYR-1");
    expect(e.formula).toBe("fails: corps-a (R-PYR-1), internet-below-5-mbps (R-PYR-1)");
    expect(e.details!.map((d) => d.params)).toStrictEqual([{ reason: "corps-a" }, { reason: "internet-below-5-mbps", mbps: "3" }]);
    expect(e.details!.map((d) => d.texts.en)).toEqual([
      'Administrative civil servants of corps "A" are not admitted.',
      "The connection speed 3 Mbit/s is below 5 Mbit/s.",
    ]);
  });

  it("R-PYR-1 R-PYR-1 and R-PYR-2 reasons together: the explanation's rule is R-PYR-1", () => {
    const e = explainReserveAdmissibility({ ...FULL, corpsA: true, languageCertificate: { test: "KAZTEST", level: "A2", validUntil: "2025-12-31" } });
    expect(e.details!.map((d) => d.rule)).toEqual(["R-PYR-1", "R-PYR-2"]);
    expect(e.rule).toBe("R-PYR-1");
    expect(e.formula).toBe("fails: corps-a (R-PYR-1), language-level-below-b1 (R-PYR-2)");
  });
});
