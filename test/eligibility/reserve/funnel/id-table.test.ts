// Tests of src/eligibility/reserve/funnel/id-table.ts: the funnel's (R-PYR-3) id → position table,
// which finds duplicate ids and answers the explanations' lookups, in time linear in the ids.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { IdTable } from "../../../../src/eligibility/reserve/funnel/id-table.js";

describe("R-PYR-3 the id table", () => {
  it("R-PYR-3 a duplicate id answers the position of its first holder; get finds every id", () => {
    const ids = ["b", "a", "c", "a"];
    const t = new IdTable(ids, ids.length, 7);
    expect(ids.map((id, i) => t.add(id, i))).toEqual([-1, -1, -1, 1]);
    expect([t.get("a"), t.get("b"), t.get("c"), t.get("d")]).toEqual([1, 0, 2, undefined]);
  });

  it("R-PYR-3 long probes move the table to a Map, and nothing is lost (16 slots, 40 ids)", () => {
    // capacity 1 → 16 slots; from the 17th id every probe runs past 16 slots: the table moves
    const ids = Array.from({ length: 40 }, (_, i) => `id${i}`);
    const t = new IdTable(ids, 1, 1);
    ids.forEach((id, i) => expect(t.add(id, i)).toBe(-1));
    expect(t.usesMap).toBe(true);
    expect(t.add("id3", 3)).toBe(3);
    ids.forEach((id, i) => expect(t.get(id)).toBe(i));
    expect(t.get("nope")).toBeUndefined();
  });

  fcTest.prop([fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.integer()])(
    "R-PYR-3 property: the table agrees with a Map (first position of each id), whatever the seed",
    (ids, seed) => {
      const t = new IdTable(ids, ids.length, seed);
      const m = new Map<string, number>();
      ids.forEach((id, i) => {
        expect(t.add(id, i)).toBe(m.get(id) ?? -1);
        if (!m.has(id)) m.set(id, i);
      });
      for (const [id, i] of m) expect(t.get(id)).toBe(i);
    },
  );
});
