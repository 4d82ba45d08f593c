// workbench/src/calculators.ts: what the workbench page shows for each calculator — the answers
// worked out by hand from the orders, the explanation in the chosen language, the rule and its
// source, and the library's own message (never a silent answer) for input it cannot use.
import { describe, expect, it } from "vitest";
import { dateLines, refusalAnswer, retestAnswer, workingDayAnswer, workingDaysAnswer, type Answer, type Refusal } from "../../workbench/src/calculators.js";
import { asLang, LANGS, UI } from "../../workbench/src/i18n.js";

const answer = (o: unknown): Answer => {
  expect(o).toMatchObject({ ok: true });
  return o as Answer;
};

describe("workbench calculators", () => {
  it("R-EL-1 retest after a test on 2026-12-30: 3 calendar days from the next day → 2027-01-03; 04.01 is New Year's Saturday carried → first working day 2027-01-05", () => {
    const a = answer(retestAnswer("2026-12-30", "kk"));
    expect(a.facts.map((f) => f.value)).toEqual(["2027-01-03", "2027-01-05"]);
    expect(a.sentences[0]).toMatch(/^Қайта тестілеу/);
    expect(a.citations[0]).toMatchObject({ rule: "R-EL-1", seed: "sources/001_a64fa5ff937c345c.txt", lines: "1586-1594" });
    expect(answer(retestAnswer(" 2026-12-30 ", "ru")).sentences[0]).toMatch(/^Повторное тестирование/);
  });

  it("R-CAL-1 one working day after Friday 2025-03-07 is Tuesday 2025-03-11 (08.03 a Saturday holiday carried to Monday 10.03)", () => {
    const a = answer(workingDaysAnswer("2025-03-07", "1", "en"));
    expect(a.facts).toEqual([{ label: "Date", value: "2025-03-11" }]);
    expect(a.citations[0]!.rule).toBe("R-CAL-1");
  });

  it("R-CAL-1 R-CAL-2 2025-03-10 is not a working day: the day off carried from International Women's Day; the year is confirmed", () => {
    const a = answer(workingDayAnswer("2025-03-10", "en"));
    expect(a.facts[1]).toEqual({ label: "Not a working day", value: "a day off carried from a holiday on a weekend — International Women's Day" });
    expect(a.sentences).toEqual(["the year's calendar is confirmed"]);
    expect(answer(workingDayAnswer("2025-03-11", "en")).facts[1]).toEqual({ label: "Working day", value: "an ordinary working day" });
  });

  it("R-EL-3 application accepted 2026-09-16 with a failed test on 2026-09-14: ground 1 (the last three calendar days: until 2026-09-17); free from 2026-09-18", () => {
    const a = answer(refusalAnswer("2026-09-16", "2026-09-14\n\n", true, "en"));
    expect(a.facts).toEqual([{ label: "Grounds that apply", value: "1" }]);
    expect(a.sentences[0]).toContain("2026-09-18");
    expect(answer(refusalAnswer("2026-09-18", "2026-09-14", true, "en")).facts).toEqual([{ label: "No ground applies", value: "—" }]);
    // no consent to access personal data: ground 5
    expect(answer(refusalAnswer("2026-09-18", "", false, "en")).facts[0]!.value).toBe("5");
  });

  it("R-CAL-1 R-EL-1 input the rules cannot use: the library's issues in the page's language, never an answer", () => {
    for (const o of [workingDaysAnswer("2025-03-07", "1.5", "kk"), workingDaysAnswer("2025-03-07", "", "en"), retestAnswer("2026-02-30", "ru"), retestAnswer("", "en")]) {
      expect(o.ok).toBe(false);
      expect((o as Refusal).lines.length).toBeGreaterThan(0);
    }
    expect((workingDaysAnswer("2025-03-07", "1.5", "kk") as Refusal).title).toBe(UI.kk["common.error"]);
    expect((retestAnswer("2026-02-30", "ru") as Refusal).lines.join(" ")).toContain("R-EL-1");
  });

  it("workbench: one date per line, blank lines and spaces ignored; every interface word exists in kk, ru and en; unknown language → Kazakh", () => {
    expect(dateLines(" 2026-09-14 \r\n\n2026-09-15\n")).toEqual(["2026-09-14", "2026-09-15"]);
    for (const l of LANGS) for (const k of Object.keys(UI.en)) expect(UI[l][k as keyof typeof UI.en].trim().length, `${l} ${k}`).toBeGreaterThan(0);
    expect(asLang("de")).toBe("kk");
    expect(asLang(null)).toBe("kk");
  });
});
