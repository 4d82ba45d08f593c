// Tests of src/eligibility/reserve/funnel/read-input.ts: how runReserveFunnel (R-PYR-3) reads and
// validates its options and every candidate's id, sector (R-PYR-2) and stage entries (scales of
// R-PYR-4, exclusion grounds of R-PYR-1), with the exact error contract of each problem.
import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { explainReserveCandidate, RESERVE_SECTORS, runReserveFunnel, type ReserveCandidate } from "../../../../src/index.js";
import { alone, cand, D, expectRuleInputError, population, SP, type Scores } from "../../../support/reserve.js";
import { allIssues } from "../../../support/first-issue.js";

const RULE = "R-PYR-3";
const SECTOR_LIST =
  "social-policy, infrastructure-industry-trade, economic-financial-policy, digitalisation, agro-industry-environment, foreign-policy-investment";
const STAGE_LIST = "text, numeric, situational, assessment, interview, expert, national";
const GROUND_LIST = "civil-service-law-art-16, false-information, procedure-breach, others-did-tasks, failed-verification, proctoring-violation";
/** The text block's scale (R-PYR-4): 25 tasks, correct answers counted. */
const TEXT_SCALE = "a whole number from 0 to 25";

describe("R-PYR-3 runReserveFunnel — reading the input: invalid input throws RuleInputError naming the candidate", () => {
  it("R-PYR-3 / R-PYR-4 / R-PYR-1 bad ids, sectors, scores, statuses, grounds", () => {
    const ok = (over: Partial<ReserveCandidate>): ReserveCandidate[] => [{ ...cand("a", D, { text: 20 }), ...over } as ReserveCandidate];
    expectRuleInputError(() => runReserveFunnel([cand("a", D, { text: 1 }), cand("a", SP, { text: 2 })]), /duplicate id/, /candidate "a"/);
    expectRuleInputError(() => runReserveFunnel(ok({ sector: "digital" as never })), /R-PYR-2/, /unknown sector/, /candidate "a"/);
    expectRuleInputError(() => runReserveFunnel(ok({ id: "" })), /non-empty/);
    for (const bad of [26, -1, 12.5, "12.5", "abc", "1,5", Number.NaN, Infinity, true, [], "1e1"]) {
      expectRuleInputError(() => runReserveFunnel(ok({ scores: { text: bad as never } })), /candidate "a"/, /scores\.text/);
    }
    expectRuleInputError(() => runReserveFunnel(ok({ scores: { text: 20, situational: "5.01" } })), /R-PYR-4/, /from 0 to 5/);
    expectRuleInputError(() => runReserveFunnel(ok({ scores: { text: 20, assessment: "-0.5" } })), /R-PYR-4/);
    expectRuleInputError(() => runReserveFunnel(ok({ scores: { txt: 20 } as never })), /unknown stage/);
    expectRuleInputError(() => runReserveFunnel(ok({ scores: { text: { status: "ill" } as never } })), /unknown status/);
    expectRuleInputError(() => runReserveFunnel(ok({ scores: { text: { status: "excluded", ground: "rude" } as never } })), /R-PYR-1/, /unknown exclusion ground/);
    expectRuleInputError(() => runReserveFunnel(ok({ scores: { text: { status: "absent", ground: "procedure-breach" } as never } })), /only with status "excluded"/);
    expectRuleInputError(() => runReserveFunnel(ok({ scores: null as never })), /scores/);
    expectRuleInputError(() => runReserveFunnel([null as never]), /candidates\[0\]/);
    expectRuleInputError(() => runReserveFunnel("x" as never), /array/);
  });

  it("R-PYR-3 bad options", () => {
    const cs = [cand("a", D, { text: 20, numeric: null })];
    for (const opts of [
      { ties: "maybe" },
      { halfRounding: "nearest" },
      { finalQuotas: { digital: 3 } },
      { finalQuotas: { digitalisation: -1 } },
      { finalQuotas: { digitalisation: 2.5 } },
      { finalQuotas: { digitalisation: "9" } },
      { finalQuota: {} },
      "strict",
    ]) {
      expectRuleInputError(() => runReserveFunnel(cs, opts as never), /R-PYR-3/, /opts/);
    }
  });
});

