// src/scoring/fast.ts: the fast paths of the scoring functions (issue 17) read a valid input
// without a zod run and fall back to the schema for anything else. Property: with the fast paths
// on and off, every function gives the same value, or throws a RuleInputError with equal issues
// (and the same omitted count), or throws the same other error — on valid and invalid inputs.
import { afterEach, describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { RuleInputError } from "../../src/errors.js";
import {
  competitionInterview,
  competitionPersonalQualities,
  competitionPractical,
  meanOfGrades,
  selectionEssay,
  selectionInformation,
  selectionInterview,
  selectionPersonalQualities,
} from "../../src/scoring/index.js";
import { setFastPaths } from "../../src/scoring/fast.js";

type Outcome = { value: string } | { issues: unknown; omitted: number } | { thrown: string };

function outcome(f: () => Decimal): Outcome {
  try {
    const v = f();
    return { value: `${v.toString()}|${v.constructor === Decimal || Decimal.isDecimal(v)}` };
  } catch (e) {
    if (e instanceof RuleInputError) return { issues: e.issues, omitted: e.omittedIssues };
    return { thrown: `${(e as Error)?.constructor?.name}: ${(e as Error)?.message}` };
  }
}

/** The outcome with the fast paths on, and with the schema path alone. */
function both(f: () => Decimal): [Outcome, Outcome] {
  setFastPaths(true);
  const fast = outcome(f);
  setFastPaths(false);
  try {
    return [fast, outcome(f)];
  } finally {
    setFastPaths(true);
  }
}

afterEach(() => setFastPaths(true));

/** A number-like value: mostly valid on small scales, often not (wrong type, NaN, comma, exponent, out of range). */
const plain = (x: number | string): unknown => x;
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 120 }).map(plain) },
  { weight: 3, arbitrary: fc.double({ min: -2, max: 110, noNaN: true }).map(plain) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 12000 }).map((k) => (k / 100).toFixed(2)) },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 12000 }).map((k) => new Decimal(k).div(100)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }).map((k) => `${k}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, "", " 3 ", "2,5", "1e2", "abc", "+4", ".5", null, undefined, true, [], {}, [3], 2n, Symbol.for("x"), "1".repeat(45), Object.create(null)),
  },
);

/** Options: none, the valid forms, and unusual ones (unknown keys, wrong types, other prototypes). */
function options(key: string, v: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(undefined),
    v.map((x) => ({ [key]: x })),
    v.map((x) => Object.assign(Object.create(null) as object, { [key]: x })),
    v.map((x) => ({ [key]: x, extra: 1 })),
    fc.constantFrom<unknown>({}, null, 0, "x", [], { extra: true }, { [key]: undefined }, new (class Opts {})()),
  );
}
const wholePoints = options("wholePoints", fc.constantFrom<unknown>(true, false, undefined, "false", 0, null));
const perBlock = options("questionsPerBlock", fc.oneof(value, fc.integer({ min: 1, max: 30 })));

describe("issue 17: fast paths agree with the schema path", () => {
  test.prop([value])("R-SEL-1 selectionPersonalQualities", (S) => {
    const [fast, schema] = both(() => selectionPersonalQualities(S as never));
    expect(fast).toEqual(schema);
  });

  test.prop([value, value, perBlock])("R-SEL-2 selectionInformation", (S1, S2, opts) => {
    const [fast, schema] = both(() => selectionInformation(S1 as never, S2 as never, opts as never));
    expect(fast).toEqual(schema);
  });

  test.prop([value])("R-SEL-3 selectionEssay", (p) => {
    const [fast, schema] = both(() => selectionEssay(p as never));
    expect(fast).toEqual(schema);
  });

  test.prop([value])("R-SEL-4 selectionInterview", (p) => {
    const [fast, schema] = both(() => selectionInterview(p as never));
    expect(fast).toEqual(schema);
  });

  test.prop([value, value, wholePoints])("R-GC-3 competitionPractical", (p1, p2, opts) => {
    const [fast, schema] = both(() => competitionPractical(p1 as never, p2 as never, opts as never));
    expect(fast).toEqual(schema);
  });

  test.prop([value, value, wholePoints])("R-GC-4 competitionInterview", (c1, c2, opts) => {
    const [fast, schema] = both(() => competitionInterview(c1 as never, c2 as never, opts as never));
    expect(fast).toEqual(schema);
  });

  /** A list: mostly of valid-looking grades, of lengths around the expected ones; sometimes sparse, or not an array. */
  const list = (item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { minLength: 0, maxLength: 12 }) },
      { weight: 1, arbitrary: fc.sparseArray(item, { maxLength: 11 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, "1,2,3", 3, {}, { length: 3 }) },
    );
  const grade = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }).map((k) => [k, `${k}`, new Decimal(k)][k % 3]) }, { weight: 1, arbitrary: value });

  test.prop([list(grade)])("R-SEL-3 meanOfGrades", (grades) => {
    const [fast, schema] = both(() => meanOfGrades(grades as never));
    expect(fast).toEqual(schema);
  });

  const validScore = fc.integer({ min: 0, max: 500 }).map((k) => [k / 100, (k / 100).toFixed(2), new Decimal(k).div(100)][k % 3]);
  const score = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 3000 }).map((k) => [k / 100, (k / 100).toFixed(2), new Decimal(k).div(100)][k % 3]) }, { weight: 1, arbitrary: value });
  const pqInput: fc.Arbitrary<unknown> = fc.oneof(
    fc.record({ track: fc.constantFrom<unknown>("leadership", "non-leadership", "lower", "other", undefined), competencies: list(score) }),
    fc.record({ track: fc.constantFrom<unknown>("lower", "leadership"), iq: score }),
    fc.record({ track: fc.constantFrom<unknown>("lower", "non-leadership"), iq: score, competencies: list(score) }, { requiredKeys: ["track"] }),
    fc.record({ track: fc.constant("leadership"), competencies: fc.array(score, { minLength: 10, maxLength: 10 }) }),
    fc.record({ track: fc.constant("non-leadership"), competencies: fc.array(score, { minLength: 7, maxLength: 7 }) }),
    fc.record({ track: fc.constant("leadership"), competencies: fc.array(validScore, { minLength: 10, maxLength: 10 }) }),
    fc.record({ track: fc.constant("non-leadership"), competencies: fc.array(validScore, { minLength: 7, maxLength: 7 }) }),
    fc.record({ track: fc.constant("lower"), iq: score }).map((o) => Object.assign(Object.create(null) as object, o)),
    fc.record({ track: fc.constant("lower"), iq: score, extra: fc.constant(1) }),
    fc.constantFrom<unknown>(undefined, null, "lower", [], new (class Input { track = "lower"; iq = 3 })()),
  );

  test.prop([pqInput])("R-GC-1 competitionPersonalQualities", (i) => {
    const [fast, schema] = both(() => competitionPersonalQualities(i as never));
    expect(fast).toEqual(schema);
  });

  test.prop([fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])("R-GC-3 R-GC-4 R-SEL-2 valid whole grades take the fast path and agree", (a, b) => {
    for (const f of [() => competitionPractical(a, b), () => competitionInterview(a, b, { wholePoints: true }), () => selectionInformation(a, b, { questionsPerBlock: 5 })]) {
      const [fast, schema] = both(f);
      expect("value" in fast).toBe(true);
      expect(fast).toEqual(schema);
    }
  });
});
