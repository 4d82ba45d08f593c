// Tests of src/eligibility/reserve/durations-2025.ts: RESERVE_2025_DURATIONS (R-PYR-4), each duration
// against its sentence in seed 004: «Әрбір тестілеу блогының ұзақтығы 25 минутты құрайды» (381);
// «Кезеңнің ұзақтығы 45 минуттан аспайды» (466–470); «… блогы рәсімінің ұзақтығы 5-тен 6 сағатқа дейін
// созылады» (582–584); «кандидат 5 минут ішінде … өзінің көзқарасын таныстыруы қажет» (713–717).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { RESERVE_2025_DURATIONS, RESERVE_2025_SITUATIONAL_MAX_WORDS } from "../../../src/index.js";

describe("R-PYR-4 RESERVE_2025_DURATIONS — the durations of the 2025 procedure", () => {
  it("R-PYR-4 the values, worked from the text (5–6 hours = 300–360 minutes)", () => {
    const by = Object.fromEntries(RESERVE_2025_DURATIONS.map((d) => [d.id, [d.minutes.min, d.minutes.max, d.kind]]));
    expect(by).toEqual({
      "test-block": [25, 25, "exactly"],
      "situational-tasks": [0, 45, "at-most"],
      "assessment-centre": [300, 360, "range"],
      "expert-commission-presentation": [0, 5, "at-most"],
    });
    expect(RESERVE_2025_SITUATIONAL_MAX_WORDS).toBe(500);
  });
  it("R-PYR-4 every quote is in seed 004 at its lines", () => {
    const lines = readFileSync(new URL("../../../sources/004_3eb6df1ff2b8ef3d.txt", import.meta.url), "utf8").split("\n");
    for (const d of RESERVE_2025_DURATIONS) {
      const [a, b] = d.lines.split("-").map(Number) as [number, number | undefined];
      const text = lines.slice(a - 1, b ?? a).join(" ").replace(/\s+/g, " ");
      expect(text, d.id).toContain(d.quote.replace(/\s+/g, " "));
    }
  });
});
