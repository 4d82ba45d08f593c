// Tests of src/eligibility/reserve/funnel/run-stages.ts: the stages of runReserveFunnel (R-PYR-3) —
// quotas per stage and sector (50 % of block 1, fixed, the National Commission's), ties, who left
// and why, the last step that never exceeds its quota, and a missing entry for a stage reached.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import {
  RESERVE_QUOTAS,
  RESERVE_SECTORS,
  RESERVE_STAGES,
  explainReserveCandidate,
  runReserveFunnel,
  type ReserveCandidate,
  type ReserveFunnelOptions,
  type ReserveStageEntry,
} from "../../../../src/index.js";
import { cand, D, expectRuleInputError, finalists, optionsArb, path, population, SP, type Scores } from "../../../support/reserve.js";

/** Stage entries that end the funnel at `numeric` (absent there) after a text score. */
const textOnly = (text: ReserveStageEntry): Scores => ({ text, numeric: { status: "absent" } });

describe("R-PYR-3 runReserveFunnel — the stages: worked examples", () => {
  it("R-PYR-3 text → numeric: 50 % of an odd base, rounded up (default) and down; absent/excluded/null not in the base", () => {
    // digitalisation: a 20, b 18, c 15, d 12, e 10 completed block 1 (5); f null, g absent, h excluded → not in the base
    // up: ⌈5/2⌉ = 3 → a, b, c (cut-off 15); down: ⌊5/2⌋ = 2 → a, b (cut-off 18)
    const cs = [
      cand("c", D, textOnly(15)),
      cand("a", D, textOnly(20)),
      cand("e", D, textOnly(10)),
      cand("b", D, textOnly("18")),
      cand("d", D, textOnly(new Decimal(12))),
      cand("f", D, { text: null }),
      cand("g", D, { text: { status: "absent" } }),
      cand("h", D, { text: { status: "excluded", ground: "proctoring-violation" } }),
    ];
    const up = runReserveFunnel(cs);
    const t = up.stages[0]!;
    expect(t.stage).toBe("text");
    expect(t.next).toBe("numeric");
    expect(t.admitted).toEqual(["a", "b", "c"]);
    expect(t.bySector[D]).toMatchObject({ quota: 3, competed: 5, admitted: 3, tied: [], tiedAdmitted: false });
    expect(t.bySector[D].cutoff?.toString()).toBe("15");
    expect(t.bySector[D].left).toEqual({ total: 3, absent: 1, excluded: 1, unspecified: 1, grounds: { "proctoring-violation": 1 } });
    // the other sectors are present and empty
    expect(t.bySector[SP]).toMatchObject({ quota: 0, competed: 0, admitted: 0, tied: [] });
    // numeric: the three are absent there
    expect(up.stages[1]!.bySector[D].left.absent).toBe(3);
    expect(up.reserve).toEqual([]);

    const down = runReserveFunnel(cs, { halfRounding: "down" });
    expect(down.stages[0]!.admitted).toEqual(["a", "b"]);
    expect(down.stages[0]!.bySector[D].quota).toBe(2);
    expect(down.stages[0]!.bySector[D].cutoff?.toString()).toBe("18");
    // c has no numeric score... it does (absent): under "down" it never reached numeric, so it is ignored
  });

  it("R-PYR-3 a tie at the 50 % boundary: admit-all admits it, strict leaves it out and reports it", () => {
    // 6 completed: a 20, b 18, c 18, d 18, e 10, f 9 → quota 3; places 2–4 are all 18: the 18s straddle
    // admit-all: a + b, c, d = 4 (cut-off 18); strict: a only (cut-off 20), tied b, c, d
    const cs = [
      cand("f", SP, textOnly(9)),
      cand("d", SP, textOnly(18)),
      cand("a", SP, textOnly(20)),
      cand("c", SP, textOnly(18)),
      cand("e", SP, textOnly(10)),
      cand("b", SP, textOnly(18)),
    ];
    const all = runReserveFunnel(cs);
    expect(all.stages[0]!.admitted).toEqual(["a", "b", "c", "d"]);
    expect(all.stages[0]!.bySector[SP]).toMatchObject({ quota: 3, admitted: 4, tied: ["b", "c", "d"], tiedAdmitted: true });
    const strict = runReserveFunnel(cs, { ties: "strict" });
    expect(strict.stages[0]!.admitted).toEqual(["a"]);
    expect(strict.stages[0]!.bySector[SP]).toMatchObject({ quota: 3, admitted: 1, tied: ["b", "c", "d"], tiedAdmitted: false });
    expect(strict.stages[0]!.bySector[SP].cutoff?.toString()).toBe("20");
    expect(strict.stages[0]!.bySector[SP].tiedScore?.toString()).toBe("18");
    const why = explainReserveCandidate(strict, "c");
    expect(why).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 2, tie: true, quota: 3, competed: 6 });
    expect(why.summary).toMatch(/tied with 2 other/);
  });

  it("R-PYR-3 the last step never exceeds its quota: a tie across the 9th place is left to the National Commission", () => {
    // social-policy quota 9; national scores 15,14,13,12,11,10,9,8 (f00–f07) and 7,7,7 (f08–f10)
    // 9th and 10th places are both 7 → the three 7s straddle → 8 enter, 3 await the Commission, under either ties option
    const cs = finalists([15, 14, 13, 12, 11, 10, 9, 8, 7, 7, 7]);
    for (const ties of ["admit-all", "strict"] as const) {
      const r = runReserveFunnel(cs, { ties });
      const last = r.stages[6]!;
      expect(last.stage).toBe("national");
      expect(last.next).toBe("reserve");
      expect(last.bySector[SP]).toMatchObject({ quota: 9, competed: 11, admitted: 8, tied: ["f08", "f09", "f10"], tiedAdmitted: false });
      expect(last.bySector[SP].cutoff?.toString()).toBe("8");
      expect(last.bySector[SP].tiedScore?.toString()).toBe("7");
      expect(r.reserve).toEqual(["f00", "f01", "f02", "f03", "f04", "f05", "f06", "f07"]);
      expect(r.awaitingCommission).toEqual(["f08", "f09", "f10"]);
      const w = explainReserveCandidate(r, "f09");
      expect(w).toMatchObject({ outcome: "awaiting-commission", stage: "national", rank: 9, tie: true, quota: 9 });
      expect(w.reached).toEqual(RESERVE_STAGES);
      expect(explainReserveCandidate(r, "f00")).toMatchObject({ outcome: "reserve", rank: 1 });
    }
    // every earlier stage admitted all 11 (fewer than each quota: 100, 54, 36, 27, 18)
    const r = runReserveFunnel(cs);
    expect(r.stages.slice(1, 6).map((s) => s.bySector[SP].admitted)).toEqual([11, 11, 11, 11, 11]);
    expect(r.stages[0]!.bySector[SP]).toMatchObject({ quota: 11, competed: 22, admitted: 11 });
  });

  it("R-PYR-3 the National Commission's revised quotas (finalQuotas)", () => {
    const cs = finalists([15, 14, 13, 12, 11, 10, 9, 8, 7, 7, 7]);
    // 11 ≥ 11 candidates → all enter; 10 → the 7s still straddle places 10–11 → 8 enter; 8 → boundary between 8 and 7 → 8 enter, no tie
    // (R-PYR-3 cap: a revision up is paid by another sector, so the total stays ≤ 50:
    // 11 + 8 + 5 + 9 + 9 + 8 = 50; 10 + 8 + 6 + 9 + 9 + 8 = 50)
    expect(runReserveFunnel(cs, { finalQuotas: { "social-policy": 11, "economic-financial-policy": 5 } }).reserve).toHaveLength(11);
    const ten = runReserveFunnel(cs, { finalQuotas: { "social-policy": 10, "economic-financial-policy": 6 } });
    expect(ten.reserve).toHaveLength(8);
    expect(ten.awaitingCommission).toEqual(["f08", "f09", "f10"]);
    const eight = runReserveFunnel(cs, { finalQuotas: { "social-policy": 8 } });
    expect(eight.reserve).toHaveLength(8);
    expect(eight.awaitingCommission).toEqual([]);
    expect(eight.options.finalQuotas).toEqual({ ...(RESERVE_QUOTAS.national.kind === "fixed" ? RESERVE_QUOTAS.national.perSector : {}), "social-policy": 8 });
    const zero = runReserveFunnel(cs, { finalQuotas: { "social-policy": 0 } });
    expect(zero.reserve).toEqual([]);
    expect(explainReserveCandidate(zero, "f00").summary).toMatch(/nobody was admitted \(quota 0\)/);
  });

  it("R-PYR-3 a sector with fewer candidates than its quota admits them all; exclusions counted by ground at a later stage", () => {
    // situational → assessment quota for economic-financial-policy is 42; 3 reach it, 1 excluded there
    const E = "economic-financial-policy";
    const cs = [
      cand("p", E, { text: 20, numeric: 20, situational: "4.6666666666666666666666666666666666666667", assessment: 3, interview: null }),
      cand("q", E, { text: 19, numeric: 19, situational: "4.5", assessment: { status: "excluded", ground: "failed-verification" } }),
      cand("r", E, { text: 18, numeric: 18, situational: "4.50", assessment: { status: "excluded" } }),
      cand("s", E, { text: 1 }),
      cand("t", E, { text: 1 }),
      cand("u", E, { text: 0 }),
    ];
    const r = runReserveFunnel(cs);
    // text: 6 completed → quota 3: p, q, r (20, 19, 18); numeric: 3 < 100 → all; situational: 3 < 42 → all
    expect(r.stages[0]!.admitted).toEqual(["p", "q", "r"]);
    expect(r.stages[2]!.bySector[E]).toMatchObject({ quota: 42, competed: 3, admitted: 3 });
    // "4.5" and "4.50" are equal: q and r share rank 2
    expect(explainReserveCandidate(r, "p").stage).toBe("interview");
    expect(r.stages[3]!.bySector[E].left).toEqual({ total: 2, absent: 0, excluded: 2, unspecified: 0, grounds: { "failed-verification": 1 } });
    const q = explainReserveCandidate(r, "q");
    expect(q).toMatchObject({ outcome: "left", stage: "assessment", status: "excluded", ground: "failed-verification" });
    expect(q.summary).toMatch(/failed-verification/);
    expect(explainReserveCandidate(r, "p")).toMatchObject({ outcome: "left", status: "unspecified" });
    expect(explainReserveCandidate(r, "u")).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 6, competed: 6, quota: 3 });
    expect(explainReserveCandidate(r, "u").summary).toMatch(/cut-off 18/);
  });
});

