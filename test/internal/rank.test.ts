// src/internal/rank.ts: the exact ranking core of R-PYR-3 / R-SEL-5 (competition ranking 1, 2, 2, 4; a
// quota with a tie policy): exactKeys, sortByKeyDesc, selectTop, sortTiesWithin, rankTop.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { exactKeys, rankTop, selectTop, sortByKeyDesc, sortTiesWithin } from "../../src/internal/rank.js";

const d = (s: string | number) => new Decimal(s);
const items = (pairs: [string, string | number][]) => pairs.map(([id, s]) => ({ id, score: d(s) }));

describe("R-PYR-3 / R-SEL-5 ranking core", () => {
  it("R-PYR-3 competition ranking 1, 2, 2, 4 and ties by id whatever the input order", () => {
    // scores: b 9, a 8, c 8, d 7 → ranks b 1, a 2, c 2, d 4 (by hand)
    const r = rankTop(items([["d", 7], ["c", 8], ["b", 9], ["a", 8]]), 10, "admit-all");
    expect(r.ranking.map((x) => [x.id, x.rank])).toEqual([["b", 1], ["a", 2], ["c", 2], ["d", 4]]);
    expect(r.admitted).toEqual(["b", "a", "c", "d"]);
    expect(r.tied).toEqual([]);
  });

  it("R-PYR-3 a tie straddling the quota: admit-all admits the group, strict and final report it", () => {
    // scores 10, 9, 9, 9, 5 with quota 2: places 2 and 3 are both 9 → the 9s straddle
    const input = items([["e", 5], ["c", 9], ["a", 10], ["d", 9], ["b", 9]]);
    const all = rankTop(input, 2, "admit-all");
    expect(all.admitted).toEqual(["a", "b", "c", "d"]);
    expect(all.tied).toEqual(["b", "c", "d"]);
    expect(all.tiedAdmitted).toBe(true);
    expect(all.cutoff?.toString()).toBe("9");
    for (const policy of ["strict", "final"] as const) {
      const s = rankTop(input, 2, policy);
      expect(s.admitted).toEqual(["a"]);
      expect(s.tied).toEqual(["b", "c", "d"]);
      expect(s.tiedAdmitted).toBe(false);
      expect(s.cutoff?.toString()).toBe("10");
      expect(s.tiedScore?.toString()).toBe("9");
    }
  });

  it("R-PYR-3 no straddle when the boundary falls between two scores; quota 0; fewer items than the quota", () => {
    const input = items([["a", 3], ["b", 2], ["c", 2], ["d", 1]]);
    expect(rankTop(input, 3, "strict").admitted).toEqual(["a", "b", "c"]);
    expect(rankTop(input, 3, "strict").tied).toEqual([]);
    expect(rankTop(input, 0, "admit-all").admitted).toEqual([]);
    expect(rankTop(input, 0, "admit-all").cutoff).toBeUndefined();
    expect(rankTop(input, 9, "final").admitted).toEqual(["a", "b", "c", "d"]);
    expect(rankTop([], 3, "final")).toMatchObject({ admitted: [], tied: [] });
  });

  it("R-PYR-3 exact keys: decimals scaled by one power of ten; bigints past 15 digits", () => {
    // 4.5 and "4.50" are equal; 1/3 to 40 digits is below 0.3333333334
    const k = exactKeys([d("4.5"), d("4.50"), d("0.3333333334"), d(2)]);
    expect(k.scale).toBe(10);
    expect(k.keys).toEqual([45000000000, 45000000000, 3333333334, 20000000000]);
    const third = new Decimal(1).div(3); // 0.3333… (20 significant digits with the global default)
    const big = exactKeys([third, d("0.3333333334")]);
    expect(typeof big.keys[0]).toBe("bigint");
    expect((big.keys[0] as bigint) < (big.keys[1] as bigint)).toBe(true);
  });

  it("R-PYR-3 exact: values a float cannot tell apart are ranked apart", () => {
    // 0.1 + 0.2 style: 1234567890.123456789 vs …788 are the same double, not the same decimal
    expect(Number("1234567890.123456789")).toBe(Number("1234567890.123456788"));
    const r = rankTop(items([["x", "1234567890.123456788"], ["y", "1234567890.123456789"]]), 1, "strict");
    expect(r.admitted).toEqual(["y"]);
    expect(r.tied).toEqual([]);
  });

  fcTest.prop([fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 })])(
    "R-PYR-3 property: the packed sort, the comparator sort and the bigint sort agree (key desc, position asc)",
    (ks) => {
      const packed = Array.from(sortByKeyDesc(ks));
      const spread = ks.map((k) => k * 2 ** 45); // spread × m above 2^53 → comparator path
      const comparator = Array.from(sortByKeyDesc(spread));
      const bigint = Array.from(sortByKeyDesc(ks.map((k) => BigInt(k))));
      const expected = ks.map((k, i) => [k, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map((x) => x[1]);
      expect(packed).toEqual(expected);
      expect(comparator).toEqual(expected);
      expect(bigint).toEqual(expected);
    },
  );

  fcTest.prop([
    fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }),
    fc.integer({ min: 0, max: 45 }),
    fc.constantFrom("admit-all" as const, "strict" as const, "final" as const),
  ])("R-PYR-3 property: admitted = those with fewer than q strictly better (admit-all) / at most q at or above (strict)", (ks, q, policy) => {
    const sel = selectTop(ks, q, policy);
    const admitted = new Set(Array.from(sel.order.slice(0, sel.admitted)));
    ks.forEach((k, i) => {
      const better = ks.filter((x) => x > k).length;
      const atLeast = ks.filter((x) => x >= k).length;
      const expected = q > 0 && (policy === "admit-all" ? better < q : atLeast <= q);
      expect(admitted.has(i)).toBe(expected);
    });
    if (policy !== "admit-all") expect(sel.admitted).toBeLessThanOrEqual(q);
  });
});

