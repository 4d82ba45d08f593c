// The citations of src/sources/citations/reserve.ts (R-PYR-3, R-PYR-1, and R-SEL-5, which that file
// also holds): registered, with the R-SEL-5 sentence at its cited line.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleSource } from "../../../src/index.js";

describe("R-PYR-3 R-PYR-1 R-SEL-5 RESERVE_CITATIONS", () => {
  it("R-PYR-3 / R-SEL-5 / R-PYR-1 citations are registered", () => {
    expect(ruleSource("R-PYR-3")).toMatchObject({ act: "PYR-2025", seed: "sources/004_3eb6df1ff2b8ef3d.txt" });
    expect(ruleSource("R-PYR-1")).toMatchObject({ act: "PYR-2025" });
    expect(ruleSource("R-SEL-5")).toMatchObject({ act: "ASA-184-2024", seed: "sources/000_841e172d5348f664.txt", lines: "91-93" });
    const asa = readFileSync(new URL("../../../sources/000_841e172d5348f664.txt", import.meta.url), "utf8").split("\n");
    expect(asa[92]).toContain("ең жоғары балл жинаған үшеуден артық емес үміткер қатысады");
  });
});
