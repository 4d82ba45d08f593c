// The shared input checks every public function is built on (src/internal/validate.ts): the exact
// English message, machine-readable code and params of each kind of bad value, how a zod issue
// becomes a RuleInputIssue (field path, value as given, code), and the phrases `fail` classifies.
// Callers match on `code`/`params` and show `message`, so each of them is pinned here.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { competitionPersonalQualities, earliestRetestDate, EXPLAIN_LANGS, RuleInputError, ruleInputErrorMessages, selectionEssay, selectionPersonalQualities } from "../../src/index.js";
import { fail, listOf, MAX_DIGITS, num, numReader, parse, toDecimal, toDecimalChecked } from "../../src/internal/validate.js";
import { fc, test as fcTest } from "@fast-check/vitest";
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
      params: { min: "0", max: "100", whole: true, unit: "points" },
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

  // (issue 23: the scoring length check now gives its issues the codes too-few / too-many, see
  // test/scoring/array-length.test.ts; the test that pinned "no code" is replaced there)

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

// issue 23, item 6: a number with more significant digits than the library computes with (40) is
// rejected, not rounded
describe("toDecimalChecked: too many digits (issue 23)", () => {
  const tooMany = (n: number | string) => ({
    message: `too many digits: ${n} significant digits, at most 40 are computed exactly`,
    code: "too-many-digits",
    params: { max: 40 },
  });

  it("the bound is the precision of the library's arithmetic: 40", () => {
    expect(MAX_DIGITS).toBe(40);
  });

  it.each<[string, unknown, number]>([
    ["45-digit whole number", "1" + "2".repeat(44), 45],
    ["41 digits", "1".repeat(41), 41],
    ["41 digits with a decimal point", "1".repeat(20) + "." + "1".repeat(21), 41],
    ["a whole number's trailing zeros count", "1" + "0".repeat(50), 51],
    ["signed, leading zeros not counted", "-000" + "9".repeat(41), 41],
    ["41 significant decimals", "0." + "1".repeat(41), 41],
    ["a Decimal of 41 digits", new Decimal("1".repeat(41)), 41],
    ["a JS number of 10^40", 1e40, 41],
    ["a JS number of 1.7976931348623157e308", Number.MAX_VALUE, 309],
  ])("%s → too-many-digits", (_name, value, n) => {
    expect(toDecimalChecked(value)).toStrictEqual(tooMany(n));
  });

  it("a Decimal of more than 7 digit words is rejected before it is copied", () => {
    expect(toDecimalChecked(new Decimal("1".repeat(60)))).toStrictEqual(tooMany("more than 40"));
  });

  it.each<[string, unknown, string]>([
    ["40 digits", "1".repeat(40), "1".repeat(40)],
    ["40 digits with a point", "1".repeat(20) + "." + "1".repeat(20), "1".repeat(20) + "." + "1".repeat(20)],
    ["trailing decimal zeros are not digits", "2.5" + "0".repeat(100), "2.5"],
    ["leading zeros are not digits", "0".repeat(100) + "7", "7"],
    ["leading decimal zeros are not digits", "0." + "0".repeat(60) + "12", "1.2e-61"],
    ["the library's own 40-digit result", "4." + "3".repeat(39), "4." + "3".repeat(39)],
    ["a 40-digit Decimal", new Decimal(1).div(3).toDecimalPlaces(40), new Decimal(1).div(3).toDecimalPlaces(40).toString()],
    ["zero", "0.000", "0"],
    ["a JS number below 10^40", 9.999e39, "9999" + "0".repeat(36)],
    ["the smallest JS number", 5e-324, "5e-324"],
  ])("%s is accepted", (_name, value, expected) => {
    const d = toDecimalChecked(value);
    expect(Decimal.isDecimal(d)).toBe(true);
    expect((d as Decimal).toString()).toBe(expected);
  });

  it("a huge digit string (10^7 characters) is rejected in one pass, without building a Decimal", () => {
    expect(toDecimalChecked("9".repeat(10_000_000))).toStrictEqual(tooMany(10_000_000));
  });

  it("through num and parse: code too-many-digits with params.max, in three languages", () => {
    const i = firstIssue(() => parse(num({ min: 0 }), "1" + "2".repeat(44), RULE, "S"));
    expect(i).toMatchObject({ field: "S", code: "too-many-digits", params: { max: 40, min: "0" } });
    expect(i.message).toBe("too many digits: 45 significant digits, at most 40 are computed exactly; expected a number at least 0");
    for (const l of EXPLAIN_LANGS) expect(ruleInputErrorMessages(err(() => parse(num(), "1".repeat(41), RULE, "S")), l)[0]).toContain("40");
  });

  it("fail classifies the phrase \"too many digits\"", () => {
    // the limit is read from the message: 40 for a score, 100 for the funnel's written-out digits
    expect(firstIssue(() => fail(RULE, "f", "v", "too many digits: 41 significant digits, at most 40 are computed exactly"))).toMatchObject({ code: "too-many-digits", params: { max: 40 } });
    expect(firstIssue(() => fail(RULE, "f", "v", "too many digits: 101 digits written out, at most 100 are compared"))).toMatchObject({ code: "too-many-digits", params: { max: 100 } });
  });
});