describe("R-PYR-3 runReserveFunnel — the stages: a stage reached needs an entry", () => {
  it("R-PYR-3 a missing entry for a stage the candidate reached", () => {
    const cs = [cand("a", D, { text: 20 }), cand("b", D, { text: 10 })];
    const e = expectRuleInputError(() => runReserveFunnel(cs), /R-PYR-3/, /candidate "a"/, /numeric/);
    expect(e.issues[0]!.field).toBe("candidates[0].scores.numeric");
  });
});

describe("R-PYR-3 runReserveFunnel — the stages: tied outcomes", () => {
  // mutation run: pins the tied group's bounds (its first member is tied too)
  it("R-PYR-3 ties strict: the first of the tied group (by id) is also reported as tied", () => {
    // social-policy text a 20, b/c/d 18, e 10, f 9 → quota ⌈6/2⌉ = 3; the 18s take places 2–4 and
    // straddle the quota → strict admits a only; b, c, d are all tied (rank 2)
    const cs = [cand("a", SP, { text: 20, numeric: null }), ...["b", "c", "d"].map((id) => cand(id, SP, { text: 18 })), cand("e", SP, { text: 10 }), cand("f", SP, { text: 9 })];
    const r = runReserveFunnel(cs, { ties: "strict" });
    for (const id of ["b", "c", "d"]) expect(explainReserveCandidate(r, id)).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 2, tie: true });
    expect(explainReserveCandidate(r, "e")).toMatchObject({ outcome: "not-admitted", rank: 5, tie: false });
  });

  it("R-PYR-3 the last step: the first of the tied group awaits the National Commission", () => {
    // national a 3, b/c 2 with quota 2 → a enters; b and c straddle places 2–3 → both await
    const cs = [cand("a", SP, path(1, 3)), cand("b", SP, path(1, 2)), cand("c", SP, path(1, 2))];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 2 } });
    expect(r.awaitingCommission).toEqual(["b", "c"]);
    expect(explainReserveCandidate(r, "b")).toMatchObject({ outcome: "awaiting-commission", rank: 2, tie: true });
  });
});

