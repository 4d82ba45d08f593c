// Tests added to kill the mutants of src/eligibility/reserve-funnel.ts (R-PYR-3, with R-PYR-1 /
// R-PYR-2 / R-PYR-4 for the entries it validates) that survived a mutation run: exact error
// contracts (field, value, rule, message), the cap on listed problems, exactness of very long or
// very precise scores, −0, and the tie outcome of the first candidate of a tied group. Expected
// values are worked out by hand from the rule and the documented messages, never copied from a run.
import { describe, expect, it } from "vitest";
import {
  explainReserveCandidate,
  runReserveFunnel,
  type ReserveCandidate,
  type ReserveStage,
  type ReserveStageEntry,
} from "../../src/index.js";
import { cand, D, SP, type Scores } from "../support/reserve.js";
import { allIssues, firstIssue } from "../support/first-issue.js";

const RULE = "R-PYR-3";
const SECTOR_LIST =
  "social-policy, infrastructure-industry-trade, economic-financial-policy, digitalisation, agro-industry-environment, foreign-policy-investment";
const STAGE_LIST = "text, numeric, situational, assessment, interview, expert, national";
const GROUND_LIST = "civil-service-law-art-16, false-information, procedure-breach, others-did-tasks, failed-verification, proctoring-violation";
/** The text block's scale (R-PYR-4): 25 tasks, correct answers counted. */
const TEXT_SCALE = "a whole number from 0 to 25";

/** A candidate alone in digitalisation: ⌈1/2⌉ = 1 → admitted to numeric, where the entry says absent. */
const alone = (text: ReserveStageEntry): ReserveCandidate[] => [cand("a", D, { text, numeric: { status: "absent" } })];

/**
 * Every stage reached with the same score except `expert` (which orders the group for the
 * National Commission) and `national`. Everyone ties at every earlier step, and every earlier
 * quota (⌈m/2⌉ with admit-all on a tie, 100, 54, 36, 27, 18 in social-policy) lets all through.
 */
const path = (expert: number, national: ReserveStageEntry): Scores => ({
  text: 20,
  numeric: 20,
  situational: 5,
  assessment: 1,
  interview: 1,
  expert,
  national,
});