describe("toDecimalChecked: hostile values (issue 23)", () => {
  it("an object that only claims to be a Decimal is a wrong type, not a TypeError", () => {
    const wrong = { message: "wrong type (object): expected a number, a decimal string or a Decimal", code: "wrong-type", params: { expected: "number", received: "object" } };
    expect(toDecimalChecked({ toStringTag: "[object Decimal]" })).toStrictEqual(wrong);
    expect(toDecimalChecked({ toStringTag: "[object Decimal]", d: [1e9], e: 0, s: 1 })).toStrictEqual(wrong);
    expect(toDecimalChecked({ toStringTag: "[object Decimal]", d: null, e: 0, s: 2 })).toStrictEqual(wrong);
    expect(toDecimalChecked({ toStringTag: "[object Decimal]", d: [25], e: 1, s: 1 })).toSatisfy((d: unknown) => Decimal.isDecimal(d) && String(d) === "25");
  });

  it("a long comma decimal: no suggestion repeating the caller's digits", () => {
    expect(toDecimalChecked("1," + "5".repeat(100))).toStrictEqual({ message: "comma decimal: write the number with a dot as the decimal separator", code: "comma-decimal" });
  });
});

// issue 23, item 4: parse lists at most 100 issues and counts the rest; listOf reads a list of any
// length once, building the issues of the first bad items only
describe("parse and listOf: at most 100 issues, the rest counted (issue 23)", () => {
  const grades = z.object({ g: listOf(num({ min: 0, max: 5, whole: true })) });
  const thrown = (f: () => unknown): RuleInputError => err(f) as RuleInputError;

  it("a million NaNs: 100 listed, 999,900 counted", () => {
    const e = thrown(() => parse(grades, { g: new Array(1_000_000).fill(Number.NaN) }, RULE));
    expect(e).toBeInstanceOf(RuleInputError);
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[0]).toMatchObject({ field: "g[0]", code: "nan" });
    expect(e.issues[99]!.field).toBe("g[99]");
    expect(e.message.endsWith("; … and 999900 more issues")).toBe(true);
  });

  it("a sparse array of length 10^6: every hole a missing item, 100 listed", () => {
    const e = thrown(() => parse(grades, { g: new Array(1_000_000) }, RULE));
    expect(e.issues).toHaveLength(100);
    expect(e.omittedIssues).toBe(999_900);
    expect(e.issues[5]).toMatchObject({ field: "g[5]", value: undefined, code: "missing" });
  });

  it("listOf: valid items are the schema's output; not an array is a wrong type; too few", () => {
    expect(parse(grades, { g: ["4", 5] }, RULE).g.map(String)).toEqual(["4", "5"]);
    expect(firstIssue(() => parse(grades, { g: "4,5" }, RULE))).toMatchObject({ field: "g", code: "wrong-type", params: { expected: "array" }, message: "wrong type: expected array" });
    expect(firstIssue(() => parse(grades, {}, RULE))).toMatchObject({ field: "g", code: "missing" });
    const min = z.object({ g: listOf(z.number(), { min: 2, tooFew: (n) => `two needed, got ${n}` }) });
    expect(allIssues(() => parse(min, { g: ["x"] }, RULE))).toEqual([
      expect.objectContaining({ field: "g[0]", code: "wrong-type" }),
      { field: "g", value: ["x"], rule: RULE, message: "two needed, got 1", code: "too-few", params: { min: 2 } },
    ]);
    const noMessage = listOf(z.number(), { min: 1 });
    expect(firstIssue(() => parse(noMessage, [], RULE, "v"))).toMatchObject({ field: "v", code: "too-few", message: "too few items: at least 1 expected" });
  });

  it("listOf of objects: nested paths; two lists: each lists 100, parse keeps 100 in all", () => {
    const s = z.object({ a: listOf(z.object({ d: z.string() }).strict()), b: listOf(z.string()) });
    const e = thrown(() => parse(s, { a: new Array(150).fill({ d: 1 }), b: new Array(150).fill(1) }, RULE, "i"));
    expect(e.issues).toHaveLength(100);
    expect(e.issues[0]).toMatchObject({ field: "i.a[0].d", value: 1, code: "wrong-type" });
    expect(e.omittedIssues).toBe(200);
  });

  it("unknown keys: 100 listed, the others counted", () => {
    const keys = Object.fromEntries(Array.from({ length: 250 }, (_, k) => [`x${k}`, k]));
    const e = thrown(() => parse(z.strictObject({}), keys, RULE));
    expect(e.issues).toHaveLength(100);
    expect(e.issues[99]).toMatchObject({ field: "x99", value: 99, code: "unknown-field" });
    expect(e.omittedIssues).toBe(150);
  });
});