/** An independent model: per stage and sector, admitted iff fewer than q strictly better (admit-all) or at most q at or above (strict). */
function model(cs: readonly ReserveCandidate[], o: ReserveFunnelOptions): string[][] {
  const final = { ...(RESERVE_QUOTAS.national.kind === "fixed" ? RESERVE_QUOTAS.national.perSector : {}), ...o.finalQuotas } as Record<string, number>;
  let reached = [...cs];
  const out: string[][] = [];
  RESERVE_STAGES.forEach((stage) => {
    const next: ReserveCandidate[] = [];
    for (const sector of RESERVE_SECTORS) {
      const comp = reached.filter((c) => c.sector === sector && typeof c.scores[stage] === "number");
      const sc = (c: ReserveCandidate) => c.scores[stage] as number;
      const def = RESERVE_QUOTAS[stage];
      const q = def.kind === "half" ? (o.halfRounding === "down" ? Math.floor(comp.length / 2) : Math.ceil(comp.length / 2)) : stage === "national" ? final[sector]! : def.perSector[sector];
      const strict = stage === "national" || o.ties === "strict";
      for (const c of comp) {
        const better = comp.filter((x) => sc(x) > sc(c)).length;
        const atLeast = comp.filter((x) => sc(x) >= sc(c)).length;
        if (q > 0 && (strict ? atLeast <= q : better < q)) next.push(c);
      }
    }
    out.push(next.map((c) => c.id).sort());
    reached = next;
  });
  return out;
}