// The exact error contracts below were added after a mutation run over the funnel (then one
// file, reserve-funnel.ts): each pins the field, value, rule and message of one problem.
describe("R-PYR-3 runReserveFunnel — reading the options: exact errors", () => {
  it("R-PYR-3 opts that are not an options object (string, number, null, array): one issue on `opts`", () => {
    for (const opts of ["strict", 5, null, []]) {
      expect(allIssues(() => runReserveFunnel([], opts as never))).toEqual([
        { field: "opts", value: opts, rule: RULE, message: "expected an options object" },
      ]);
    }
  });

  it("R-PYR-3 an unknown option, a bad ties and a bad halfRounding: each named with its value", () => {
    expect(allIssues(() => runReserveFunnel([], { finalQuota: {} } as never))).toEqual([
      { field: "opts.finalQuota", value: {}, rule: RULE, message: "unknown option (expected ties, halfRounding, finalQuotas)" },
    ]);
    expect(allIssues(() => runReserveFunnel([], { ties: "maybe" } as never))).toEqual([
      { field: "opts.ties", value: "maybe", rule: RULE, message: 'expected "admit-all" or "strict"' },
    ]);
    expect(allIssues(() => runReserveFunnel([], { halfRounding: "nearest" } as never))).toEqual([
      { field: "opts.halfRounding", value: "nearest", rule: RULE, message: 'expected "up" or "down"' },
    ]);
  });

  it("R-PYR-3 finalQuotas that is not an object (string, number, null, array): one issue on `opts.finalQuotas`", () => {
    for (const fq of ["9", 7, null, [5]]) {
      expect(allIssues(() => runReserveFunnel([], { finalQuotas: fq } as never))).toEqual([
        { field: "opts.finalQuotas", value: fq, rule: RULE, message: "expected an object: sector id → quota" },
      ]);
    }
  });

  it("R-PYR-3 finalQuotas: an unknown sector and a quota that is not a whole number ≥ 0", () => {
    expect(allIssues(() => runReserveFunnel([], { finalQuotas: { digital: 3 } }))).toEqual([
      { field: "opts.finalQuotas.digital", value: 3, rule: RULE, message: `unknown sector (expected one of ${SECTOR_LIST})` },
    ]);
    for (const q of [-1, 2.5, "9"]) {
      expect(allIssues(() => runReserveFunnel([], { finalQuotas: { digitalisation: q } } as never))).toEqual([
        {
          field: "opts.finalQuotas.digitalisation",
          value: q,
          rule: RULE,
          message: "expected a whole number ≥ 0 (the National Commission's revised quota)",
        },
      ]);
    }
  });

  it("R-PYR-3 finalQuotas: a sector given as undefined keeps its quota (9 for digitalisation)", () => {
    // undefined = not given: digitalisation keeps 9 of 9 / 8 / 7 / 9 / 9 / 8; an explicit 0 applies
    const r = runReserveFunnel([], { finalQuotas: { digitalisation: undefined, "social-policy": 0 } });
    expect(r.options.finalQuotas.digitalisation).toBe(9);
    expect(r.options.finalQuotas["social-policy"]).toBe(0);
  });
});

