// The shared input checks every public function is built on (src/internal/validate.ts): the exact
// English message, machine-readable code and params of each kind of bad value, how a zod issue
// becomes a RuleInputIssue (field path, value as given, code), and the phrases `fail` classifies.
// Callers match on `code`/`params` and show `message`, so each of them is pinned here.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { competitionPersonalQualities, earliestRetestDate, EXPLAIN_LANGS, RuleInputError, ruleInputErrorMessages, selectionEssay, selectionPersonalQualities } from "../../src/index.js";
import { fail, num, parse, toDecimal, toDecimalChecked } from "../../src/internal/validate.js";
import { checkLength } from "../../src/scoring/array-length.js";
import { allIssues, firstIssue, thrownValue as err } from "../support/first-issue.js";

const RULE = "R-TEST";

describe("toDecimalChecked: why a value is not a number", () => {
  it.each<[string, unknown, object]>([
    ["NaN", Number.NaN, { message: "NaN is not a number", code: "nan" }],
    ["Infinity", Number.POSITIVE_INFINITY, { message: "must be a finite number", code: "not-finite" }],
    ["-Infinity", Number.NEGATIVE_INFINITY, { message: "must be a finite number", code: "not-finite" }],
    ["empty string", "", { message: "empty string: a number is expected", code: "empty-string" }],
    ["blank string", "   ", { message: "empty string: a number is expected", code: "empty-string" }],
    ["comma decimal", "2,5", { message: 'comma decimal: write "2.5" (a dot as the decimal separator)', code: "comma-decimal", params: { suggestion: "2.5" } }],
    ["signed comma decimal", "+1,5", { message: 'comma decimal: write "+1.5" (a dot as the decimal separator)', code: "comma-decimal", params: { suggestion: "+1.5" } }],
    ["comma without integer part", "-,5", { message: 'comma decimal: write "-.5" (a dot as the decimal separator)', code: "comma-decimal", params: { suggestion: "-.5" } }],
    ["several digits each side", "12,75", { message: 'comma decimal: write "12.75" (a dot as the decimal separator)', code: "comma-decimal", params: { suggestion: "12.75" } }],
    ["exponent", "1e3", { message: "exponent notation is not accepted: write the number in plain digits", code: "exponent" }],
    ["exponent, capital", "2.5E-1", { message: "exponent notation is not accepted: write the number in plain digits", code: "exponent" }],
    ["letter e without digits", "e", { message: 'not a decimal number string (expected digits with an optional dot, e.g. "2.5")', code: "not-decimal" }],
    ["text before a comma number", "x1,5", { message: 'not a decimal number string (expected digits with an optional dot, e.g. "2.5")', code: "not-decimal" }],
    ["text after a comma number", "1,5x", { message: 'not a decimal number string (expected digits with an optional dot, e.g. "2.5")', code: "not-decimal" }],
    ["two commas", "1,5,5", { message: 'not a decimal number string (expected digits with an optional dot, e.g. "2.5")', code: "not-decimal" }],
    ["hex", "0x10", { message: 'not a decimal number string (expected digits with an optional dot, e.g. "2.5")', code: "not-decimal" }],
    ["Decimal NaN", new Decimal(Number.NaN), { message: "NaN is not a number", code: "nan" }],
    ["Decimal Infinity", new Decimal(Number.POSITIVE_INFINITY), { message: "must be a finite number", code: "not-finite" }],
    ["Decimal -Infinity", new Decimal(Number.NEGATIVE_INFINITY), { message: "must be a finite number", code: "not-finite" }],
    ["undefined", undefined, { message: "missing: a number is required", code: "missing", params: { expected: "number" } }],
    ["null", null, { message: "wrong type (null): expected a number, a decimal string or a Decimal", code: "wrong-type", params: { expected: "number", received: "null" } }],
    ["array", [1], { message: "wrong type (array): expected a number, a decimal string or a Decimal", code: "wrong-type", params: { expected: "number", received: "array" } }],
    ["boolean", true, { message: "wrong type (boolean): expected a number, a decimal string or a Decimal", code: "wrong-type", params: { expected: "number", received: "boolean" } }],
    ["object", {}, { message: "wrong type (object): expected a number, a decimal string or a Decimal", code: "wrong-type", params: { expected: "number", received: "object" } }],
    ["bigint", 1n, { message: "wrong type (bigint): expected a number, a decimal string or a Decimal", code: "wrong-type", params: { expected: "number", received: "bigint" } }],
  ])("%s", (_name, value, expected) => {
    expect(toDecimalChecked(value)).toStrictEqual(expected);
  });

  it.each<[unknown, string]>([
    [2.5, "2.5"],
    [" 7 ", "7"],
    ["-.5", "-0.5"],
    ["+3.25", "3.25"],
    [new Decimal("1.125"), "1.125"],
  ])("%o is read as %s", (value, expected) => {
    const d = toDecimalChecked(value);
    expect(Decimal.isDecimal(d)).toBe(true);
    expect((d as Decimal).toString()).toBe(expected);
  });

  it("toDecimal gives the message where toDecimalChecked gives message and code", () => {
    expect(toDecimal("2,5")).toBe('comma decimal: write "2.5" (a dot as the decimal separator)');
    expect((toDecimal("2.5") as Decimal).toString()).toBe("2.5");
  });
});

