// Hostile input (issue 23): every public function, given the hostile values of
// test/support/hostile-values.ts (throwing getters and Proxies, revoked Proxies, deep and circular
// objects, sparse and 10^5-item arrays, 10^6-character strings, BigInt, Symbol, invisible
// characters) and arbitrary JSON, in any argument and any field, with frozen inputs, returns a
// valid result or throws RuleInputError — with at most 100 listed issues and a bounded message —
// and never mutates its input or pollutes a prototype. The one documented exception (docs/errors.md):
// an exception the caller's own getter or Proxy throws propagates unchanged.
//
// Time is not asserted here: bench/hostile.bench.ts measures every function on these inputs at two
// sizes and reports the ratio (linear time). Runs: HOSTILE_RUNS (default 40) cases per function;
// `npm run fuzz` runs 1,000.
import { describe, expect, it } from "vitest";
import { fc } from "@fast-check/vitest";
import { RuleInputError } from "../src/index.js";
import { FUNCTIONS, invalidInside, lib, prototypeClean, publicFunctionTable } from "./support/public-functions.js";
import { CallerError, hostileArbitrary, isCallersOwn, materialize, sharedHostileValues, throwingGetters, throwingProxy } from "./support/hostile-values.js";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const TIMEOUT = Math.max(120_000, RUNS * 400);
const SIZE = 100_000;

const HOSTILE = new Set(sharedHostileValues(SIZE));
const TABLE = publicFunctionTable(hostileArbitrary(SIZE));

/** Freezes the plain parts of a generated argument (the shared hostile values are left as they are). */
function freezeArg(v: unknown, seen = new Set<unknown>()): unknown {
  if (v === null || typeof v !== "object" || HOSTILE.has(v) || seen.has(v)) return v;
  seen.add(v);
  for (const k of Object.keys(v)) freezeArg((v as Record<string, unknown>)[k], seen);
  return Object.freeze(v);
}

type Fn = (...a: unknown[]) => unknown;

describe("issue 23: hostile input gives a result or RuleInputError", () => {
  it("issue 23: the table covers every public function", () => {
    expect(Object.keys(TABLE).sort()).toEqual(FUNCTIONS);
  });

  for (const name of FUNCTIONS) {
    const args = TABLE[name];
    if (!args) continue;
    it(`issue 23 hostile: ${name} (${RUNS} runs)`, () => {
      const fn = (lib as unknown as Record<string, Fn>)[name]!;
      fc.assert(
        fc.property(fc.tuple(...args), fc.boolean(), (a, freeze) => {
          const real = a.map((x) => materialize(x, SIZE));
          const input = freeze ? real.map((x) => freezeArg(x)) : real;
          let result: unknown;
          try {
            result = fn(...input);
          } catch (e) {
            if (isCallersOwn(e)) return;
            if (!(e instanceof RuleInputError)) throw new Error(`${name} threw ${(e as Error)?.name}: ${String((e as Error)?.message).slice(0, 300)}`);
            expect(e.issues.length).toBeGreaterThan(0);
            expect(e.issues.length).toBeLessThanOrEqual(100);
            expect(e.message.length, `${name}: message of ${e.message.length} characters`).toBeLessThanOrEqual(64_000);
            expect(prototypeClean()).toBe(true);
            return;
          }
          expect(prototypeClean()).toBe(true);
          expect(result, `${name} returned undefined`).not.toBeUndefined();
          const bad = invalidInside(result);
          expect(bad, `${name}: ${bad}`).toBeNull();
        }),
        { numRuns: RUNS },
      );
    }, TIMEOUT);
  }
});

describe("issue 23, item 8: the caller's own exception propagates unchanged (docs/errors.md)", () => {
  it("issue 23: a throwing Proxy given as a score reaches the caller as its own error", () => {
    expect(() => lib.selectionPersonalQualities(throwingProxy() as never)).toThrow(CallerError);
  });
  it("issue 23: a throwing getter on an input field reaches the caller as its own error", () => {
    expect(() => lib.competitionFinal(throwingGetters(["track", "O", "E", "C"]) as never)).toThrow(CallerError);
  });
  it("issue 23: a throwing getter inside a funnel entry reaches the caller as its own error", () => {
    expect(() => lib.runReserveFunnel([throwingGetters(["id", "sector", "scores"])] as never)).toThrow(CallerError);
  });
  it("issue 23: a Proxy with ordinary traps is read like the object behind it", () => {
    const plain = { track: "leadership", O: 4, E: 3, C: 2 };
    expect(String(lib.competitionFinal(new Proxy(plain, {}) as never))).toBe(String(lib.competitionFinal(plain as never)));
  });
});