describe("R-PYR-3 finalQuotas: not more than 50 into the Reserve, whatever the revision (lines 756–778)", () => {
  // «…Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады: …» (lines 756–760);
  // «Салалық бағыттар шеңберінде … квота … Ұлттық комиссияның қалауымен қайта қаралуы мүмкін.» (774–778)
  const CAP_QUOTE = "(«Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады», lines 756–760)";
  const capIssue = (sum: number, shown: string, value: unknown) => ({
    field: "opts.finalQuotas",
    value,
    rule: RULE,
    message: `the quotas in effect sum to ${sum} (${shown}): the Reserve takes not more than 50 candidates, whatever the revision ${CAP_QUOTE}`,
    code: "quota-sum",
    params: { sum, terms: shown, max: 50 },
  });

  it("R-PYR-3 ten per sector: 10 × 6 = 60 > 50 is a RuleInputError, not 60 silently admitted", () => {
    const fq = Object.fromEntries(RESERVE_SECTORS.map((s) => [s, 10]));
    expect(allIssues(() => runReserveFunnel([], { finalQuotas: fq }))).toEqual([capIssue(60, "10 + 10 + 10 + 10 + 10 + 10", fq)]);
  });

  it("R-PYR-3 one sector revised up by one: 10 + 8 + 7 + 9 + 9 + 8 = 51 > 50", () => {
    const fq = { "social-policy": 10 };
    expect(allIssues(() => runReserveFunnel([], { finalQuotas: fq }))).toEqual([capIssue(51, "10 + 8 + 7 + 9 + 9 + 8", fq)]);
  });

  it("R-PYR-3 places moved between sectors: 12 + 8 + 5 + 9 + 9 + 7 = 50 is allowed, as is any total below 50", () => {
    const r = runReserveFunnel([], { finalQuotas: { "social-policy": 12, "economic-financial-policy": 5, "foreign-policy-investment": 7 } });
    expect(Object.values(r.options.finalQuotas).reduce((a, b) => a + b, 0)).toBe(50);
    // 0 + 8 + 7 + 9 + 9 + 8 = 41
    expect(runReserveFunnel([], { finalQuotas: { "social-policy": 0 } }).options.finalQuotas["social-policy"]).toBe(0);
    // the defaults themselves: 9 + 8 + 7 + 9 + 9 + 8 = 50
    expect(Object.values(runReserveFunnel([]).options.finalQuotas).reduce((a, b) => a + b, 0)).toBe(50);
  });

  it("R-PYR-3 the sum is checked only once every revised quota is readable (a bad entry is reported alone)", () => {
    // 60 + a bad entry: the sum would count the default 9 for digitalisation, so only the bad entry is listed
    expect(allIssues(() => runReserveFunnel([], { finalQuotas: { "social-policy": 60, digitalisation: -1 } }))).toEqual([
      { field: "opts.finalQuotas.digitalisation", value: -1, rule: RULE, message: "expected a whole number ≥ 0 (the National Commission's revised quota)" },
    ]);
  });

  it("R-PYR-3 a huge revised quota: the sum is exact (2^53 − 1 + 41 is not rounded into a smaller total)", () => {
    const big = Number.MAX_SAFE_INTEGER;
    const fq = { "social-policy": big };
    const e = allIssues(() => runReserveFunnel([], { finalQuotas: fq }));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ field: "opts.finalQuotas", rule: RULE });
    expect(e[0]!.message).toMatch(/^the quotas in effect sum to \d+ \(9007199254740991 \+ 8 \+ 7 \+ 9 \+ 9 \+ 8\)/);
  });
});