describe("num: range, wholeness and unit in messages and params", () => {
  const issueOf = (schema: z.ZodType, value: unknown) => firstIssue(() => parse(schema, value, RULE, "x"));

  it("from min to max, whole, with a unit", () => {
    const s = num({ min: 0, max: "100", whole: true, unit: "points" });
    expect(issueOf(s, 101)).toStrictEqual({
      field: "x", value: 101, rule: RULE, code: "out-of-range",
      message: "out of range: expected a whole number from 0 to 100 points",
      params: { min: "0", max: "100", whole: true },
    });
    expect(issueOf(s, "2.5")).toStrictEqual({
      field: "x", value: "2.5", rule: RULE, code: "not-whole",
      message: "not whole: expected a whole number from 0 to 100 points (the order gives whole points)",
      params: { min: "0", max: "100", whole: true },
    });
    expect(issueOf(s, "abc")).toStrictEqual({
      field: "x", value: "abc", rule: RULE, code: "not-decimal",
      message: 'not a decimal number string (expected digits with an optional dot, e.g. "2.5"); expected a whole number from 0 to 100 points',
      params: { min: "0", max: "100", whole: true },
    });
    expect(issueOf(s, "1,5")).toStrictEqual({
      field: "x", value: "1,5", rule: RULE, code: "comma-decimal",
      message: 'comma decimal: write "1.5" (a dot as the decimal separator); expected a whole number from 0 to 100 points',
      params: { min: "0", max: "100", whole: true, suggestion: "1.5" },
    });
  });

  it("only a minimum", () => {
    const s = num({ min: new Decimal("0.5") });
    expect(issueOf(s, 0)).toStrictEqual({
      field: "x", value: 0, rule: RULE, code: "out-of-range",
      message: "out of range: expected a number at least 0.5",
      params: { min: "0.5" },
    });
    expect(s.parse("1").toString()).toBe("1");
  });

  it("only a maximum, with a unit", () => {
    const s = num({ max: 2, unit: "points" });
    expect(issueOf(s, "2.01")).toStrictEqual({
      field: "x", value: "2.01", rule: RULE, code: "out-of-range",
      message: "out of range: expected a number at most 2 points",
      params: { max: "2" },
    });
    expect(issueOf(s, -0.5 * Number.POSITIVE_INFINITY)).toStrictEqual({
      field: "x", value: Number.NEGATIVE_INFINITY, rule: RULE, code: "not-finite",
      message: "must be a finite number; expected a number at most 2 points",
      params: { max: "2" },
    });
  });

  it("no bounds at all", () => {
    const s = num();
    expect(issueOf(s, null)).toStrictEqual({
      field: "x", value: null, rule: RULE, code: "wrong-type",
      message: "wrong type (null): expected a number, a decimal string or a Decimal; expected a number",
      params: { expected: "number", received: "null" },
    });
    expect(issueOf(s, undefined)).toStrictEqual({
      field: "x", value: undefined, rule: RULE, code: "missing",
      message: "missing: a number is required; expected a number",
      params: { expected: "number" },
    });
    // no bounds and a reason without params: the issue has a code but no params at all
    expect(issueOf(s, Number.NaN)).toStrictEqual({
      field: "x", value: Number.NaN, rule: RULE, code: "nan", message: "NaN is not a number; expected a number",
    });
    expect(s.parse(-1e6).toString()).toBe("-1000000");
  });

  it("whole only", () => {
    expect(issueOf(num({ whole: true }), 0.5)).toStrictEqual({
      field: "x", value: 0.5, rule: RULE, code: "not-whole",
      message: "not whole: expected a whole number (the order gives whole points)",
      params: { whole: true },
    });
  });

  it("bounds are inclusive", () => {
    const s = num({ min: 0, max: 2 });
    expect(s.parse(0).toString()).toBe("0");
    expect(s.parse("2").toString()).toBe("2");
  });
});

