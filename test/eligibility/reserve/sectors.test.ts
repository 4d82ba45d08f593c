// Tests of src/eligibility/reserve/sectors.ts: RESERVE_SECTORS and RESERVE_SECTOR_INFO (R-PYR-3),
// in the procedure's order with its Kazakh names (seed 004).
import { describe, expect, it } from "vitest";
import { RESERVE_SECTOR_INFO, RESERVE_SECTORS } from "../../../src/index.js";
import { flat } from "../../support/reserve-source.js";

describe("R-PYR-3 RESERVE_SECTORS: the sectors", () => {
  it("R-PYR-3 the sectors are in the procedure's order, with its Kazakh names", () => {
    const listed = flat(112, 118);
    let at = -1;
    for (const s of RESERVE_SECTORS) {
      const i = listed.indexOf(RESERVE_SECTOR_INFO[s].kk);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
  });
});
