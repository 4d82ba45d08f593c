// Tests of src/eligibility/reserve/funnel/funnel-index.ts: the index runReserveFunnel (R-PYR-3) seals
// for the very object it returns — found for that object only (not for a copy, a Proxy or anything
// else), frozen, sharing no Decimal with the result, and recording each candidate's places in the
// result's id lists.
import { describe, expect, it } from "vitest";
import { explainReserveCandidate, runReserveFunnel, type ReserveFunnelResult } from "../../../../src/index.js";
import { admittedPlaces, funnelIndexOf, tiedOutPlace, type FunnelIndex } from "../../../../src/eligibility/reserve/funnel/funnel-index.js";
import { RESERVE_SECTORS } from "../../../../src/eligibility/reserve/sectors.js";
import { FIXTURE_IDS, fixture } from "../../../support/altered-result.js";

/** The index of `r`, which must have one. */
const indexOf = (r: ReserveFunnelResult): FunnelIndex => {
  const x = funnelIndexOf(r);
  expect(x).toBeDefined();
  return x!;
};

describe("R-PYR-3 funnelIndexOf — the sealed index is found for the result itself only", () => {
  it("R-PYR-3 a result runReserveFunnel returned has an index; a copy, a Proxy of it, or any other value has none (no throw)", () => {
    const r = fixture();
    indexOf(r);
    const others: unknown[] = [JSON.parse(JSON.stringify(r)), { ...r }, new Proxy(r, {}), {}, [], null, undefined, 42, "r", Symbol("r"), 1n, () => r];
    for (const v of others) expect(funnelIndexOf(v)).toBeUndefined();
  });

  it("R-PYR-3 the index is kept out of the result: no symbol or hidden key, the JSON form has only the public fields", () => {
    const r = fixture();
    expect(Object.getOwnPropertySymbols(r)).toEqual([]);
    expect(Object.getOwnPropertyNames(r)).toEqual(["stages", "reserve", "awaitingCommission", "options"]);
  });

  it("R-PYR-3 two runs on the same input have two indexes; each result explains with its own", () => {
    const a = fixture();
    const b = fixture();
    expect(indexOf(a)).not.toBe(indexOf(b));
    for (const id of FIXTURE_IDS) expect(explainReserveCandidate(a, id)).toEqual(explainReserveCandidate(b, id));
  });
});