describe("parse: zod issues as RuleInputIssues", () => {
  it("the input itself is called (input) when no root name is given", () => {
    expect(firstIssue(() => parse(num(), "x", RULE))).toMatchObject({ field: "(input)", value: "x" });
  });

  it("paths: dotted keys and [index], appended to the root name", () => {
    const s = z.object({ a: z.array(z.object({ b: num() })) });
    expect(firstIssue(() => parse(s, { a: [{ b: 1 }, { b: "y" }] }, RULE, "p")).field).toBe("p.a[1].b");
    expect(firstIssue(() => parse(s, { a: [{ b: "y" }] }, RULE)).field).toBe("a[0].b");
    expect(firstIssue(() => parse(z.array(num()), [1, 2, "z"], RULE)).field).toBe("[2]");
  });

  it("missing and wrong type: message, code, params; the value as given", () => {
    const s = z.object({ n: z.number(), t: z.string() });
    expect(allIssues(() => parse(s, { t: 5 }, RULE, "o"))).toStrictEqual([
      { field: "o.n", value: undefined, rule: RULE, message: "missing: expected number", code: "missing", params: { expected: "number" } },
      { field: "o.t", value: 5, rule: RULE, message: "wrong type: expected string", code: "wrong-type", params: { expected: "string" } },
    ]);
    // A key present with the value undefined counts as missing, as zod says.
    expect(firstIssue(() => parse(s, { n: undefined, t: "a" }, RULE))).toStrictEqual({
      field: "n", value: undefined, rule: RULE, message: "missing: expected number", code: "missing", params: { expected: "number" },
    });
  });

  it("unknown fields: one issue per key, with the value given", () => {
    const s = z.strictObject({ a: z.strictObject({ b: z.number() }) });
    expect(allIssues(() => parse(s, { a: { b: 1, c: "C", d: null }, e: [1] }, RULE, "p"))).toStrictEqual([
      { field: "p.a.c", value: "C", rule: RULE, message: "unknown field", code: "unknown-field" },
      { field: "p.a.d", value: null, rule: RULE, message: "unknown field", code: "unknown-field" },
      { field: "p.e", value: [1], rule: RULE, message: "unknown field", code: "unknown-field" },
    ]);
  });

  it("the value is read as zod reads it: an inherited key counts", () => {
    const s = z.strictObject({ n: z.number() });
    const input = Object.create({ n: "x" }) as Record<string, unknown>;
    expect(firstIssue(() => parse(s, input, RULE))).toStrictEqual({
      field: "n", value: "x", rule: RULE, message: "wrong type: expected number", code: "wrong-type", params: { expected: "number" },
    });
  });

  it("the value of an object field that is not an object is the value given", () => {
    const s = z.object({ a: z.object({ b: z.number() }) });
    expect(firstIssue(() => parse(s, { a: "str" }, RULE))).toMatchObject({ field: "a", value: "str", code: "wrong-type" });
    expect(firstIssue(() => parse(s, { a: null }, RULE))).toMatchObject({ field: "a", value: null, code: "wrong-type" });
  });

  it("array length: too few / too many with the bound; other lengths have no code", () => {
    const few = firstIssue(() => parse(z.array(z.number()).min(2), [1], RULE, "a"));
    expect(few).toMatchObject({ field: "a", value: [1], code: "too-few", params: { min: 2 } });
    expect(Object.keys(few.params ?? {})).toEqual(["min"]);
    const many = firstIssue(() => parse(z.array(z.number()).max(1), [1, 2], RULE, "a"));
    expect(many).toMatchObject({ field: "a", value: [1, 2], code: "too-many", params: { max: 1 } });
    expect(Object.keys(many.params ?? {})).toEqual(["max"]);
    const short = firstIssue(() => parse(z.string().min(2), "a", RULE, "s"));
    expect(short.code).toBeUndefined();
    expect("code" in short).toBe(false);
    expect("params" in short).toBe(false);
    const long = firstIssue(() => parse(z.string().max(1), "ab", RULE, "s"));
    expect("code" in long).toBe(false);
  });

  it("a value not among the allowed ones lists them (non-strings written as String() does)", () => {
    expect(firstIssue(() => parse(z.enum(["a", "b"]), "c", RULE, "e"))).toMatchObject({
      field: "e", value: "c", code: "invalid-option", params: { allowed: "a, b" },
    });
    expect(firstIssue(() => parse(z.literal([null, 1, "x", true]), 2, RULE, "e")).params).toStrictEqual({ allowed: "null, 1, x, true" });
  });

  it("custom issues: the code and the scalar params they carry (objects dropped)", () => {
    const s = z.unknown().superRefine((_v, ctx) => {
      ctx.addIssue({ code: "custom", message: "whatever", params: { ruleInputCode: "out-of-range", s: "1", n: 2, b: false, o: { x: 1 }, u: undefined } });
    });
    expect(firstIssue(() => parse(s, 1, RULE))).toStrictEqual({
      field: "(input)", value: 1, rule: RULE, message: "whatever", code: "out-of-range", params: { s: "1", n: 2, b: false },
    });
  });

  it("custom issues without a code are classified by their message", () => {
    const s = z.unknown().superRefine((_v, ctx) => ctx.addIssue({ code: "custom", message: "out of range: too big", params: { other: 1 } }));
    expect(firstIssue(() => parse(s, 1, RULE))).toStrictEqual({ field: "(input)", value: 1, rule: RULE, message: "out of range: too big", code: "out-of-range" });
    const t = z.unknown().superRefine((_v, ctx) => ctx.addIssue({ code: "custom", message: "something else" }));
    expect(firstIssue(() => parse(t, 1, RULE))).toStrictEqual({ field: "(input)", value: 1, rule: RULE, message: "something else" });
  });

  it("the scoring length check's messages carry no code unless they start with a known phrase", () => {
    const s = checkLength(z.array(z.number()), (n) => n === 2, (n) => `expected 2 values, got ${n}`);
    expect(firstIssue(() => parse(s, [1], RULE, "v"))).toStrictEqual({ field: "v", value: [1], rule: RULE, message: "expected 2 values, got 1" });
  });

  it("valid input is returned as the schema's output", () => {
    expect(parse(z.object({ n: num() }), { n: "2.50" }, RULE).n.toString()).toBe("2.5");
  });
});