describe("R-PYR-3 runReserveFunnel — options: exact errors", () => {
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

describe("R-PYR-3 runReserveFunnel — candidates: exact errors", () => {
  it("R-PYR-3 candidates that are not an array", () => {
    expect(allIssues(() => runReserveFunnel("x" as never))).toEqual([
      { field: "candidates", value: "x", rule: RULE, message: "expected an array of candidates" },
    ]);
  });

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

describe("R-PYR-3 / R-PYR-4 / R-PYR-1 runReserveFunnel — stage entries: exact errors", () => {
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

describe("R-PYR-3 runReserveFunnel — at most 100 problems are listed", () => {
  const notCandidates = (k: number) => Array.from({ length: k }, () => null) as never;
  const listed = (k: number) => ({ field: `candidates[${k}]`, value: null, rule: RULE, message: "expected a candidate object { id, sector, scores }" });

  it("R-PYR-3 exactly 100 problems: all listed, no summary line", () => {
    const iss = allIssues(() => runReserveFunnel(notCandidates(100)));
    expect(iss).toHaveLength(100);
    expect(iss[99]).toEqual(listed(99));
  });

  it("R-PYR-3 101 and 102 problems: the first 100, then one line counting the rest", () => {
    for (const [k, more] of [[101, 1], [102, 2]] as const) {
      const iss = allIssues(() => runReserveFunnel(notCandidates(k)));
      expect(iss).toHaveLength(101);
      expect(iss[0]).toEqual(listed(0));
      expect(iss[99]).toEqual(listed(99));
      expect(iss[100]).toEqual({ field: "candidates", value: undefined, rule: RULE, message: `… and ${more} more problem(s) not listed` });
    }
  });

  it("R-PYR-3 duplicates beyond the 100th problem are counted, not listed", () => {
    // 100 non-candidates fill the list; two more candidates share id "a" (one problem) → 1 more
    const cs = [...(notCandidates(100) as unknown[]), cand("a", D, { text: 1 }), cand("a", D, { text: 2 })];
    const iss = allIssues(() => runReserveFunnel(cs as never));
    expect(iss).toHaveLength(101);
    expect(iss[100]!.message).toBe("… and 1 more problem(s) not listed");
  });
});

describe("R-PYR-3 runReserveFunnel — exact scores", () => {
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

  it("R-PYR-3 16-digit whole scores above 2^53 are compared exactly (a double sees them equal)", () => {
    // national 9007199254740993 > 9007199254740992 by one; quota 1 → a alone enters, no tie
    const cs = [cand("a", SP, path(1, "9007199254740993")), cand("b", SP, path(1, "9007199254740992"))];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
    expect(r.stages[6]!.bySector[SP].cutoff!.toFixed()).toBe("9007199254740993");
  });

  it("R-PYR-3 17-digit whole scores ranked after a 15-digit one are compared exactly", () => {
    // expert orders the group n, d1, d2; national: n = 100000000000000 (15 digits),
    // d1 = 10000000000000001 > d2 = 10000000000000000 (17 digits, 1 apart) → quota 1: d1
    const cs = [
      cand("n", SP, path(3, 100000000000000)),
      cand("d1", SP, path(2, "10000000000000001")),
      cand("d2", SP, path(1, "10000000000000000")),
    ];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["d1"]);
    expect(r.awaitingCommission).toEqual([]);
    expect(explainReserveCandidate(r, "d2")).toMatchObject({ outcome: "not-admitted", rank: 2, tie: false });
  });

  it("R-PYR-3 long fractional scores stay exact when a short one is ranked after them", () => {
    // expert orders a, b, c; national a = 12345678901234567.1 > b = 12345678901234567.0 > c = 0.5
    // quota 1 → a alone (a double cannot tell a from b)
    const cs = [
      cand("a", SP, path(3, "12345678901234567.1")),
      cand("b", SP, path(2, "12345678901234567.0")),
      cand("c", SP, path(1, "0.5")),
    ];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
  });

  it("R-PYR-3 16-digit whole numbers next to a fraction are compared exactly", () => {
    // national a = 9007199254740991, b = 9007199254740990 (numbers, 1 apart), c = 0.5 → quota 1: a
    const cs = [cand("a", SP, path(1, 9007199254740991)), cand("b", SP, path(1, 9007199254740990)), cand("c", SP, path(1, "0.5"))];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
  });

  it("R-PYR-3 scores with more decimals ranked before fewer keep their last digit", () => {
    // expert orders a, b; national a = 4.51 > b = 4.5 → quota 1: a, no tie
    const r = runReserveFunnel([cand("a", SP, path(2, "4.51")), cand("b", SP, path(1, "4.5"))], { finalQuotas: { [SP]: 1 } });
    expect(r.reserve).toEqual(["a"]);
    expect(r.awaitingCommission).toEqual([]);
    expect(r.stages[6]!.bySector[SP].cutoff!.toString()).toBe("4.51");
  });
});

describe("R-PYR-3 runReserveFunnel — tied outcomes and the index", () => {
  it("R-PYR-3 ties strict: the first of the tied group (by id) is also reported as tied", () => {
    // social-policy text a 20, b/c/d 18, e 10, f 9 → quota ⌈6/2⌉ = 3; the 18s take places 2–4 and
    // straddle the quota → strict admits a only; b, c, d are all tied (rank 2)
    const cs = [cand("a", SP, { text: 20, numeric: null }), ...["b", "c", "d"].map((id) => cand(id, SP, { text: 18 })), cand("e", SP, { text: 10 }), cand("f", SP, { text: 9 })];
    const r = runReserveFunnel(cs, { ties: "strict" });
    for (const id of ["b", "c", "d"]) expect(explainReserveCandidate(r, id)).toMatchObject({ outcome: "not-admitted", stage: "text", rank: 2, tie: true });
    expect(explainReserveCandidate(r, "e")).toMatchObject({ outcome: "not-admitted", rank: 5, tie: false });
  });

  it("R-PYR-3 the last step: the first of the tied group awaits the National Commission", () => {
    // national a 3, b/c 2 with quota 2 → a enters; b and c straddle places 2–3 → both await
    const cs = [cand("a", SP, path(1, 3)), cand("b", SP, path(1, 2)), cand("c", SP, path(1, 2))];
    const r = runReserveFunnel(cs, { finalQuotas: { [SP]: 2 } });
    expect(r.awaitingCommission).toEqual(["b", "c"]);
    expect(explainReserveCandidate(r, "b")).toMatchObject({ outcome: "awaiting-commission", rank: 2, tie: true });
  });

  it("R-PYR-3 the explanation index does not survive a shallow copy of the result", () => {
    const r = runReserveFunnel(alone(20));
    expect(explainReserveCandidate(r, "a").outcome).toBe("left");
    const iss = firstIssue(() => explainReserveCandidate({ ...r }, "a"));
    expect(iss).toMatchObject({ field: "result", rule: RULE, message: "not a result of runReserveFunnel (its index does not survive copying or JSON)" });
  });
});