// issue 17: the fast branches of toDecimalChecked (a number below 10^21 is not counted; a plain
// decimal string is recognised first) and numReader (a num's plain reader, for fast paths) must
// accept and reject exactly what the full checks do, with the same messages.
describe("toDecimalChecked and numReader: fast branches change nothing (issue 17)", () => {
  it("numbers around the 10^21 bound: below, counted or not, the same Decimal; at 10^40, too many digits", () => {
    expect((toDecimalChecked(999999999999999900000) as Decimal).toFixed()).toBe("999999999999999900000");
    expect((toDecimalChecked(1e21) as Decimal).toFixed()).toBe("1" + "0".repeat(21));
    expect((toDecimalChecked(-1e21) as Decimal).toFixed()).toBe("-1" + "0".repeat(21));
    // the funnel's own bound of 100 and a bound below 21 still count every number
    expect(toDecimalChecked(123456.789, 5)).toMatchObject({ code: "too-many-digits", params: { max: 5 } });
    expect(toDecimalChecked(1e40)).toMatchObject({ code: "too-many-digits" });
  });

  it("strings: a plain decimal is read at once; spaces, signs, commas, exponents and 41 digits as before", () => {
    expect(toDecimalChecked(" 2.50 ")?.toString()).toBe("2.5");
    expect(toDecimalChecked("-.5")?.toString()).toBe("-0.5");
    expect(toDecimalChecked("2,5")).toMatchObject({ code: "comma-decimal", params: { suggestion: "2.5" } });
    expect(toDecimalChecked("1e3")).toMatchObject({ code: "exponent" });
    expect(toDecimalChecked("")).toMatchObject({ code: "empty-string" });
    expect(toDecimalChecked("0".repeat(60) + "1")?.toString()).toBe("1"); // 61 characters, 1 digit
    expect(toDecimalChecked("1".repeat(41))).toMatchObject({ code: "too-many-digits", message: "too many digits: 41 significant digits, at most 40 are computed exactly" });
  });

  it("numReader gives the Decimal a num schema outputs, or undefined where the schema reports a problem", () => {
    const schema = num({ min: 0, max: 5 });
    const read = numReader(schema)!;
    expect(read("4.5")!.toString()).toBe("4.5");
    for (const bad of [-1, 5.01, "x", null, undefined, Number.NaN]) {
      expect(read(bad)).toBeUndefined();
      expect(() => parse(schema, bad, RULE)).toThrow(RuleInputError);
    }
    expect(numReader(z.string())).toBeUndefined();
  });

  fcTest.prop([fc.oneof(fc.double(), fc.string({ maxLength: 50 }), fc.stringMatching(/^[+-]?\d{0,45}(\.\d{0,45})?$/))], { numRuns: 1000 })(
    "property: toDecimalChecked agrees with new Decimal on every accepted value, and accepts what the written rules accept",
    (v) => {
      const r = toDecimalChecked(v);
      if (Decimal.isDecimal(r)) expect((r as Decimal).eq(new Decimal(typeof v === "string" ? v.trim() : v))).toBe(true);
    },
  );
});