describe("fail: one issue, its code read from the phrase the message starts with", () => {
  const issue = (message: string) => firstIssue(() => fail(RULE, "f", "v", message));

  it.each<[string, string]>([
    ["missing: the date", "missing"],
    ["wrong type: expected string", "wrong-type"],
    ["NaN is not a number", "nan"],
    ["must be a finite number", "not-finite"],
    ["empty string: a date is expected", "empty-string"],
    ["comma decimal: write 2.5", "comma-decimal"],
    ["exponent notation is not accepted", "exponent"],
    ["not a decimal number string", "not-decimal"],
    ["out of range: expected 1 to 5", "out-of-range"],
    ["not whole: expected a whole number", "not-whole"],
    ["unknown field", "unknown-field"],
    ["not an ISO civil date: expected YYYY-MM-DD", "invalid-date"],
    ["not a civil date", "invalid-date"],
    ["not a calendar date: 2025-02-30", "invalid-date"],
    ["no such month: 13", "invalid-date"],
    ["no such day: 32", "invalid-date"],
  ])("%s → %s", (message, code) => {
    expect(issue(message)).toStrictEqual({ field: "f", value: "v", rule: RULE, message, code });
  });

  it.each([
    "the value is missing",
    "a wrong type was given",
    "got NaN is not a number",
    "it must be a finite number",
    "an empty string",
    "a comma decimal",
    "an exponent notation",
    "it is not a decimal number string",
    "value out of range",
    "is not whole",
    "an unknown field",
    "this is not a calendar date",
    "missingness",
    "not wholesome",
  ])("%s: no code (the phrase must start the message, as a word)", (message) => {
    const i = issue(message);
    expect(i).toStrictEqual({ field: "f", value: "v", rule: RULE, message });
    expect("code" in i).toBe(false);
  });

  it("throws a RuleInputError whose message names the rule, field and value", () => {
    expect(() => fail(RULE, "f", 3, "out of range")).toThrow(RuleInputError);
    expect(() => fail(RULE, "f", 3, "out of range")).toThrow("R-TEST: f = 3: out of range");
  });
});

