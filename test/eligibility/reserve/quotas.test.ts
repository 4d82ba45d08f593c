// Tests of src/eligibility/reserve/quotas.ts: RESERVE_STAGES and RESERVE_QUOTAS (R-PYR-3) against the
// procedure's totals, and every quoted Kazakh sentence (quotas, ties; exclusion grounds of R-PYR-1) in seed 004.
import { describe, expect, it } from "vitest";
import {
  RESERVE_EXCLUSION_GROUND_INFO,
  RESERVE_EXCLUSION_GROUNDS,
  RESERVE_QUOTAS,
  RESERVE_SECTORS,
  RESERVE_STAGES,
  RESERVE_TIE_SENTENCES,
} from "../../../src/index.js";
import { firstLine, flat, lastLine, quoted } from "../../support/reserve-source.js";

describe("R-PYR-3 RESERVE_QUOTAS: quotas and sentences", () => {
  it("R-PYR-3 the sector quotas add up to the procedure's totals (600, 300, 200, 150, 100, 50)", () => {
    const totals: number[] = [];
    for (const stage of RESERVE_STAGES) {
      const q = RESERVE_QUOTAS[stage];
      if (q.kind === "fixed") {
        expect(Object.keys(q.perSector)).toEqual([...RESERVE_SECTORS]);
        expect(RESERVE_SECTORS.reduce((a, s) => a + q.perSector[s], 0)).toBe(q.total);
        totals.push(q.total);
      }
    }
    expect(totals).toEqual([600, 300, 200, 150, 100, 50]);
    expect(RESERVE_QUOTAS.text.kind).toBe("half");
    expect(RESERVE_QUOTAS.national.final).toBe(true);
    expect(RESERVE_STAGES.filter((s) => RESERVE_QUOTAS[s].final)).toEqual(["national"]);
  });

  it("R-PYR-3 / R-PYR-1 every quoted Kazakh sentence is in the source, at the cited lines", () => {
    expect(quoted("Резервке 51-ден аспайтын кандидатты")).toBe(false); // the check can fail
    expect(quoted(RESERVE_QUOTAS.national.kk, flat(100, 200))).toBe(false); // and is tied to the lines
    for (const stage of RESERVE_STAGES) {
      const q = RESERVE_QUOTAS[stage];
      expect(quoted(q.kk, flat(firstLine(q.lines) - 2, lastLine(q.lines) + 2)), stage).toBe(true);
    }
    for (const t of RESERVE_TIE_SENTENCES) expect(quoted(t.kk, flat(firstLine(t.lines) - 2, lastLine(t.lines) + 2)), t.lines).toBe(true);
    for (const g of RESERVE_EXCLUSION_GROUNDS) {
      const info = RESERVE_EXCLUSION_GROUND_INFO[g];
      expect(quoted(info.kk, flat(firstLine(info.lines) - 2, lastLine(info.lines) + 2)), g).toBe(true);
    }
  });
});