describe("R-PYR-3 runReserveFunnel — reading the candidates: exact errors", () => {
  it("R-PYR-3 a candidate that is not an object (null, number, string, array)", () => {
    for (const c of [null, 5, "x", []]) {
      expect(allIssues(() => runReserveFunnel([c] as never))).toEqual([
        { field: "candidates[0]", value: c, rule: RULE, message: "expected a candidate object { id, sector, scores }" },
      ]);
    }
  });

  it("R-PYR-3 a non-string id is named by position; an empty id by its (empty) string", () => {
    expect(allIssues(() => runReserveFunnel([{ id: 7, sector: D, scores: { text: 1, numeric: null } }] as never))).toEqual([
      { field: "candidates[0].id", value: 7, rule: RULE, message: "candidate at position 0: expected a non-empty string id" },
    ]);
    expect(allIssues(() => runReserveFunnel([cand("", D, { text: 1, numeric: null })]))).toEqual([
      { field: "candidates[0].id", value: "", rule: RULE, message: 'candidate "": expected a non-empty string id' },
    ]);
  });

  it("R-PYR-3 a duplicate id names the position of its first holder", () => {
    // "a" first at position 1, again at 2 → the issue is on candidates[2], pointing at candidates[1]
    const cs = [cand("x", D, { text: 1 }), cand("a", D, { text: 2 }), cand("a", SP, { text: 3 })];
    expect(allIssues(() => runReserveFunnel(cs))).toEqual([
      { field: "candidates[2].id", value: "a", rule: RULE, message: 'candidate "a": duplicate id (also at candidates[1])' },
    ]);
  });

  it("R-PYR-3 an invalid candidate slot is never taken for the first holder of a duplicate id", () => {
    // position 0 is not a candidate (or has no valid id): the id held at positions 1 and 2 was first
    // held at 1, whatever the id is (here one no caller would pick, to rule out any placeholder)
    const id = "Stryker was here!";
    for (const first of [null, { id: 7, sector: D, scores: { text: 1 } }]) {
      const iss = allIssues(() => runReserveFunnel([first, cand(id, D, { text: 2 }), cand(id, D, { text: 3 })] as never));
      expect(iss).toHaveLength(2);
      expect(iss[1]).toEqual({ field: "candidates[2].id", value: id, rule: RULE, message: `candidate ${JSON.stringify(id)}: duplicate id (also at candidates[1])` });
    }
  });

  it("R-PYR-2 an unknown sector, and a sector that is not a string (even one that prints as a sector id)", () => {
    for (const sector of ["digital", ["digitalisation"], 3]) {
      expect(allIssues(() => runReserveFunnel([{ id: "a", sector, scores: { text: 1, numeric: null } }] as never))).toEqual([
        { field: "candidates[0].sector", value: sector, rule: "R-PYR-2", message: `candidate "a": unknown sector (expected one of ${SECTOR_LIST})` },
      ]);
    }
  });

  it("R-PYR-3 scores that are not an object (null, number, string, array)", () => {
    for (const scores of [null, 5, "x", []]) {
      expect(allIssues(() => runReserveFunnel([{ id: "a", sector: D, scores }] as never))).toEqual([
        { field: "candidates[0].scores", value: scores, rule: RULE, message: 'candidate "a": expected an object of stage scores' },
      ]);
    }
  });

  it("R-PYR-3 an unknown stage key", () => {
    expect(allIssues(() => runReserveFunnel([cand("a", D, { txt: 20 } as never)]))).toEqual([
      { field: "candidates[0].scores.txt", value: 20, rule: RULE, message: `candidate "a": unknown stage (expected one of ${STAGE_LIST})` },
    ]);
  });

  it("R-PYR-3 only own entries count: an inherited text score is not an entry", () => {
    // a reached text (everyone does) but has no own entry for it → the missing-entry issue at text
    const scores = Object.create({ text: 20 }) as Scores;
    expect(allIssues(() => runReserveFunnel([cand("a", D, scores)]))).toEqual([
      {
        field: "candidates[0].scores.text",
        value: undefined,
        rule: RULE,
        message: 'candidate "a": reached the text stage but has no entry for it (give the score, null, or a status)',
      },
    ]);
  });

  it("R-PYR-3 an entry given as undefined is a missing key: fine for a stage not reached", () => {
    // b 20 and a 10 completed block 1 → ⌈2/2⌉ = 1 → b only; a never reaches numeric, so its
    // numeric: undefined is as if absent from the object
    const r = runReserveFunnel([cand("a", D, { text: 10, numeric: undefined }), cand("b", D, { text: 20, numeric: { status: "absent" } })]);
    expect(r.stages[0]!.admitted).toEqual(["b"]);
    expect(explainReserveCandidate(r, "a")).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 2 });
  });
});