// From the explanations' tests ("RuleInputError in three languages"): the codes the checks give each
// kind of bad value, seen through public functions, and the English message they leave unchanged.
describe("num, parse — issue codes through the public functions (issue 7)", () => {
  it("codes: missing, wrong type, NaN, not finite, empty, exponent, not whole, unknown field, invalid date", () => {
    const code = (f: () => unknown) => (err(f) as RuleInputError).issues.map((i) => i.code);
    expect(code(() => selectionPersonalQualities(undefined as never))).toEqual(["missing"]);
    expect(code(() => selectionPersonalQualities(true as never))).toEqual(["wrong-type"]);
    expect(code(() => selectionPersonalQualities(NaN))).toEqual(["nan"]);
    expect(code(() => selectionPersonalQualities(Infinity))).toEqual(["not-finite"]);
    expect(code(() => selectionPersonalQualities(" "))).toEqual(["empty-string"]);
    expect(code(() => selectionPersonalQualities("1e2"))).toEqual(["exponent"]);
    expect(code(() => selectionEssay(3.5))).toEqual(["not-whole"]);
    expect(code(() => competitionPersonalQualities({ track: "lower", iq: 3, x: 1 } as never))).toEqual(["unknown-field"]);
    expect(code(() => earliestRetestDate("2026-02-30"))).toEqual(["invalid-date"]);
    for (const l of EXPLAIN_LANGS) expect(ruleInputErrorMessages(err(() => earliestRetestDate("2026-02-30")), l)[0]).toContain("testDate");
  });
  it("the English message of every issue is unchanged by the codes", () => {
    expect((err(() => selectionPersonalQualities("2,5")) as Error).message).toBe(
      'R-SEL-1: S = "2,5": comma decimal: write "2.5" (a dot as the decimal separator); expected a number from 0 to 100 (percent)',
    );
  });
});