// Tests added to kill the mutants of src/internal/rank.ts that survived the mutation run of
// 2026-11-23 (docs/quality.md). Expected values are worked out by hand from the rule the core
// implements (R-PYR-3 / R-SEL-5: competition ranking 1, 2, 2, 4; a quota with a tie policy), never
// copied from the code's output.
describe("R-PYR-3 / R-SEL-5 ranking core — boundaries", () => {
  it("R-PYR-3 exact keys: 15 digits stay numbers, 16 digits become bigints; the sign is not a digit", () => {
    // 123456789012345 has 15 digits (< 10^15 < 2^53): a number key
    expect(exactKeys([d("123456789012345")]).keys).toEqual([123456789012345]);
    // −123456789012345: still 15 digits (the minus sign is not counted) → a number key
    expect(exactKeys([d("-123456789012345")]).keys).toEqual([-123456789012345]);
    // 1234567890123456: 16 digits → bigint
    expect(exactKeys([d("1234567890123456")]).keys).toEqual([1234567890123456n]);
    // 1.5 and 2 → one decimal place: keys 15 and 20, scale 1
    expect(exactKeys([d("1.5"), d(2)])).toEqual({ keys: [15, 20], scale: 1 });
    // 12345678901234.5 → 15 digits once the point is moved: number; ….55 → 16 digits: bigint
    expect(exactKeys([d("12345678901234.5")]).keys).toEqual([123456789012345]);
    expect(typeof exactKeys([d("12345678901234.55")]).keys[0]).toBe("bigint");
  });

  it("R-PYR-3 sorting: key descending, equal keys by position; a wide spread of keys", () => {
    // keys 3, 1, 3, 2 → positions 0, 2 (both 3, by position), 3 (2), 1 (1)
    expect(Array.from(sortByKeyDesc([3, 1, 3, 2]))).toEqual([0, 2, 3, 1]);
    expect(Array.from(sortByKeyDesc([3n, 1n, 3n, 2n]))).toEqual([0, 2, 3, 1]);
    // spread 2^50 with 16 positions: (2^50 + 1) × 16 > 2^53, so a packed float would not be exact;
    // the order must still be exact: the 2^50 keys first (positions 0, 3), then the zeros by position
    const big = 2 ** 50;
    const ks = [big, 0, 0, big, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(Array.from(sortByKeyDesc(ks))).toEqual([0, 3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(Array.from(sortByKeyDesc([]))).toEqual([]);
  });

  it("R-PYR-3 selectTop: exactly q items, a tie wholly inside, a tie from the first place", () => {
    // 3 items, quota 3: all admitted, nothing tied
    expect(selectTop([5, 4, 3], 3, "strict")).toMatchObject({ admitted: 3, tiedFrom: 3, tiedTo: 3, tiedAdmitted: false });
    // quota 0 with items: nobody, nothing tied
    expect(selectTop([5, 4, 3], 0, "admit-all")).toMatchObject({ admitted: 0, tiedFrom: 0, tiedTo: 0, tiedAdmitted: false });
    // 5, 5, 5 with quota 2: the tie starts at place 1 → strict admits 0 and reports places 0–2;
    // admit-all admits all 3
    expect(selectTop([5, 5, 5], 2, "strict")).toMatchObject({ admitted: 0, tiedFrom: 0, tiedTo: 3, tiedAdmitted: false });
    expect(selectTop([5, 5, 5], 2, "final")).toMatchObject({ admitted: 0, tiedFrom: 0, tiedTo: 3, tiedAdmitted: false });
    expect(selectTop([5, 5, 5], 2, "admit-all")).toMatchObject({ admitted: 3, tiedFrom: 0, tiedTo: 3, tiedAdmitted: true });
    // 9, 7, 7, 7, 1 with quota 2: the 7s occupy places 2–4 → tied group [1, 4)
    const s = selectTop([9, 7, 7, 7, 1], 2, "admit-all");
    expect(s).toMatchObject({ admitted: 4, tiedFrom: 1, tiedTo: 4, tiedAdmitted: true });
    expect(Array.from(s.ranks)).toEqual([1, 2, 2, 2, 5]);
  });

  it("R-PYR-3 sortTiesWithin orders each run of equal ranks inside [from, to) only", () => {
    // ranks 1, 2, 2, 2, 5 over places 0–4; sort by position descending, only inside [1, 3):
    // places 1 and 2 swap; place 3 (same rank, outside `to`) and the others stay
    const order = Uint32Array.from([0, 1, 2, 3, 4]);
    sortTiesWithin(order, Uint32Array.from([1, 2, 2, 2, 5]), 1, 3, (a, b) => b - a);
    expect(Array.from(order)).toEqual([0, 2, 1, 3, 4]);
    // from = 2: place 1 is outside, places 2 and 3 swap
    const o2 = Uint32Array.from([0, 1, 2, 3, 4]);
    sortTiesWithin(o2, Uint32Array.from([1, 2, 2, 2, 5]), 2, 5, (a, b) => b - a);
    expect(Array.from(o2)).toEqual([0, 1, 3, 2, 4]);
    // the whole range: the run of three is reversed
    const o3 = Uint32Array.from([0, 1, 2, 3, 4]);
    sortTiesWithin(o3, Uint32Array.from([1, 2, 2, 2, 5]), 0, 5, (a, b) => b - a);
    expect(Array.from(o3)).toEqual([0, 3, 2, 1, 4]);
  });

  it("R-PYR-3 rankTop: cut-off and tied score; ids in reverse input order come out sorted", () => {
    // z 1, y 2, x 2, w 3 (input reversed): ranks w 1, x 2, y 2, z 4; quota 2 → the 2s straddle
    // places 2–3 → strict: admitted [w], tied [x, y] at 2, cut-off 3
    const r = rankTop([{ id: "z", score: d(1) }, { id: "y", score: d(2) }, { id: "x", score: d(2) }, { id: "w", score: d(3) }], 2, "strict");
    expect(r.ranking.map((x) => [x.id, x.rank])).toEqual([["w", 1], ["x", 2], ["y", 2], ["z", 4]]);
    expect(r.admitted).toEqual(["w"]);
    expect(r.tied).toEqual(["x", "y"]);
    expect(r.cutoff?.toString()).toBe("3");
    expect(r.tiedScore?.toString()).toBe("2");
    // no tie → no tiedScore key at all
    const n = rankTop([{ id: "b", score: d(2) }, { id: "a", score: d(1) }], 1, "strict");
    expect(n.admitted).toEqual(["b"]);
    expect("tiedScore" in n).toBe(false);
    expect("cutoff" in rankTop([{ id: "a", score: d(1) }], 0, "strict")).toBe(false);
  });

  it("R-PYR-3 exactness with a wide spread of keys, whatever their order and sign", () => {
    // a 17-digit score then a 1-digit one: 17 digits > 15 → bigint keys, exact (a double would
    // turn 12345678901234567 into …568)
    expect(exactKeys([d("12345678901234567"), d(1)]).keys).toEqual([12345678901234567n, 1n]);
    // keys 2^50 except a 0 at position 1 (16 items): the spread (2^50 + 1) × 16 exceeds 2^53, so the
    // order must come out exact: the fifteen 2^50 keys by position, then position 1
    const big = 2 ** 50;
    const ks = Array.from({ length: 16 }, (_, i) => (i === 1 ? 0 : big));
    expect(Array.from(sortByKeyDesc(ks))).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 1]);
    // keys ±2^50: spread 2^51 × 4 = 2^53 + … → still exact: the two 2^50 first (positions 0, 3), then 1, 2
    expect(Array.from(sortByKeyDesc([big, -big, -big, big]))).toEqual([0, 3, 1, 2]);
  });

  it("R-PYR-3 no tie at the boundary: nothing tied, and tiedAdmitted is false under every policy", () => {
    // 5, 4, 3 with quota 2: the 2nd (4) and 3rd (3) differ → exactly two admitted, no tie
    for (const policy of ["admit-all", "strict", "final"] as const) {
      expect(selectTop([5, 4, 3], 2, policy)).toMatchObject({ admitted: 2, tiedFrom: 2, tiedTo: 2, tiedAdmitted: false });
    }
    const r = rankTop([{ id: "a", score: d(2) }, { id: "b", score: d(1) }], 1, "admit-all");
    expect(r).toMatchObject({ admitted: ["a"], tied: [], tiedAdmitted: false });
  });
});