const reachedIndex = (r: ReturnType<typeof runReserveFunnel>, id: string) => RESERVE_STAGES.indexOf(explainReserveCandidate(r, id).stage);

describe("R-PYR-3 runReserveFunnel — the stages: properties", () => {
  fcTest.prop([population, optionsArb], { numRuns: 60 })("R-PYR-3 property: agrees with an independent counting model", (cs, o) => {
    const r = runReserveFunnel(cs, o);
    const m = model(cs, o);
    r.stages.forEach((s, k) => expect([...s.admitted].sort()).toEqual(m[k]));
  });

  fcTest.prop([population, optionsArb], { numRuns: 60 })(
    "R-PYR-3 property: no selection stage exceeds its quota except by a tie under admit-all; strict never; the last stage never",
    (cs, o) => {
      const r = runReserveFunnel(cs, o);
      for (const s of r.stages) {
        for (const sec of RESERVE_SECTORS) {
          const b = s.bySector[sec];
          if (s.stage === "national" || o.ties === "strict") expect(b.admitted).toBeLessThanOrEqual(b.quota);
          if (b.admitted > b.quota) {
            expect(b.tiedAdmitted).toBe(true);
            expect(b.admitted - b.tied.length).toBeLessThan(b.quota);
          }
        }
      }
      const last = r.stages[6]!;
      expect(last.admitted.length).toBeLessThanOrEqual(RESERVE_SECTORS.reduce((a, s) => a + last.bySector[s].quota, 0));
      for (const id of r.awaitingCommission) expect(explainReserveCandidate(r, id).outcome).toBe("awaiting-commission");
    },
  );

  fcTest.prop([population.filter((p) => p.length > 0), optionsArb, fc.nat(), fc.constantFrom(...RESERVE_STAGES), fc.integer({ min: 1, max: 3 })], { numRuns: 80 })(
    "R-PYR-3 property: raising one candidate's score at one stage never removes them from a stage they reached",
    (cs, o, pick, stage, by) => {
      const k = pick % cs.length;
      const c = cs[k]!;
      const v = c.scores[stage];
      if (typeof v !== "number") return;
      const max = stage === "text" || stage === "numeric" ? 25 : stage === "situational" ? 5 : 100;
      const raised = cs.map((x, i) => (i === k ? { ...x, scores: { ...x.scores, [stage]: Math.min(max, v + by) } } : x));
      const before = runReserveFunnel(cs, o);
      const after = runReserveFunnel(raised, o);
      expect(reachedIndex(after, c.id)).toBeGreaterThanOrEqual(reachedIndex(before, c.id));
      const inReserve = (r: typeof before) => r.reserve.includes(c.id);
      if (inReserve(before)) expect(inReserve(after)).toBe(true);
    },
  );
});
