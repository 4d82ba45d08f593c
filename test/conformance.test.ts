// Runs the hand-written conformance vectors (conformance/*.json, issue 6) against the library.
// Encoding (docs/conformance.md): Decimals are strings compared by value, dates ISO strings,
// errors `{ "throws": "RuleInputError" }`; an expected object lists the fields that must match
// (the result may carry more), an expected array must match element by element.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import * as lib from "../src/index.js";
import { RuleInputError } from "../src/index.js";
import { argumentsSchema, FUNCTION_SCHEMAS } from "../src/schemas/registry.js";
// ajv comes with @stryker-mutator/core (a dev dependency); used only to cross-check the JSON Schemas.
import { Ajv2020 } from "ajv/dist/2020.js";

/** A function vector (`function`, `args`) or a data vector (`data`, `path`: a value of an exported constant). */
interface Vector {
  id: string;
  rule: string;
  function: string;
  args: unknown[];
  data?: string;
  path?: (string | number)[];
  expected: unknown;
  note: string;
  citation: string;
}
interface VectorFile {
  module: string;
  vectors: Vector[];
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "conformance");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();

/** Decodes a JSON argument: `{ "$calendar": extra }` becomes kazakhstanCalendar(extra); the rest is passed as is. */
function decode(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "$calendar" in v) {
    return lib.kazakhstanCalendar((v as { $calendar: never }).$calendar);
  }
  return v;
}

/** Where `actual` differs from `expected` (subset match for objects), or null. */
export function mismatch(actual: unknown, expected: unknown, path = "result"): string | null {
  if (Decimal.isDecimal(actual)) {
    if (typeof expected !== "string") return `${path}: got Decimal ${String(actual)}, expected ${JSON.stringify(expected)}`;
    return (actual as Decimal).eq(expected) ? null : `${path}: got ${String(actual)}, expected ${expected}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    if (actual.length !== expected.length) return `${path}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [k, e] of Object.entries(expected)) {
      const m = mismatch((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
}

function throwsExpected(e: unknown): e is { throws: string } {
  return e !== null && typeof e === "object" && !Array.isArray(e) && Object.keys(e).length === 1 && "throws" in e;
}

describe("conformance vectors (issue 6)", () => {
  it("issue 6: one file per module, every vector well formed and ids unique", () => {
    expect(FILES).toEqual(expect.arrayContaining(["calendars.json", "eligibility.json", "reserve.json", "scoring.json"]));
    const ids = new Set<string>();
    for (const f of FILES) {
      const file = JSON.parse(readFileSync(join(DIR, f), "utf8")) as VectorFile;
      expect(file.vectors.length).toBeGreaterThan(0);
      for (const v of file.vectors) {
        expect(ids.has(v.id), `duplicate id ${v.id}`).toBe(false);
        ids.add(v.id);
        if (v.data !== undefined) {
          expect(v.function, `${v.id}: a data vector has no function`).toBeUndefined();
          expect((lib as Record<string, unknown>)[v.data], `${v.id}: ${v.data} is not exported`).toBeTypeOf("object");
          expect(Array.isArray(v.path)).toBe(true);
        } else {
          expect(typeof (lib as Record<string, unknown>)[v.function], `${v.id}: ${v.function} is not exported`).toBe("function");
          expect(Array.isArray(v.args)).toBe(true);
        }
        expect(v.rule).toMatch(/^(R-[A-Z]+-\d+|RULES §\d)/);
        expect(v.note.length, `${v.id}: note`).toBeGreaterThan(0);
        expect(v.citation.length, `${v.id}: citation`).toBeGreaterThan(0);
      }
    }
  });

  it("issue 6: every vector's args that the library accepts also satisfy the function's JSON Schema (schemas/)", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const byName = new Map(FUNCTION_SCHEMAS.map((f) => [f.function, ajv.compile(argumentsSchema(f))]));
    let checked = 0;
    for (const f of FILES) {
      const file = JSON.parse(readFileSync(join(DIR, f), "utf8")) as VectorFile;
      for (const v of file.vectors) {
        const validate = byName.get(v.function);
        if (!validate || throwsExpected(v.expected)) continue;
        expect(validate(v.args), `${v.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  for (const f of FILES) {
    const file = JSON.parse(readFileSync(join(DIR, f), "utf8")) as VectorFile;
    describe(file.module, () => {
      for (const v of file.vectors.filter((x) => x.data !== undefined)) {
        it(`${v.rule} ${v.id} ${v.data}${v.path!.map((k) => `[${JSON.stringify(k)}]`).join("")}`, () => {
          let value: unknown = (lib as Record<string, unknown>)[v.data!];
          for (const k of v.path!) value = (value as Record<string | number, unknown>)[k];
          const m = mismatch(value, v.expected);
          expect(m, `${v.id}: ${v.note}`).toBeNull();
        });
      }
      for (const v of file.vectors.filter((x) => x.data === undefined)) {
        it(`${v.rule} ${v.id} ${v.function}(${JSON.stringify(v.args).slice(1, -1).slice(0, 80)})`, () => {
          const fn = (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[v.function]!;
          const args = v.args.map(decode);
          if (throwsExpected(v.expected)) {
            expect(v.expected.throws).toBe("RuleInputError");
            expect(() => fn(...args)).toThrow(RuleInputError);
            return;
          }
          const m = mismatch(fn(...args), v.expected);
          expect(m, `${v.id}: ${v.note}`).toBeNull();
        });
      }
    });
  }
});
