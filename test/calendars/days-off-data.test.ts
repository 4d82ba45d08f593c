// Tests of src/calendars/days-off-data.ts (R-CAL-1): the names of the days off in Kazakh, Russian
// and English (STATUTORY_DAYS_OFF, DAY_OFF_NAMES_RU), as daysOff lists them.
import { describe, expect, it } from "vitest";
import { DAY_OFF_NAMES_RU, daysOff, STATUTORY_DAYS_OFF } from "../../src/index.js";

describe("R-CAL-1 STATUTORY_DAYS_OFF, DAY_OFF_NAMES_RU — day-off names in Kazakh, Russian and English", () => {
  it("R-CAL-1 every statutory day off has a Russian name of its own (no Kazakh fallback)", () => {
    for (const s of STATUTORY_DAYS_OFF) expect(DAY_OFF_NAMES_RU[s.name], s.name).toBe(s.nameRu);
  });

  it("R-CAL-1 2026: every day off carries kk/ru/en names; the renamed 25 October", () => {
    for (const d of daysOff(2026)) {
      expect(d.name.length * d.nameRu.length * d.nameEn.length).toBeGreaterThan(0);
      expect(d.nameRu).not.toBe(d.name === "Наурыз мейрамы" ? "" : d.name); // Nauryz keeps its name in Russian
    }
    const oct = daysOff(2026).find((d) => d.date === "2026-10-25");
    expect(oct?.nameRu).toBe("День Республики Казахстан");
    expect(daysOff(2025).find((d) => d.date === "2025-10-25")?.nameRu).toBe("День Республики");
    expect(daysOff(2026).find((d) => d.date === "2026-05-27")?.nameRu).toBe("Курбан айт (первый день)");
  });
});
