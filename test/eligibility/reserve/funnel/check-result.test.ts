// Tests of src/eligibility/reserve/funnel/check-result.ts: the check explainReserveCandidate (R-PYR-3)
// makes of the result it is given against the index sealed for it — the exact issue of each kind of
// check, that no list is scanned and no field read twice, the order of the checks, and sameDecimal.
// (Every alteration of issue 23, item 5 through both explanations: explain-candidate.test.ts and
// test/explain/explain-reserve-outcome.test.ts.)
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { explainReserveCandidate, runReserveFunnel } from "../../../../src/index.js";
import { ALTERED, sameDecimal } from "../../../../src/eligibility/reserve/funnel/check-result.js";
import { allIssues } from "../../../support/first-issue.js";
import { at, fixture, loose } from "../../../support/altered-result.js";

const RULE = "R-PYR-3";

describe("R-PYR-3 checkSkeleton / checkCandidate — the issue of each kind of check", () => {
  it("R-PYR-3 an object expected: the field, the value found, what it should be", () => {
    const r = fixture();
    (r.stages as unknown[])[4] = "interview";
    expect(allIssues(() => explainReserveCandidate(r, "x1"))).toEqual([
      { field: "result.stages[4]", value: "interview", rule: RULE, message: `${ALTERED}: expected the result of the stage "interview"` },
    ]);
    const q = fixture();
    loose(q).options = null;
    expect(allIssues(() => explainReserveCandidate(q, "x1"))).toEqual([{ field: "result.options", value: null, rule: RULE, message: `${ALTERED}: expected the options applied` }]);
  });

  it("R-PYR-3 a list expected: its length as produced, counted in ids", () => {
    const r = fixture();
    (r.awaitingCommission as string[]).push("x1");
    expect(allIssues(() => explainReserveCandidate(r, "x1"))).toEqual([
      { field: "result.awaitingCommission", value: r.awaitingCommission, rule: RULE, message: `${ALTERED}: expected the list of the ids awaiting the National Commission (2 ids)` },
    ]);
    const q = fixture();
    loose(q).reserve = "f1";
    expect(allIssues(() => explainReserveCandidate(q, "x1"))[0]!.message).toBe(`${ALTERED}: expected the list of the ids who entered the Reserve (1 id)`);
  });

  it("R-PYR-3 a value expected: shown as given by the funnel (strings quoted); an absent field expects no value", () => {
    const r = fixture();
    at(r, "stages", 6).next = "national";
    expect(allIssues(() => explainReserveCandidate(r, "x1"))).toEqual([
      { field: "result.stages[6].next", value: "national", rule: RULE, message: `${ALTERED}: expected "reserve"` },
    ]);
    const q = fixture();
    at(q, "stages", 0, "bySector", "digitalisation", "left", "grounds")["false-information"] = 0;
    expect(allIssues(() => explainReserveCandidate(q, "x1"))).toEqual([
      { field: 'result.stages[0].bySector.digitalisation.left.grounds["false-information"]', value: 0, rule: RULE, message: `${ALTERED}: expected no value` },
    ]);
  });

  it("R-PYR-3 a Decimal expected: by value (an equal Decimal of the caller's passes); a cut-off where none was produced is an alteration", () => {
    const r = fixture();
    at(r, "stages", 0, "bySector", "digitalisation").cutoff = new Decimal("25.000");
    expect(explainReserveCandidate(r, "x1").cutoff?.toString()).toBe("25");
    at(r, "stages", 0, "bySector", "digitalisation").cutoff = new Decimal("25.5");
    expect(allIssues(() => explainReserveCandidate(r, "x1"))[0]).toMatchObject({ field: "result.stages[0].bySector.digitalisation.cutoff", message: `${ALTERED}: expected the Decimal 25` });
    const q = fixture();
    at(q, "stages", 0, "bySector", "digitalisation").tiedScore = new Decimal(1);
    expect(allIssues(() => explainReserveCandidate(q, "x1"))[0]).toMatchObject({ field: "result.stages[0].bySector.digitalisation.tiedScore", message: `${ALTERED}: expected no value` });
  });

  it("R-PYR-3 an id expected at the candidate's place: the place in the path, the id quoted", () => {
    const r = fixture();
    (r.stages[6]!.bySector.digitalisation.tied as string[])[1] = "f1";
    expect(allIssues(() => explainReserveCandidate(r, "f3"))).toEqual([
      { field: "result.stages[6].bySector.digitalisation.tied[1]", value: "f1", rule: RULE, message: `${ALTERED}: expected "f3"` },
    ]);
    expect(explainReserveCandidate(r, "f2").outcome).toBe("awaiting-commission"); // f2 stands at place 0, untouched
  });

  it("R-PYR-3 the skeleton is checked before the id: an altered result with an unknown id names the alteration", () => {
    const r = fixture();
    (r.stages as unknown[]).pop();
    expect(allIssues(() => explainReserveCandidate(r, "nobody"))[0]!.field).toBe("result.stages");
    expect(allIssues(() => explainReserveCandidate(fixture(), "nobody"))[0]!.field).toBe("id");
  });
});