describe("R-PYR-3 / R-PYR-4 / R-PYR-1 runReserveFunnel — reading the stage entries: exact errors", () => {
  const issueOf = (text: unknown) => allIssues(() => runReserveFunnel(alone(text as never)));

  it("R-PYR-4 above the text scale, as a number or a digit string; below it (−1): out of range", () => {
    for (const v of [26, "26", -1]) {
      expect(issueOf(v)).toEqual([{ field: "candidates[0].scores.text", value: v, rule: "R-PYR-4", message: `candidate "a": out of range: expected ${TEXT_SCALE}` }]);
    }
  });

  it("R-PYR-4 a fraction on the whole-number text scale: not whole", () => {
    expect(issueOf("12.5")).toEqual([{ field: "candidates[0].scores.text", value: "12.5", rule: "R-PYR-4", message: `candidate "a": not whole: expected ${TEXT_SCALE}` }]);
  });

  it("R-PYR-3 not a number at all: the reason, then what is expected", () => {
    expect(issueOf("abc")).toEqual([
      {
        field: "candidates[0].scores.text",
        value: "abc",
        rule: RULE,
        message: `candidate "a": not a decimal number string (expected digits with an optional dot, e.g. "2.5"); expected ${TEXT_SCALE}, null, or a status`,
      },
    ]);
    // an array holding a valid score is still an array, not a score
    expect(issueOf([20])).toEqual([
      {
        field: "candidates[0].scores.text",
        value: [20],
        rule: RULE,
        message: `candidate "a": wrong type (array): expected a number, a decimal string or a Decimal; expected ${TEXT_SCALE}, null, or a status`,
      },
    ]);
  });

  it("R-PYR-3 a status is a plain object: a function or an array carrying `status` is not one", () => {
    const fn = Object.assign(() => 0, { status: "absent" });
    expect(issueOf(fn)).toEqual([
      {
        field: "candidates[0].scores.text",
        value: fn,
        rule: RULE,
        message: `candidate "a": wrong type (function): expected a number, a decimal string or a Decimal; expected ${TEXT_SCALE}, null, or a status`,
      },
    ]);
    const arr = Object.assign([], { status: "absent" });
    expect(issueOf(arr)[0]!.message).toBe(
      `candidate "a": wrong type (array): expected a number, a decimal string or a Decimal; expected ${TEXT_SCALE}, null, or a status`,
    );
  });

  it("R-PYR-3 a status with an unknown field", () => {
    const v = { status: "absent", note: "x" };
    expect(issueOf(v)).toEqual([
      {
        field: "candidates[0].scores.text",
        value: v,
        rule: RULE,
        message: 'candidate "a": unknown field "note" in a status (expected { status: "absent" } or { status: "excluded", ground? })',
      },
    ]);
  });

  it("R-PYR-1 an exclusion with an unknown ground lists the grounds of R-PYR-1", () => {
    const v = { status: "excluded", ground: "rude" };
    expect(issueOf(v)).toEqual([
      {
        field: "candidates[0].scores.text",
        value: v,
        rule: "R-PYR-1",
        message: `candidate "a": unknown exclusion ground "rude" (expected one of ${GROUND_LIST}; rule R-PYR-1)`,
      },
    ]);
  });
});

describe("R-PYR-3 runReserveFunnel — reading a score: −0 is 0", () => {
  // mutation run: pins the reader's −0 → 0 (the number −0 and the string "-0", on a whole and a decimal scale)
  it("R-PYR-3 a score of −0 (number or string) is the score 0, never a negative zero", () => {
    // alone in digitalisation: admitted at text with the cut-off 0 (not −0)
    for (const v of [-0, "-0"]) {
      const r = runReserveFunnel(alone(v));
      const cutoff = r.stages[0]!.bySector[D].cutoff!;
      expect(cutoff.isZero()).toBe(true);
      expect(cutoff.isNeg()).toBe(false);
      expect(JSON.parse(JSON.stringify(r)).stages[0].bySector[D].cutoff).toBe("0");
    }
    // a non-whole scale likewise (situational, from 0 to 5)
    const r = runReserveFunnel([cand("a", D, { text: 20, numeric: 20, situational: "-0", assessment: null })]);
    expect(r.stages[2]!.bySector[D].cutoff!.isNeg()).toBe(false);
  });
});

