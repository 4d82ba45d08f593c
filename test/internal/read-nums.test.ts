// src/internal/validate.ts readNums (issue 19): a function that reads only numbers checks them
// without zod. Property: readNums gives what `parse` of `z.object` of the same `num` schemas gives
// on `{ name: value, … }` — the same Decimals, or a RuleInputError with equal issues.
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import * as z from "zod";
import { RuleInputError } from "../../src/errors.js";
import { num, numRead, parse, readNum, readNums, type NumOptions } from "../../src/internal/validate.js";

function outcome(f: () => readonly Decimal[]): unknown {
  try {
    return { value: f().map((d) => `${d.toString()}|${Decimal.isDecimal(d)}`) };
  } catch (e) {
    if (e instanceof RuleInputError) return { issues: e.issues, omitted: e.omittedIssues, message: e.message };
    return { thrown: String(e) };
  }
}

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100, max: 12000 }).map((k) => (k / 100).toFixed(2)),
  fc.integer({ min: -100, max: 12000 }).map((k) => new Decimal(k).div(100)),
  fc.string({ maxLength: 6 }),
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, "", " 3 ", "2,5", "1e2", "abc", "+4", ".5", null, undefined, true, [], {}, [3], 2n, Symbol.for("x"), "1".repeat(45), Object.create(null), { s: 1, e: 0, d: [1] }),
);
const options: fc.Arbitrary<NumOptions> = fc.record(
  { min: fc.constantFrom(0, 1, "0.5"), max: fc.constantFrom(5, 100, "2.5"), whole: fc.boolean(), unit: fc.constantFrom("points", "(percent)") },
  { requiredKeys: [] },
);

describe("readNums = parse(z.object({ … num(…) }), { … }, rule)", () => {
  test.prop([fc.array(fc.tuple(options, value), { minLength: 1, maxLength: 3 })])("on random fields and values", (fields) => {
    const names = fields.map((_, i) => ["S", "p1", "p2"][i]!);
    const shape = Object.fromEntries(fields.map(([o], i) => [names[i]!, num(o)]));
    const input = Object.fromEntries(fields.map(([, v], i) => [names[i]!, v]));
    const viaZod = outcome(() => {
      const r = parse(z.object(shape), input, "R-X") as Record<string, Decimal>;
      return names.map((n) => r[n]!);
    });
    const mine = outcome(() => readNums("R-X", fields.map(([o], i) => [names[i]!, numRead(o)] as const), fields.map(([, v]) => v)));
    expect(mine).toEqual(viaZod);
  });
});

describe("readNum = readNums of one number", () => {
  test.prop([options, value])("on random options and values", (o, v) => {
    const read = numRead(o);
    expect(outcome(() => [readNum("R-X", "S", read, v)])).toEqual(outcome(() => readNums("R-X", [["S", read]], [v])));
    expect(outcome(() => [readNum("R-X", "S", read, v)])).toEqual(outcome(() => [parse(z.object({ S: num(o) }), { S: v }, "R-X").S]));
  });
});