describe("R-PYR-3 the check's cost — constant, whatever the size of the run", () => {
  /** `list` behind a Proxy that counts the reads of its items. */
  const counted = (list: readonly string[]) => {
    const reads = { n: 0 };
    const proxy = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { proxy, reads };
  };

  it("R-PYR-3 a list of 20,000 or more admitted ids: explaining one candidate reads at most its own place, never the list", () => {
    const cs = Array.from({ length: 40_000 }, (_, k) => ({ id: `c${k}`, sector: "digitalisation" as const, scores: { text: k % 26, numeric: { status: "absent" as const } } }));
    const r = runReserveFunnel(cs);
    const { proxy, reads } = counted(r.stages[0]!.admitted);
    loose(r.stages[0]).admitted = proxy;
    explainReserveCandidate(r, "c25"); // admitted at block 1: its place is read
    expect(reads.n).toBe(1);
    explainReserveCandidate(r, "c0"); // stopped at block 1
    expect(reads.n).toBe(1);
  });

  it("R-PYR-3 each field is read once (a getter answering differently on a second read cannot slip past)", () => {
    const r = fixture();
    const entry = at(r, "stages", 0, "bySector", "digitalisation");
    let reads = 0;
    const competed = entry.competed;
    Object.defineProperty(entry, "competed", { get: () => (reads++ === 0 ? competed : "changed"), enumerable: true });
    const stagesReads = { n: 0 };
    const stages = r.stages;
    Object.defineProperty(r, "stages", { get: () => (stagesReads.n++ === 0 ? stages : null), enumerable: true });
    expect(explainReserveCandidate(r, "x1").competed).toBe(6);
    expect([reads, stagesReads.n]).toEqual([1, 1]);
  });
});

describe("R-PYR-3 sameDecimal — a Decimal's value compared as data", () => {
  const want = new Decimal("9.5");
  it("R-PYR-3 equal values in any writing, of any Decimal constructor, are the same", () => {
    expect(sameDecimal(new Decimal("9.50"), want)).toBe(true);
    expect(sameDecimal(new (Decimal.clone({ precision: 5 }))("9.5"), want)).toBe(true);
    expect(sameDecimal(new Decimal(0), new Decimal("0.000"))).toBe(true);
  });
  it("R-PYR-3 another value, a non-Decimal, a broken Decimal: not the same (and no method of it is called)", () => {
    const broken = new Decimal("9.5");
    (broken as unknown as { d: unknown }).d = "95";
    const longer = new Decimal("9.5");
    (longer.d as number[]).push(1);
    const trap = Object.assign(Object.create(Decimal.prototype) as Decimal, { s: 1, e: 0, d: [9, 5000000], toString: () => { throw new Error("called"); } });
    for (const v of [new Decimal("9.6"), new Decimal("-9.5"), new Decimal("95"), new Decimal(Number.NaN), "9.5", 9.5, null, undefined, {}, broken, longer]) {
      expect(sameDecimal(v, want)).toBe(false);
    }
    expect(sameDecimal(trap, want)).toBe(true);
  });
});