describe("R-PYR-3 sealFunnelResult — what the index holds", () => {
  const r = fixture();
  const x = indexOf(r);
  const at = (id: string) => x.byId.get(id)!;
  const dig = RESERVE_SECTORS.indexOf("digitalisation");

  it("R-PYR-3 frozen: the index, its stages, their sector figures and left counts", () => {
    expect(Object.isFrozen(x)).toBe(true);
    expect(Object.isFrozen(x.stages)).toBe(true);
    for (const st of x.stages) {
      expect(Object.isFrozen(st)).toBe(true);
      expect(Object.isFrozen(st.bySector)).toBe(true);
      for (const e of st.bySector) {
        expect(Object.isFrozen(e)).toBe(true);
        expect(Object.isFrozen(e.left)).toBe(true);
        expect(Object.isFrozen(e.left.grounds)).toBe(true);
      }
    }
  });

  it("R-PYR-3 the figures of every stage and sector as produced, the tied list as its length", () => {
    r.stages.forEach((st, t) => {
      expect(x.stages[t]!.admitted).toBe(st.admitted.length);
      RESERVE_SECTORS.forEach((sec, j) => {
        const e = st.bySector[sec];
        const w = x.stages[t]!.bySector[j]!;
        expect({ quota: w.quota, competed: w.competed, admitted: w.admitted, tied: w.tied, tiedAdmitted: w.tiedAdmitted }).toEqual({
          quota: e.quota, competed: e.competed, admitted: e.admitted, tied: e.tied.length, tiedAdmitted: e.tiedAdmitted,
        });
        expect(w.cutoff?.toString()).toBe(e.cutoff?.toString());
        expect(w.tiedScore?.toString()).toBe(e.tiedScore?.toString());
        expect(w.left).toEqual(e.left);
      });
    });
    expect([x.reserve, x.awaiting, x.ties]).toEqual([1, 2, "admit-all"]);
  });

  it("R-PYR-3 the result's cut-offs and tie scores are not the index's Decimals, nor each other's", () => {
    const e = r.stages[6]!.bySector.digitalisation;
    const w = x.stages[6]!.bySector[dig]!;
    expect(e.cutoff!.toString()).toBe("9.5");
    expect(e.cutoff).not.toBe(w.cutoff);
    expect(e.tiedScore).not.toBe(w.tiedScore);
    // the index holds no Decimal per candidate: its scores are scaled integers (9.5 = 95 / 10^1)
    expect([x.vals[6]![at("f1")], x.dps[6]![at("f1")]]).toEqual([95, 1]);
    expect(e.cutoff).not.toBe(w.cutoff);
  });

  it("R-PYR-3 copies of the admitted lists and of the tied groups left out, frozen, not the result's arrays", () => {
    r.stages.forEach((st, t) => {
      expect(x.admitted[t]).toEqual(st.admitted);
      expect(x.admitted[t]).not.toBe(st.admitted);
      expect(Object.isFrozen(x.admitted[t])).toBe(true);
    });
    expect(x.tiedOut[6]![dig]).toEqual(["f2", "f3"]);
    expect(x.tiedOut[6]![dig]).not.toBe(r.stages[6]!.bySector.digitalisation.tied);
    expect(x.tiedOut.flat().filter((l) => l !== undefined)).toHaveLength(1);
  });

  it("R-PYR-3 admittedPlaces: each candidate's place in every admitted list it passed, worked out once", () => {
    const fresh = indexOf(fixture());
    const places = admittedPlaces(fresh);
    expect(admittedPlaces(fresh)).toBe(places);
    const count = (id: string) => places.from[fresh.byId.get(id)! + 1]! - places.from[fresh.byId.get(id)!]!;
    // f1 passes all 7 steps (the last into the Reserve); f2, f3 the first 6; g1 block 1; x1, a0 none
    expect(["f1", "f2", "f3", "g1", "x1", "a0"].map(count)).toEqual([7, 6, 6, 1, 0, 0]);
    for (const id of ["f1", "f2", "f3", "g1"]) {
      const i = fresh.byId.get(id)!;
      for (let t = 0; t < count(id); t++) expect(fresh.admitted[t]![places.place[places.from[i]! + t]!]).toBe(id);
    }
  });

  it("R-PYR-3 tiedOutPlace: the place in a tied group left out (by id), −1 elsewhere", () => {
    expect([tiedOutPlace(x, 6, dig, "f2"), tiedOutPlace(x, 6, dig, "f3"), tiedOutPlace(x, 6, dig, "f1"), tiedOutPlace(x, 0, dig, "x1")]).toEqual([0, 1, -1, -1]);
    const many = Array.from({ length: 101 }, (_, k) => `t${String(k).padStart(3, "0")}`);
    const strict = runReserveFunnel(many.map((id) => ({ id, sector: "digitalisation", scores: { text: 7 } })), { ties: "strict" });
    const xs = indexOf(strict);
    many.forEach((id, k) => expect(tiedOutPlace(xs, 0, dig, id)).toBe(k));
    expect(tiedOutPlace(xs, 0, dig, "t0505")).toBe(-1);
    expect(tiedOutPlace(xs, 0, dig, "")).toBe(-1);
    expect(explainReserveCandidate(strict, "t100")).toMatchObject({ outcome: "not-admitted", tie: true, rank: 1, competed: 101, quota: 51 });
  });

  it("R-PYR-3 a tie admitted whole (\"admit-all\") keeps no copy: its members went on", () => {
    const all = runReserveFunnel([
      { id: "a", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
      { id: "b", sector: "digitalisation", scores: { text: 20, numeric: { status: "absent" } } },
    ]);
    // a and b tie at block 1 across its quota ⌈2/2⌉ = 1: "admit-all" admits both, who then leave at block 2
    expect(all.stages[0]!.bySector.digitalisation.tied).toEqual(["a", "b"]);
    expect(indexOf(all).tiedOut[0]![dig]).toBeUndefined();
  });

  it("R-PYR-3 awaitingCommission is by sector: each sector's tied group starts after the groups of the sectors before it", () => {
    const path = { text: 25, numeric: 25, situational: 5, assessment: 4, interview: 9, expert: 90 };
    const r2 = runReserveFunnel(
      [
        { id: "s1", sector: "social-policy", scores: { ...path, national: 7 } },
        { id: "s2", sector: "social-policy", scores: { ...path, national: 7 } },
        { id: "d1", sector: "digitalisation", scores: { ...path, national: 5 } },
        { id: "d2", sector: "digitalisation", scores: { ...path, national: 5 } },
      ],
      { finalQuotas: { "social-policy": 1, digitalisation: 1 } },
    );
    // RESERVE_SECTORS order: social-policy (1st) before digitalisation (4th)
    expect(r2.awaitingCommission).toEqual(["s1", "s2", "d1", "d2"]);
    const x2 = indexOf(r2);
    expect(x2.awaitingFrom[RESERVE_SECTORS.indexOf("social-policy")]).toBe(0);
    expect(x2.awaitingFrom[dig]).toBe(2);
    for (const id of r2.awaitingCommission) expect(explainReserveCandidate(r2, id).outcome).toBe("awaiting-commission");
  });
});
