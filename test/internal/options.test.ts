// src/internal/options.ts (issue 19): the calendars' options are read without zod. Property: the
// reader gives what `parse` of the zod schema it replaces gives — the same value, or a
// RuleInputError with equal issues and omitted count, or the same other error — and reads the
// object in the same order (a Proxy logs every get, has and ownKeys).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as z from "zod";
import { RuleInputError } from "../../src/errors.js";
import { parse } from "../../src/internal/validate.js";
import { readChoiceOption } from "../../src/internal/options.js";

const VALUES = ["end-of-minute", "start-of-minute"] as const;
const schema = z.object({ minute: z.enum(VALUES).optional() }).strict().optional();

type Outcome = { value: unknown } | { issues: unknown; omitted: number; message: string } | { thrown: string };
function outcome(f: () => unknown): Outcome {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof RuleInputError) return { issues: JSON.parse(JSON.stringify(e.issues, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : typeof v === "symbol" ? String(v) : v))), omitted: e.omittedIssues, message: e.message };
    return { thrown: String(e) };
  }
}

/** `make()` builds a fresh input each call with a log of the reads a Proxy sees. */
function both(make: (log: string[]) => unknown): void {
  const zodLog: string[] = [];
  const mineLog: string[] = [];
  const viaZod = outcome(() => parse(schema, make(zodLog), "R-X", "opts")?.minute);
  const mine = outcome(() => readChoiceOption(make(mineLog), "minute", VALUES, "R-X"));
  expect(mine).toEqual(viaZod);
  expect(mineLog).toEqual(zodLog);
}

function logged(target: object, log: string[]): object {
  return new Proxy(target, {
    get: (t, k, r) => (log.push(`get ${String(k)}`), Reflect.get(t, k, r)),
    has: (t, k) => (log.push(`has ${String(k)}`), Reflect.has(t, k)),
    ownKeys: (t) => (log.push("ownKeys"), Reflect.ownKeys(t)),
    getOwnPropertyDescriptor: (t, k) => (log.push(`gopd ${String(k)}`), Reflect.getOwnPropertyDescriptor(t, k)),
    getPrototypeOf: (t) => (log.push("proto"), Reflect.getPrototypeOf(t)),
  });
}

const value = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, "end-of-minute", "start-of-minute", "x", "", 0, 1, NaN, true, [], {}, 2n, Symbol.for("s")),
  fc.string({ maxLength: 4 }),
);
const key = fc.oneof(fc.constantFrom("minute", "__proto__", "0", "constructor", "toString", "a"), fc.string({ maxLength: 3 }));
const obj = fc.dictionary(key, value, { maxKeys: 6 });

describe("readChoiceOption = parse(z.object({ k: z.enum(…).optional() }).strict().optional())", () => {
  it("on fixed cases: absent, valid, invalid, wrong types, unknown keys, __proto__, inherited keys", () => {
    const cases: (() => unknown)[] = [
      () => undefined, () => null, () => [], () => ["end-of-minute"], () => 0, () => "end-of-minute", () => true, () => 2n, () => Symbol.for("s"), () => () => 1,
      () => ({}), () => ({ minute: undefined }), () => ({ minute: "end-of-minute" }), () => ({ minute: "start-of-minute" }), () => ({ minute: "x" }),
      () => ({ minute: null }), () => ({ minute: "x", a: 1, b: undefined }), () => ({ a: 1 }),
      () => JSON.parse('{"__proto__": 1, "minute": "x"}') as unknown, () => JSON.parse('{"__proto__": {"minute": "x"}}') as unknown,
      () => Object.create({ minute: "x" }) as unknown, () => Object.create({ minute: "start-of-minute", z: 2 }) as unknown,
      () => Object.assign(Object.create(null) as object, { minute: "start-of-minute" }), () => Object.assign(Object.create(null) as object, { minute: 3, q: 1 }),
      () => Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i])), () => ({ minute: "x", ...Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`${i}`, i])) }),
      () => ({ [Symbol.for("s")]: 1, minute: "x" }), () => new Date(0), () => new Map([["minute", "x"]]), () => Object.defineProperty({}, "hidden", { value: 1, enumerable: false }),
    ];
    for (const c of cases) both(() => c());
  });

  it("reads a Proxy and getters in zod's order", () => {
    both((log) => logged({ minute: "x", a: 1 }, log));
    both((log) => logged({ minute: "start-of-minute" }, log));
    both((log) => logged({}, log));
    both((log) => logged(Object.create({ minute: "x" }) as object, log));
    both((log) => {
      let n = 0;
      return Object.defineProperty({ b: 2 }, "minute", { enumerable: true, get: () => (log.push("getter"), n++ === 0 ? "x" : "start-of-minute") });
    });
    both((log) => {
      let n = 0;
      return Object.defineProperty({}, "minute", { enumerable: true, get: () => (log.push("getter"), n++ === 0 ? "end-of-minute" : "x") });
    });
    both(() => Object.defineProperty({}, "minute", { enumerable: true, get: () => { throw new Error("boom"); } }));
    both(() => Object.defineProperty({ minute: "x" }, "bad", { enumerable: true, get: () => { throw new Error("boom"); } }));
  });

  test.prop([obj])("on random objects", (o) => both(() => ({ ...o })));
  test.prop([obj, obj])("on random objects with a prototype", (o, p) => both(() => Object.assign(Object.create(p) as object, o)));
});
