// Tests of src/eligibility/registries/territorial-departments.ts: the TERRITORIAL_DEPARTMENTS data
// (R-TD-1) against the seed file 002.
import { describe, expect, it } from "vitest";
import { TERRITORIAL_DEPARTMENTS } from "../../../src/index.js";
import { sourceLines } from "../../support/eligibility.js";

const SRC = sourceLines("002_7b8f06617391a9de.txt");

describe("R-TD-1 TERRITORIAL_DEPARTMENTS", () => {
  it("R-TD-1 20 departments: 17 regions + Astana, Almaty, Shymkent; para 8 verbatim at its line", () => {
    expect(TERRITORIAL_DEPARTMENTS).toHaveLength(20);
    expect(TERRITORIAL_DEPARTMENTS.filter((d) => d.kind === "region")).toHaveLength(17);
    expect(TERRITORIAL_DEPARTMENTS.filter((d) => d.kind === "city").map((d) => d.regionEn)).toEqual(["Astana city", "Almaty city", "Shymkent city"]);
    for (const d of TERRITORIAL_DEPARTMENTS) {
      expect(SRC[d.lines.para8 - 1]).toBe(`8. Департаменттің ${d.addressLabelKk}: ${d.addressKk}`);
      expect(d.addressKk).toContain(d.regionKk);
      expect(SRC[10 + 2 * (d.appendix - 1)]).toContain(`${d.regionKk} бойынша департаменті`); // point 1, sub-points 1)–20)
      for (const h of d.history) expect(SRC[Number(h.lines.split("-")[0]) - 1]).toContain(h.noteKk.slice(0, 20).replace(/^- /, ""));
    }
  });
});
