// src/internal/decimal.ts: the library computes with its own Decimal clone (40 digits, half to
// even) and hands every result to the caller as an instance of decimal.js's MAIN constructor
// (issue 19): a consumer's `toEqual(new Decimal("1.7"))` passes, and the caller's global
// `Decimal.set(...)` changes no result, no explanation and no funnel decision.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import * as lib from "../../src/index.js";
import { out } from "../../src/internal/decimal.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "conformance");
interface Vector { id: string; function: string; args: unknown[]; data?: string }
const VECTORS: Vector[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(DIR, f), "utf8")) as { vectors: Vector[] }).vectors);
const L = lib as unknown as Record<string, (...a: unknown[]) => unknown>;

function decode(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "$calendar" in v) return lib.kazakhstanCalendar((v as { $calendar: never }).$calendar);
  return v;
}

/** A value as plain data: Decimals by their exact digits (toFixed, never the caller's exponent notation). */
function plain(v: unknown): unknown {
  if (Decimal.isDecimal(v)) return `Decimal ${(v as Decimal).toFixed()}`;
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) o[k] = plain((v as Record<string, unknown>)[k]);
    return o;
  }
  return typeof v === "function" ? "function" : v;
}

/** Every vector's result, and where a same-named explain* exists, its explanation in kk/ru/en. */
function everything(): unknown[] {
  const rows: unknown[] = [];
  for (const v of VECTORS) {
    if (v.data !== undefined) continue;
    const args = v.args.map(decode);
    const call = (f: string, a: unknown[]): unknown => {
      try {
        return plain(L[f]!(...a));
      } catch (e) {
        return `threw ${(e as Error).name}: ${(e as Error).message}`;
      }
    };
    rows.push([v.id, call(v.function, args)]);
    const ex = `explain${v.function[0]!.toUpperCase()}${v.function.slice(1)}`;
    if (typeof L[ex] === "function") {
      for (const language of ["kk", "ru", "en"]) rows.push([v.id, ex, language, call(ex, [...args, { language }])]);
    }
    if (v.function === "runReserveFunnel") {
      try {
        const r = lib.runReserveFunnel(...(args as Parameters<typeof lib.runReserveFunnel>));
        const ids = r.stages[0]!.admitted.concat(r.reserve, r.awaitingCommission);
        for (const id of new Set(ids)) {
          rows.push([v.id, id, call("explainReserveCandidate", [r, id])]);
          for (const language of ["kk", "ru", "en"]) rows.push([v.id, id, language, call("explainReserveOutcome", [r, id, { language }])]);
        }
      } catch {
        // an invalid input: its message is already in the rows
      }
    }
  }
  return rows;
}

describe("results are instances of decimal.js's main constructor (issue 19)", () => {
  it("a consumer's toEqual(new Decimal(...)) passes for every kind of result", () => {
    expect(lib.selectionPersonalQualities(85)).toEqual(new Decimal("1.7"));
    expect(lib.selectionInformation(10, 20)).toEqual(new Decimal(3)); // R-SEL-2: 0.1 × 10 + 0.1 × 20
    // 5/3 at the library's 40 significant digits, half to even
    expect(lib.meanOfGrades([1, 2, 2])).toEqual(new Decimal("1.666666666666666666666666666666666666667"));
    const r = lib.competitionFinalResult({ track: "lower", O: 5, P: 3 });
    expect(r.value.constructor).toBe(Decimal);
    expect(r.max.constructor).toBe(Decimal);
    expect(lib.competitionFinalMax("lower")).toEqual(new Decimal("8.5"));
    const pq = lib.personalQualitiesTestResult({ program: 3, logic: 1 });
    expect(pq.total).toEqual(new Decimal(1));
    for (const f of pq.failures) expect([f.score.constructor, f.passMark.constructor]).toEqual([Decimal, Decimal]);
    const adm = lib.admitToInterview([{ id: "a", score: "7.50" }, { id: "b", score: 3 }]);
    expect(adm.ranking[0]!.score).toEqual(new Decimal("7.5"));
    expect(lib.legislationTestResult({ score: 30, passMark: "25.0" }).passMark).toEqual(new Decimal(25));
  });

  it("every Decimal in every vector's result and explanation is the main constructor's", () => {
    const seen: string[] = [];
    const walk = (v: unknown, where: string): void => {
      if (Decimal.isDecimal(v)) {
        if ((v as Decimal).constructor !== Decimal || Object.getPrototypeOf(v) !== Decimal.prototype) seen.push(where);
      } else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
    };
    for (const v of VECTORS) {
      if (v.data !== undefined) continue;
      let r: unknown;
      try {
        r = L[v.function]!(...v.args.map(decode));
      } catch {
        continue;
      }
      walk(r, v.id);
      if (v.function === "runReserveFunnel") {
        const res = r as ReturnType<typeof lib.runReserveFunnel>;
        for (const id of res.reserve) walk(lib.explainReserveCandidate(res, id), `${v.id} ${id}`);
      }
    }
    expect(seen).toEqual([]);
  });

  it("out() copies the digits exactly, never rounding to the caller's precision", () => {
    const x = new Decimal("0.1234567890123456789012345678901234567891");
    Decimal.set({ precision: 2 });
    try {
      expect(out(x).toFixed()).toBe("0.1234567890123456789012345678901234567891");
    } finally {
      Decimal.set({ defaults: true });
    }
  });

  it("out() refuses a result outside the caller's exponent range instead of changing it", () => {
    const small = new Decimal("0.00001");
    Decimal.set({ minE: -3 });
    try {
      expect(() => out(small)).toThrow(RangeError);
      expect(out(new Decimal(0)).isZero()).toBe(true);
    } finally {
      Decimal.set({ defaults: true });
    }
  });
});

describe("the caller's global Decimal configuration changes nothing (issue 19)", () => {
  afterEach(() => {
    Decimal.set({ defaults: true });
  });

  it("every conformance vector, explanation and funnel decision is the same under Decimal.set({ precision: 1, rounding: ROUND_DOWN, toExpNeg: 0, toExpPos: 0 })", () => {
    const before = everything();
    Decimal.set({ precision: 1, rounding: Decimal.ROUND_DOWN, toExpNeg: 0, toExpPos: 0, modulo: Decimal.EUCLID });
    const after = everything();
    expect(after.length).toBeGreaterThan(300);
    expect(after).toEqual(before);
  });
});
