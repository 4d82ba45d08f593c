// Tests of examples/reserve-campaign.ts: syntheticCampaign, the synthetic Reserve campaign (R-PYR-3)
// of the demo and the bench — deterministic, unique ids, runs through the funnel under every option.
import { describe, expect, it } from "vitest";
import { runReserveFunnel } from "../../src/index.js";
import { syntheticCampaign } from "../../examples/reserve-campaign.js";

describe("R-PYR-3 syntheticCampaign — the synthetic campaign of the demo and the bench", () => {
  it("R-PYR-3 is deterministic, has unique ids, and runs under every combination of options", () => {
    const a = syntheticCampaign(4000, 7);
    expect(JSON.stringify(syntheticCampaign(4000, 7))).toBe(JSON.stringify(a));
    expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
    for (const ties of ["admit-all", "strict"] as const) {
      for (const halfRounding of ["up", "down"] as const) {
        const r = runReserveFunnel(a, { ties, halfRounding, finalQuotas: { digitalisation: 3 } });
        expect(r.stages[6]!.bySector.digitalisation.admitted).toBeLessThanOrEqual(3);
        expect(r.reserve.length).toBeGreaterThan(0);
      }
    }
    // some candidates leave the funnel absent or excluded
    const left = runReserveFunnel(a).stages[0]!;
    expect(Object.values(left.bySector).reduce((s, b) => s + b.left.total, 0)).toBeGreaterThan(0);
  });
});
