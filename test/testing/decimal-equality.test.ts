// src/testing/decimal-equality.ts: a consumer's unit test compares the library's Decimals with its
// own decimal.js Decimals by value (issue 19, item 1) — the tester for toEqual and the matcher.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { competitionFinalResult, selectionPersonalQualities } from "../../src/index.js";
import { decimalEquals, decimalMatchers, isDecimalLike } from "../../src/testing/index.js";

describe("testing: decimalEquals — Decimals of any copy compared by value", () => {
  it("R-SEL-1 a plain toEqual passes: T = 0.02 × 85 = 1.7 is made by decimal.js's main constructor (issue 19); another copy's Decimal differs by its own constructor", () => {
    // decimal.js gives each instance its constructor as an own property, which toEqual compares:
    // the result must be the main constructor's for a consumer's new Decimal("1.7") to match.
    // (The tester, once registered, is global to the worker: this test does not rely on its absence.)
    const t = selectionPersonalQualities(85);
    expect(Object.prototype.hasOwnProperty.call(t, "constructor")).toBe(true);
    expect(t.constructor).toBe(Decimal);
    expect(t).toEqual(new Decimal("1.7"));
    // a second copy of decimal.js (or its other module format) is another constructor: the tester's case
    const Other = Decimal.clone();
    expect(new Other("1.7").constructor).not.toBe(t.constructor);
  });

  it("R-SEL-1 with the tester, toEqual(new Decimal(\"1.7\")) passes for 0.02 × 85 and fails for another value", () => {
    expect.addEqualityTesters([decimalEquals]);
    expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.7"));
    expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.70"));
    expect(() => expect(selectionPersonalQualities(85)).toEqual(new Decimal("1.69999"))).toThrow();
  });

  it("R-GC-5 inside objects and arrays too: И = 0.3 × 3.5 + 0.7 × 8 = 6.65 (lower track)", () => {
    expect.addEqualityTesters([decimalEquals]);
    const r = competitionFinalResult({ track: "lower", O: "3.5", P: 8 });
    expect(r).toEqual(expect.objectContaining({ value: new Decimal("6.65"), max: new Decimal("8.5") }));
    expect([r.value, r.max]).toEqual([new Decimal("6.65"), new Decimal("8.50")]);
  });

  it("testing: the tester answers only for two Decimals (undefined otherwise), and never confuses a string with a Decimal", () => {
    expect(decimalEquals(new Decimal(1), "1")).toBeUndefined();
    expect(decimalEquals(1, 1)).toBeUndefined();
    expect(decimalEquals({ d: [1], e: 0, s: 1 }, new Decimal(1))).toBeUndefined(); // a look-alike without the tag
    expect(decimalEquals(new Decimal(0), new Decimal("-0"))).toBe(true);
    expect(decimalEquals(new Decimal(Number.NaN), new Decimal(Number.NaN))).toBe(true);
    expect(decimalEquals(new Decimal(Number.NaN), new Decimal(0))).toBe(false);
    expect(decimalEquals(new Decimal("1e-40"), new Decimal(0))).toBe(false);
    const Other = Decimal.clone({ precision: 5 });
    expect(decimalEquals(new Other("123456789.123456789"), new Decimal("123456789.123456789"))).toBe(true);
  });

  it("testing: isDecimalLike recognises any copy's Decimal by shape and tag, never throws", () => {
    const throwing = new Proxy({}, { get: () => { throw new Error("caller"); }, getPrototypeOf: () => { throw new Error("caller"); } });
    expect(isDecimalLike(new (Decimal.clone())(2))).toBe(true);
    for (const v of [null, 1, "1.7", {}, [], { d: [17], e: 0, s: 1 }, throwing]) expect(isDecimalLike(v)).toBe(false);
  });
});

describe("testing: decimalMatchers.toEqualDecimal", () => {
  expect.extend(decimalMatchers);
  it("R-SEL-1 toEqualDecimal takes a Decimal, a decimal string or a number: 0.02 × 72.5 = 1.45", () => {
    const t = selectionPersonalQualities("72.5");
    (expect(t) as unknown as { toEqualDecimal(v: unknown): void }).toEqualDecimal("1.45");
    (expect(t) as unknown as { toEqualDecimal(v: unknown): void }).toEqualDecimal(1.45);
    (expect(t) as unknown as { toEqualDecimal(v: unknown): void }).toEqualDecimal(new Decimal("1.450"));
  });
  it("R-SEL-1 its message shows both values exactly; a non-Decimal or a non-number expected fails", () => {
    expect(decimalMatchers.toEqualDecimal(selectionPersonalQualities(85), "1.69")).toMatchObject({ pass: false });
    expect(decimalMatchers.toEqualDecimal(selectionPersonalQualities(85), "1.69").message()).toBe("expected a Decimal equal to 1.69, received 1.7");
    expect(decimalMatchers.toEqualDecimal(1.7, "1.7").pass).toBe(false);
    expect(decimalMatchers.toEqualDecimal(1.7, "1.7").message()).toBe("expected a Decimal equal to 1.7, received 1.7");
    expect(decimalMatchers.toEqualDecimal(new Decimal(1), "one").pass).toBe(false);
    expect(decimalMatchers.toEqualDecimal(new Decimal(1), "1").message()).toBe("expected a Decimal not equal to 1");
  });
});
