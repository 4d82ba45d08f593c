// explainQuorum (src/explain/explain-quorum.ts), R-GC-7: two thirds of the members and at least three
// persons present; the formula, params, text, details, the explanation's keys and its citation.
import { describe, expect, it } from "vitest";
import { explainQuorum } from "../../src/index.js";
import { allLanguages, DETAIL_KEYS } from "../support/explain.js";
import { firstIssue } from "../support/first-issue.js";

describe("R-GC-7 explainQuorum — worked example", () => {
  it("R-GC-7 9 members, 5 present: 3·5 = 15 < 18 → no quorum; 9/6 → quorum", () => {
    const e = explainQuorum(9, 5, { lang: "ru" });
    expect(e.formula).toBe("3·5 = 15 < 2·9 = 18: no; 5 ≥ 3: yes → no quorum");
    expect(e.code).toBe("R-GC-7.no-quorum");
    expect(e.text).toContain("Конкурсная комиссия");
    expect(explainQuorum(9, 6).code).toBe("R-GC-7.quorum");
    expect(explainQuorum(2, 2).code).toBe("R-GC-7.too-small");
    allLanguages(e);
  });
});

// mutation run (docs/quality.md): the exact formula, params, text and citation; sentences from src/explain/messages/en.ts filled by hand
describe("R-GC-7 explainQuorum — formula, params, text and citation", () => {
  it("R-GC-7 a bad lang names rule R-GC-7 (explainQuorum reads only lang)", () => {
    const i = firstIssue(() => explainQuorum(9, 6, { lang: "de" as never }));
    expect(i.field).toBe("opts.lang");
    expect(i.rule).toBe("R-GC-7");
  });
  it("R-GC-7 9 members, 6 present: 18 ≥ 18 and 6 ≥ 3 → quorum, required 6", () => {
    // required = max(3, ⌈2·9/3⌉) = 6
    const e = explainQuorum(9, 6);
    expect(e.formula).toBe("3·6 = 18 ≥ 2·9 = 18: yes; 6 ≥ 3: yes → quorum");
    expect(e.params).toEqual({ members: 9, present: 6, required: 6, quorum: true });
    expect(e.texts.en).toBe(
      "Competition commission: 6 of 9 members present; a quorum needs at least two thirds and not fewer than three persons (6): there is a quorum.",
    );
    expect(e.details).toEqual([]);
  });
  it("R-GC-7 4 members, 3 present: 9 ≥ 8 and 3 ≥ 3 → quorum", () => {
    expect(explainQuorum(4, 3).formula).toBe("3·3 = 9 ≥ 2·4 = 8: yes; 3 ≥ 3: yes → quorum");
  });
  it("R-GC-7 4 members, 2 present: 6 < 8 and 2 < 3 → no quorum, two details", () => {
    // required = max(3, ⌈8/3⌉ = 3) = 3
    const e = explainQuorum(4, 2);
    expect(e.formula).toBe("3·2 = 6 < 2·4 = 8: no; 2 < 3: no → no quorum");
    expect(e.params).toEqual({ members: 4, present: 2, required: 3, quorum: false });
    expect(e.details!.map((d) => d.texts.en)).toEqual([
      "2 present is less than two thirds of 4 (at least 3 needed).",
      "2 present is fewer than three persons.",
    ]);
  });
  it("R-GC-7 2 members, 2 present: too small, required shown as —", () => {
    const e = explainQuorum(2, 2);
    expect(e.formula).toBe("3·2 = 6 ≥ 2·2 = 4: yes; 2 < 3: no → no quorum");
    expect(e.params).toEqual({ members: 2, present: 2, required: "—", quorum: false });
    expect(e.texts.en).toBe(
      "Competition commission: it has 2 members, fewer than three persons, so it never has a quorum. The HR service amends the commission's composition.",
    );
  });
  it("R-GC-7 an explanation carries formula and details but no presumed key; a detail carries neither formula nor presumed", () => {
    const e = explainQuorum(9, 5);
    expect(Object.keys(e)).toEqual(["rule", "code", "params", "formula", "citation", "lang", "text", "texts", "details"]);
    expect(Object.keys(e.details![0]!)).toEqual(DETAIL_KEYS);
  });
  it("R-GC-7 citation: act, locator, seed, lines and the text joining them (src/sources/citations/eligibility.ts)", () => {
    const locator = "List point 16: general competition rules paras 24–25 (and para 75: same questions in equal volume)";
    expect(explainQuorum(9, 6).citation).toEqual({
      rule: "R-GC-7",
      act: "ASA-52-2026",
      locator,
      seed: "sources/001_a64fa5ff937c345c.txt",
      lines: "1324-1330",
      text: `R-GC-7: ASA-52-2026, ${locator}; sources/001_a64fa5ff937c345c.txt lines 1324-1330`,
    });
  });
});
