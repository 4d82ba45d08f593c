import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  RESERVE_EXCLUSION_GROUND_INFO,
  RESERVE_EXCLUSION_GROUNDS,
  RESERVE_QUOTAS,
  RESERVE_SECTOR_INFO,
  RESERVE_SECTORS,
  RESERVE_STAGES,
  RESERVE_TIE_SENTENCES,
  ruleSource,
} from "../../src/index.js";

const lines = readFileSync(new URL("../../sources/004_3eb6df1ff2b8ef3d.txt", import.meta.url), "utf8").split("\n");
const flat = (from: number, to: number) =>
  lines
    .slice(from - 1, to)
    .join(" ")
    .replace(/\s+/g, " ");
const whole = flat(1, lines.length);
/** Every "…"-separated fragment of a quotation occurs in the source (whitespace normalised). */
const quoted = (kk: string, where = whole) =>
  kk
    .split("…")
    .map((p) => p.replace(/\s+/g, " ").trim().replace(/^[-–;:,. ]+|[-–;:,. ]+$/g, ""))
    .filter((p) => p.length > 0)
    .every((p) => where.includes(p));
const firstLine = (range: string) => Number(/^(\d+)/.exec(range)![1]);
const lastLine = (range: string) => Number(/^\d+-(\d+)/.exec(range)?.[1] ?? firstLine(range));

describe("R-PYR-3 Reserve data: quotas, sectors, sentences", () => {
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

  it("R-PYR-3 the sectors are in the procedure's order, with its Kazakh names", () => {
    const listed = flat(112, 118);
    let at = -1;
    for (const s of RESERVE_SECTORS) {
      const i = listed.indexOf(RESERVE_SECTOR_INFO[s].kk);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
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

  it("R-PYR-3 / R-SEL-5 / R-PYR-1 citations are registered", () => {
    expect(ruleSource("R-PYR-3")).toMatchObject({ act: "PYR-2025", seed: "sources/004_3eb6df1ff2b8ef3d.txt" });
    expect(ruleSource("R-PYR-1")).toMatchObject({ act: "PYR-2025" });
    expect(ruleSource("R-SEL-5")).toMatchObject({ act: "ASA-184-2024", seed: "sources/000_841e172d5348f664.txt", lines: "91-93" });
    const asa = readFileSync(new URL("../../sources/000_841e172d5348f664.txt", import.meta.url), "utf8").split("\n");
    expect(asa[92]).toContain("ең жоғары балл жинаған үшеуден артық емес үміткер қатысады");
  });
});
