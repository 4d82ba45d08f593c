// src/sources/effective-dates.ts (R-CAL-4): the publications, the amendment schedule of ASA-52-2026
// (docs/effective-dates.md as data) and the editions of every rule (RULE_VERSIONS).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { AMENDMENT_SCHEDULE, ASA_52_2026_POINT_4, PUBLICATIONS, RULE_VERSIONS } from "../../src/index.js";

const seed001 = readFileSync(new URL("../../sources/001_a64fa5ff937c345c.txt", import.meta.url), "utf8").split("\n");

const expand = (ranges: readonly (readonly [number, number])[]) => ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

describe("R-CAL-4 docs/effective-dates.md as data", () => {
  it("R-CAL-4 no publication date is in the sources: every one is null with its earliest possible date", () => {
    for (const p of Object.values(PUBLICATIONS)) {
      expect(p.published).toBeNull();
      expect(p.notBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(PUBLICATIONS["ASA-52-2026"].notBefore).toBe("2026-03-31");
    expect(PUBLICATIONS["ASA-184-2024"].notBefore).toBe("2024-11-04");
  });

  it("R-CAL-4 point 16 of the List: the 11.07.2026 rows equal point 4's list, the others cover 1–110 exactly once", () => {
    const rows = AMENDMENT_SCHEDULE.filter((r) => r.act === "ASA-52-2026" && r.place === "List point 16");
    const july = rows.filter((r) => r.from === "2026-07-11").flatMap((r) => expand(r.paragraphs)).sort((a, b) => a - b);
    expect(july).toEqual([...ASA_52_2026_POINT_4.fromJuly11["point 16"]]);
    const all = rows.flatMap((r) => expand(r.paragraphs)).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 110 }, (_, i) => i + 1));
  });

  it("R-CAL-4 point 1 of the List: 7–21 and 29–38 from 11.07.2026 (point 4), the rest publication + 10", () => {
    const rows = AMENDMENT_SCHEDULE.filter((r) => r.act === "ASA-52-2026" && r.place === "List point 1");
    const july = rows.filter((r) => r.from === "2026-07-11").flatMap((r) => expand(r.paragraphs)).sort((a, b) => a - b);
    expect(july).toEqual([...ASA_52_2026_POINT_4.fromJuly11["point 1"]]);
    expect(rows.flatMap((r) => expand(r.paragraphs)).sort((a, b) => a - b)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it("R-CAL-4 point 4 of ASA-52-2026 is quoted from seed 001 line 19 (ordinals of point 16 transcribed)", () => {
    const line = seed001[18]!;
    expect(line).toContain("алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі");
    expect(line).toContain("2026 жылғы 11 шілдеден бастап");
    const tail = line.slice(line.indexOf("16-тармақтың"));
    // first and last ordinals of point 16's list: 5th … 100th
    expect(tail.startsWith("16-тармақтың бесінші, алтыншы, он бірінші, он алтыншы")).toBe(true);
    expect(tail).toContain("тоқсан жетінші, тоқсан сегізінші, тоқсан тоғызыншы, жүзінші абзацтарын қоспағанда");
    expect(tail).toContain("жетпіс тоғызыншы, сексенінші, сексен үшінші"); // 81–82 are not listed
    expect(tail).toContain("тоқсаныншы, тоқсан үшінші"); // 91–92 are not listed
  });
});

describe("R-CAL-4 RULE_VERSIONS — the editions as data", () => {
  it("R-CAL-4 data: every key is ordered in time and every edition names its act and locator", () => {
    const keys = [...new Set(RULE_VERSIONS.map((v) => v.key))];
    expect(keys).toEqual(expect.arrayContaining(["R-SEL-1", "R-SEL-8", "R-GC-5", "R-TH-1", "R-EL-1", "R-EL-2", "R-EL-3", "R-EL-4", "R-EL-5", "R-PYR-6", "R-PR-1", "R-TD-1"]));
    for (const k of keys) {
      const dated = RULE_VERSIONS.filter((v) => v.key === k && typeof v.from === "string").map((v) => v.from as string);
      expect([...dated].sort(), k).toEqual(dated);
      expect(RULE_VERSIONS.some((v) => v.key === k && v.text === "in-sources"), k).toBe(true);
    }
  });
});
