import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { exactKeys, rankTop, selectTop, sortByKeyDesc } from "../../src/internal/rank.js";

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