describe("R-PYR-3 runReserveFunnel — reading the input: properties", () => {
  fcTest.prop([
    population.filter((p) => p.length > 0),
    fc.nat(),
    fc.constantFrom(-1, 26, 2.5, "x", Number.NaN, {}, [], true, "-3"),
  ], { numRuns: 40 })("R-PYR-3 property: a bad text score anywhere throws RuleInputError naming the candidate", (cs, pick, bad) => {
    const k = pick % cs.length;
    const broken = cs.map((x, i) => (i === k ? { ...x, scores: { ...x.scores, text: bad as never } } : x));
    expectRuleInputError(() => runReserveFunnel(broken), new RegExp(`candidate "${cs[k]!.id}"`));
  });
});

// issue 23, item 3: a status or ground of any value — BigInt, Symbol, circular, 10,000 deep, a
// Proxy — is a RuleInputError whose message shows it bounded (no JSON.stringify of the caller's value)
describe("R-PYR-3 runReserveFunnel — hostile statuses and grounds (issue 23)", () => {
  const entry = (v: unknown) => [cand("a", D, { text: v as never })];
  const trap = (): never => {
    throw new Error("trap");
  };
  // built inside the tests (not as it.each rows: the runner would format them for the test names)
  const hostile: [string, () => unknown, string][] = [
    ["10n", () => 10n, "10n"],
    ["a Symbol", () => Symbol("s"), "Symbol(s)"],
    ["a circular object", () => {
      const o: Record<string, unknown> = { status: "excluded" };
      o.ground = o;
      o.status = o;
      return o;
    }, "[object Object]"],
    ["a 10,000-deep object", () => {
      let deep: unknown = "x";
      for (let i = 0; i < 10_000; i++) deep = { a: deep };
      return deep;
    }, "[object Object]"],
    ["a revoked Proxy", () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }, "object"],
    ["a Proxy whose traps throw", () => new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }), "object"],
    ["a string of 10^6 characters", () => "s".repeat(1_000_000), `"${"s".repeat(60)}"…(1000000 characters)`],
  ];

  for (const [name, make, shown] of hostile) {
    it(`R-PYR-3 status = ${name}: RuleInputError, the status shown as ${shown.slice(0, 20)}`, () => {
      const status = make();
      const [i] = allIssues(() => runReserveFunnel(entry({ status })));
      expect(i!.field).toBe("candidates[0].scores.text");
      expect(i!.rule).toBe(RULE);
      expect(i!.message).toBe(`candidate "a": unknown status ${shown} (expected "absent" or "excluded")`);
    });
    it(`R-PYR-1 ground = ${name}: RuleInputError, the ground shown as ${shown.slice(0, 20)}`, () => {
      const ground = make();
      const [i] = allIssues(() => runReserveFunnel(entry({ status: "excluded", ground })));
      expect(i!.rule).toBe("R-PYR-1");
      expect(i!.message).toBe(`candidate "a": unknown exclusion ground ${shown} (expected one of ${GROUND_LIST}; rule R-PYR-1)`);
    });
  }
});

// issue 23, item 6: the funnel ranks by exact keys and never rounds, so a score may have more
// than the scoring formulas' 40 significant digits — up to 100 digits written out, which keeps the
// keys short
describe("R-PYR-3 runReserveFunnel — digits of a score (issue 23)", () => {
  it("R-PYR-3 41 significant digits are ranked exactly; 101 digits written out are rejected", () => {
    expect(() => runReserveFunnel([cand("a", D, { text: 20, numeric: 20, situational: "4." + "3".repeat(40), assessment: null })])).not.toThrow();
    const [i] = allIssues(() => runReserveFunnel([cand("a", D, { text: 20, situational: "4." + "3".repeat(100) })]));
    expect(i).toMatchObject({ field: "candidates[0].scores.situational", rule: RULE });
    expect(i!.message).toBe('candidate "a": too many digits: 101 significant digits, at most 100 are computed exactly; expected a number from 0 to 5, null, or a status');
  });

  it("R-PYR-3 a score of 10^6 decimal places (one significant digit) is rejected on its length", () => {
    const [i] = allIssues(() => runReserveFunnel([cand("a", D, { text: 20, situational: "0." + "0".repeat(1_000_000) + "1" })]));
    expect(i!.message).toBe('candidate "a": too many digits: 1000001 digits written out, at most 100 are compared; expected a number from 0 to 5');
  });
});
