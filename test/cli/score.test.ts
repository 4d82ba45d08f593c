// src/cli/score.ts, the `score` command (R-SEL-1…5, R-GC-1…5): reading the input (CSV or JSON rows,
// kind detection, tracks, --questions-per-block, field checks), the tables, --json, --explain,
// --decimals, --lang, the option errors and the line / field of a bad cell.

// Scores are worked out by hand from the rules:
//   R-SEL-1 T = 0.02·S; R-SEL-2 T = 0.1·S1 + 0.1·S2; essay / interview = mean of the members'
//   grades (the tool's documented choice); total = the sum; competition rank 1, 2, 2, 4;
//   R-GC-1 О = (О1+…+О10)/10 (leadership), IQ/6 (lower); R-GC-3 П = П1 + П2; R-GC-4 С = С1 + С2;
//   R-GC-5 И = 0.4·О + 0.4·Э + 0.2·С (leadership, max 6), 0.3·О + 0.7·П (lower: presumed, max 8.5).
// Error wording, headings, labels and notes are the source's and the explanation catalogues'
// constants (docs/cli.md: the message names the line and field): that wording is the contract.
import { describe, expect, it } from "vitest";
import { ruleSource } from "../../src/index.js";
import { runCli, tempFiles } from "../support/cli.js";

const write = tempFiles();
const PREFIX = "kz-civil-service-rules: invalid input: ";
const TRACK_LIST = "leadership, non-leadership, lower";

interface IsOut {
  rank: number;
  id: string;
  name: string;
  personalQualities: string;
  information: string;
  essayMean: string;
  total: string;
  interviewMean: string | null;
  interview: string;
}
interface GcOut {
  rank: number;
  id: string;
  name: string;
  track: string;
  O: string;
  E?: string;
  C?: string;
  P?: string;
  I: string;
  max: string;
  presumed: boolean;
}

function isJson(...args: string[]): IsOut[] {
  const r = runCli("score", ...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { kind: string; candidates: IsOut[] }).candidates;
}
function gcJson(...args: string[]): GcOut[] {
  const r = runCli("score", ...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { kind: string; candidates: GcOut[] };
  expect(j.kind).toBe("general-competition");
  return j.candidates;
}
/** Runs `score` expecting exit 1 and returns stderr. */
function inputError(...args: string[]): string {
  const r = runCli("score", ...args);
  expect(r.out).toBe("");
  expect(r.code).toBe(1);
  return r.err;
}

// One candidate that scores cleanly: T = 0.02·100 = 2, T = 0, essay 5 → total 7.
const ONE_IS = { id: "X", S: 100, S1: 0, S2: 0, essay: [5] };
const ONE_IS_TOTAL = "7";

/** The citation line of an explanation: "<rule>: <act>, <locator>; <seed> lines <lines>". */
const cite = (rule: string): string => {
  const s = ruleSource(rule);
  return `${rule}: ${s.act}, ${s.locator}; ${s.seed}${s.lines ? ` lines ${s.lines}` : ""}`;
};

const MEAN_NOTE = "* The order does not say how several members' grades combine: the mean and the sum of the stages are the caller's choice.";
const ROUND_NOTE = "Scores are exact; shown rounded half-up for display only.";
const PFX = "kz-civil-service-rules: invalid input: ";
const USAGE = "kz-civil-service-rules: ";

// ---- reading the input (CSV or JSON rows, kind detection, tracks, field checks)

describe("R-SEL-1…5 score — JSON input, IS selection", () => {
  it("R-SEL-5 JSON rows: id by position when missing or empty, name \"\" when missing, lists as arrays, strings or a number, the top-level interview map; ranked 1, 2, 2, 4", () => {
    const file = write(
      "is.json",
      JSON.stringify({
        candidates: [
          { id: "A", name: "Alma", S: 50, S1: 10, S2: 10, essay: [4] },
          { id: "B", S: 100, S1: 20, S2: 20, essay: " 5; 5 ", interview: "  " },
          { id: "", name: "Cy", S: 50, S1: 10, S2: 10, essay: 4 },
          { name: "Di", S: 0, S1: 0, S2: 0, essay: [1], interview: [3] },
        ],
        interview: { A: [2, 2] },
      }),
    );
    // A: 0.02·50 = 1; 0.1·10 + 0.1·10 = 2; essay 4 → 7; interview from the map: (2+2)/2 = 2
    // B: 0.02·100 = 2; 2 + 2 = 4; essay " 5; 5 " = [5, 5] → 5 → 11; interview "  " = no grades → null
    // C (id "" → its position, "3"): 1 + 2 + essay 4 (one number) → 7; no interview
    // D (no id → "4"): 0 + 0 + 1 → 1; interview [3] → 3
    // ranks: B 11 → 1; A, 3 tie at 7 → 2, 2; D → 4 (rank then id: "3" < "A")
    // R-SEL-5: three best = B, 3, A (ranks 1, 2, 2: no tie across the third place); D not admitted
    expect(isJson(file)).toEqual([
      { rank: 1, id: "B", name: "", personalQualities: "2", information: "4", essayMean: "5", total: "11", interviewMean: null, interview: "admitted" },
      { rank: 2, id: "3", name: "Cy", personalQualities: "1", information: "2", essayMean: "4", total: "7", interviewMean: null, interview: "admitted" },
      { rank: 2, id: "A", name: "Alma", personalQualities: "1", information: "2", essayMean: "4", total: "7", interviewMean: "2", interview: "admitted" },
      { rank: 4, id: "4", name: "Di", personalQualities: "0", information: "0", essayMean: "1", total: "1", interviewMean: "3", interview: "not-admitted" },
    ]);
  });

  it("R-SEL-2 questionsPerBlock of the JSON file applies when --questions-per-block is not given", () => {
    const file = write("qpb20.json", JSON.stringify({ questionsPerBlock: 20, candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    // S1 = 21 > 20 questions: rejected, the rule names S1
    expect(inputError(file)).toContain(`${PREFIX}field candidates[0].S1: R-SEL-2: `);
  });

  it("R-SEL-2 --questions-per-block overrides the file's questionsPerBlock", () => {
    const file = write("qpb20b.json", JSON.stringify({ questionsPerBlock: 20, candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    // 21 ≤ 25: T = 0.1·21 = 2.1; total 0 + 2.1 + 0 = 2.1
    const [c] = isJson(file, "--questions-per-block", "25");
    expect(c!.information).toBe("2.1");
    expect(c!.total).toBe("2.1");
  });

  it("R-SEL-2 a questionsPerBlock that is not a number (null) is not read: no limit", () => {
    const file = write("qpbnull.json", JSON.stringify({ questionsPerBlock: null, candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    expect(isJson(file)[0]!.information).toBe("2.1");
  });

  it("R-SEL-1 kind detection: a first row with S1 but no S is an IS selection (then S is missing)", () => {
    const file = write("nos.json", JSON.stringify({ candidates: [{ id: "P", S1: 10, S2: 10, essay: [4] }] }));
    const err = inputError(file);
    expect(err).toContain(`${PREFIX}field candidates[0].S: R-SEL-1: `);
    expect(err).not.toContain("track");
  });

  it("R-SEL-2 kind detection: a first row with S but no S1 is an IS selection (then S1 is missing)", () => {
    const file = write("nos1.json", JSON.stringify({ candidates: [{ id: "P", S: 50, S2: 10, essay: [4] }] }));
    const err = inputError(file);
    expect(err).toContain(`${PREFIX}field candidates[0].S1: R-SEL-2: `);
    expect(err).not.toContain("track");
  });

  it("R-SEL-3 a rule error of a JSON row names candidates[k] and the field", () => {
    const file = write("essay6.json", JSON.stringify({ candidates: [ONE_IS, { id: "Y", S: 100, S1: 0, S2: 0, essay: [6] }] }));
    // an essay grade is whole 0–5: 6 is rejected by R-SEL-3, located at candidates[1].essay
    expect(inputError(file)).toContain(`${PREFIX}field candidates[1].essay: R-SEL-3: `);
  });

  it.each([
    ["essay", { essay: true }],
    ["interview", { interview: true }],
  ])("R-SEL-3 IS row: a %s that is not a list, a string or a number → 'candidates[1].<field>: expected a list of numbers'", (field, bad) => {
    const file = write(`is-bad-${field}.json`, JSON.stringify({ candidates: [ONE_IS, { ...ONE_IS, id: "Y", ...bad }] }));
    expect(inputError(file)).toBe(`${PREFIX}candidates[1].${field}: expected a list of numbers\n`);
  });

  it.each([[null], [5]])("CLI a JSON candidate that is not an object (%j) → 'candidates[1]: expected an object'", (bad) => {
    const file = write("not-object.json", JSON.stringify({ candidates: [ONE_IS, bad] }));
    expect(inputError(file)).toBe(`${PREFIX}candidates[1]: expected an object\n`);
  });
});

describe("R-GC-1…5 score — JSON input, general competition", () => {
  it("R-GC-5 JSON rows: iq of the lower track, a null list is no list, names kept or \"\"; ranked per track", () => {
    const file = write(
      "gc.json",
      JSON.stringify({
        candidates: [
          { id: "W", name: "Wanda", track: "lower", iq: 24, practical: [5, 4] },
          { id: "L", track: "leadership", competencies: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], essay: [4, 5], interview: [5, 4], practical: null },
        ],
      }),
    );
    // L (leadership): О = 40/10 = 4; Э = (4+5)/2 = 4.5; С = 5 + 4 = 9; И = 1.6 + 1.8 + 1.8 = 5.2 (max 6)
    // W (lower): О = 24/6 = 4; П = 5 + 4 = 9; И = 0.3·4 + 0.7·9 = 1.2 + 6.3 = 7.5 (max 8.5, presumed)
    const c = gcJson(file);
    expect(c.map(({ rank, id, name, track, O, E, C, P, I, max, presumed }) => ({ rank, id, name, track, O, E, C, P, I, max, presumed }))).toEqual([
      { rank: 1, id: "L", name: "", track: "leadership", O: "4", E: "4.5", C: "9", P: undefined, I: "5.2", max: "6", presumed: false },
      { rank: 1, id: "W", name: "Wanda", track: "lower", O: "4", E: undefined, C: undefined, P: "9", I: "7.5", max: "8.5", presumed: true },
    ]);
  });

  it("R-GC-5 ranks within a track follow the score, not the file order; a tie shares the rank (1, 1, 3)", () => {
    const file = write(
      "gc-rank.json",
      JSON.stringify({
        track: "lower",
        candidates: [
          { id: "c", iq: 0, practical: [1, 1] },
          { id: "b", iq: 30, practical: [5, 5] },
          { id: "a", iq: 30, practical: [5, 5] },
        ],
      }),
    );
    // c: О = 0, П = 2, И = 1.4; a, b: О = 30/6 = 5, П = 10, И = 1.5 + 7 = 8.5 → a 1, b 1, c 3
    expect(gcJson(file).map((x) => [x.id, x.rank, x.I])).toEqual([
      ["a", 1, "8.5"],
      ["b", 1, "8.5"],
      ["c", 3, "1.4"],
    ]);
  });

  it.each(["competencies", "essay", "interview", "practical"])("R-GC-1 competition row: a %s that is not a list → 'candidates[1].<field>: expected a list of numbers'", (field) => {
    const ok = { id: "N", track: "non-leadership", competencies: [4, 4, 4, 4, 4, 4, 4], practical: [4, 4] };
    const file = write(`gc-bad-${field}.json`, JSON.stringify({ candidates: [ok, { ...ok, id: "M", [field]: true }] }));
    expect(inputError(file)).toBe(`${PREFIX}candidates[1].${field}: expected a list of numbers\n`);
  });

  it.each([
    ["bogus", { track: "bogus" }, '"bogus"'],
    ["missing", {}, "undefined"],
  ])("R-GC-5 a %s track in JSON (no --track) → 'candidates[0].track: expected one of …'", (_, extra, got) => {
    const file = write("gc-track.json", JSON.stringify({ candidates: [{ id: "Q", iq: 24, practical: [5, 4], ...extra }] }));
    expect(inputError(file)).toBe(`${PREFIX}candidates[0].track: expected one of ${TRACK_LIST} (or give --track), got ${got}\n`);
  });
});

describe("CLI score — how the input file is recognised", () => {
  it("CLI a .json file with a UTF-8 BOM is read as JSON", () => {
    const file = write("bom.json", "\uFEFF" + JSON.stringify({ candidates: [ONE_IS] }));
    expect(isJson(file)[0]!.total).toBe(ONE_IS_TOTAL);
  });

  it("CLI a file of another name whose text starts, after blank lines, with '{' is read as JSON", () => {
    const file = write("rows.txt", "\n  \n" + JSON.stringify({ candidates: [ONE_IS] }) + "\n");
    expect(isJson(file)[0]!.total).toBe(ONE_IS_TOTAL);
  });

  it("CLI a file of another name whose text starts with '[' is read as a JSON list of candidates", () => {
    const file = write("list.txt", JSON.stringify([ONE_IS]));
    expect(isJson(file)[0]!.total).toBe(ONE_IS_TOTAL);
  });

  it("CLI only a leading BOM is dropped: U+FEFF inside a JSON value is kept", () => {
    const file = write("inner-bom.json", JSON.stringify({ candidates: [{ ...ONE_IS, name: "A\uFEFFB" }] }));
    expect(isJson(file)[0]!.name).toBe("A\uFEFFB");
  });

  it("CLI a file named *.JSON (any case) that is not valid JSON → '<path>: not valid JSON: …', exit 1", () => {
    const file = write("rows.JSON", "id,S,S1,S2\nA,50,10,10\n");
    const err = inputError(file);
    expect(err.startsWith(`${PREFIX}${file}: not valid JSON: `)).toBe(true);
    expect(err.length).toBeGreaterThan(`${PREFIX}${file}: not valid JSON: \n`.length);
  });

  it("CLI a JSON object without a candidates list → '<path>: expected { \"candidates\": [ … ] }'", () => {
    const file = write("nocands.json", JSON.stringify({ rows: [] }));
    expect(inputError(file)).toBe(`${PREFIX}${file}: expected { "candidates": [ … ] }\n`);
  });

  it.each([["null"], ["5"], ['"text"']])("CLI a JSON file that is %s (not an object or a list) → an input error, exit 1 (was a TypeError, exit 3)", (json) => {
    const file = write(`top-${json.length}.json`, json);
    expect(inputError(file)).toBe(`${PREFIX}${file}: expected { "candidates": [ … ] }\n`);
  });

  it("CLI a JSON list whose first item is not an object → that candidate is named, exit 1 (was a TypeError, exit 3)", () => {
    const file = write("first-not-object.json", "[1]");
    expect(inputError(file)).toBe(`${PREFIX}candidates[0]: expected an object\n`);
  });

  it("R-SEL-2 a JSON questionsPerBlock that is not a number (\"20\") is rejected, not ignored", () => {
    const file = write("qpb-string.json", JSON.stringify({ questionsPerBlock: "20", candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    expect(inputError(file)).toBe(`${PREFIX}${file}: questionsPerBlock: expected a number, got "20"\n`);
  });
});

describe("R-GC-5 score — a general competition's ids are unique (its tables are ranked by id within a track)", () => {
  it("R-GC-5 CSV: a repeated id → the second line and field id, naming the first line", () => {
    const file = write("gc-dup.csv", "id,track,practical,iq\nN1,lower,3 4,30\nN2,lower,3 4,30\nN1,lower,2 2,12\n");
    expect(inputError(file)).toBe(`${PREFIX}line 4, field id: duplicate id "N1" (also at line 2)\n`);
  });
  it("R-GC-5 JSON: a repeated id → candidates[k].id, naming the first candidate; ids in other tracks count too", () => {
    const file = write(
      "gc-dup.json",
      JSON.stringify({ candidates: [{ id: "A", track: "lower", iq: 30, practical: [3, 4] }, { id: "A", track: "non-leadership", competencies: [4, 4, 4, 4, 4, 4, 4], practical: [3, 4] }] }),
    );
    expect(inputError(file)).toBe(`${PREFIX}candidates[1].id: duplicate id "A" (also at candidates[0])\n`);
  });
  it("R-GC-5 JSON: rows without an id are numbered by position, and a given id equal to such a number is a repeat", () => {
    const file = write("gc-dup-pos.json", JSON.stringify({ track: "lower", candidates: [{ iq: 30, practical: [3, 4] }, { id: "1", iq: 12, practical: [2, 2] }] }));
    expect(inputError(file)).toBe(`${PREFIX}candidates[1].id: duplicate id "1" (also at candidates[0])\n`);
  });
});

describe("CLI score — CSV input", () => {
  it.each([
    ["id,S1,S2", "S"],
    ["id,S,S2", "S1"],
    ["id,S,S1", "S2"],
    ["name,track,iq,practical", "id"],
  ])("CLI CSV header %s → '<path>: line 1: missing column \"%s\"'", (header, missing) => {
    const file = write("missing.csv", `${header}\n${header.split(",").map(() => "1").join(",")}\n`);
    expect(inputError(file)).toBe(`${PREFIX}${file}: line 1: missing column "${missing}"\n`);
  });

  it("CLI CSV unknown column → '<path>: line 1: unknown column …' listing the known ones", () => {
    const file = write("unknown.csv", "id,name,track,iq,practical,extra\nW-1,W,lower,24,5 4,x\n");
    expect(inputError(file)).toBe(`${PREFIX}${file}: line 1: unknown column "extra" (expected id, name, track, competencies, iq, essay, interview, practical)\n`);
  });

  it("CLI CSV row with fewer fields than the header → 'line 2: 3 fields, the header has 4'", () => {
    const file = write("short.csv", "id,S,S1,S2\nA,50,10\n");
    expect(inputError(file)).toBe(`${PREFIX}line 2: 3 fields, the header has 4\n`);
  });

  it.each([[""], ["   "]])("CLI CSV empty id %j → 'line 3, field id: empty id'", (id) => {
    const file = write("empty-id.csv", `id,S,S1,S2,essay\nA,50,10,10,4\n${id},50,10,10,4\n`);
    expect(inputError(file)).toBe(`${PREFIX}line 3, field id: empty id\n`);
  });

  it("R-SEL-3 CSV IS cells are trimmed, lists split on runs of spaces and ';', no name column → name \"\"", () => {
    const file = write("is-trim.csv", "id,S,S1,S2,essay,interview\n  K-1 ,50,10,10,4;  5, 3 2 \n");
    // T = 1; T = 2; essay (4+5)/2 = 4.5 → 7.5; interview (3+2)/2 = 2.5
    expect(isJson(file)).toEqual([
      { rank: 1, id: "K-1", name: "", personalQualities: "1", information: "2", essayMean: "4.5", total: "7.5", interviewMean: "2.5", interview: "admitted" },
    ]);
  });

  it("R-GC-5 CSV leadership row with essay and interview columns; the name is kept", () => {
    const file = write("lead.csv", "id,name,track,competencies,essay,interview\nL-1,Lena,leadership,4 4 4 4 4 4 4 4 4 4,4 5,5 4\n");
    // О = 4; Э = 4.5; С = 9; И = 1.6 + 1.8 + 1.8 = 5.2
    const [c] = gcJson(file);
    expect([c!.id, c!.name, c!.track, c!.O, c!.E, c!.C, c!.I]).toEqual(["L-1", "Lena", "leadership", "4", "4.5", "9", "5.2"]);
  });

  it("R-GC-5 CSV without a name or track column, --track lower: name \"\"", () => {
    const file = write("lower.csv", "id,iq,practical\nW-1,24,5 4\n");
    // О = 24/6 = 4; П = 9; И = 7.5 (presumed)
    const [c] = gcJson(file, "--track", "lower");
    expect([c!.id, c!.name, c!.track, c!.O, c!.P, c!.I, c!.presumed]).toEqual(["W-1", "", "lower", "4", "9", "7.5", true]);
  });

  it.each([
    ["bogus", '"bogus"'],
    ["", '""'],
  ])("R-GC-5 CSV track %j without --track → 'line 2, field track: expected one of …'", (track, got) => {
    const file = write("track.csv", `id,name,track,iq,practical\nW-1,W,${track},24,5 4\n`);
    expect(inputError(file)).toBe(`${PREFIX}line 2, field track: expected one of ${TRACK_LIST} (or give --track), got ${got}\n`);
  });

  it("CLI a CSV of more than 100,000 rows shows 'reading: …' progress on stderr", () => {
    const rows = ["id,S,S1,S2"];
    for (let i = 0; i < 100_000; i++) rows.push(`c${i},1,1,1`);
    rows.push(",1,1,1"); // the 100,001st row (line 100002) has an empty id: stop there, nothing is scored
    const file = write("big.csv", rows.join("\n") + "\n");
    const err = inputError(file);
    expect(err).toContain("\rreading: 50,000 / 100,001 rows");
    expect(err).toContain("\rreading: 100,000 / 100,001 rows");
    expect(err.endsWith(`${PREFIX}line 100002, field id: empty id\n`)).toBe(true);
  });
});

// ---- scoring and printing (tables, --json, --explain, --decimals, --lang, option errors)

// IS selection, five candidates, input order Q, B, A, P, C (lines 2–6):
//   T (R-SEL-1) = 0.02·S; T (R-SEL-2) = 0.1·S1 + 0.1·S2; essay* = mean of the grades; total = sum.
//   Q: 0.02·100 = 2; 0.5 + 0.5 = 1; 5;          total 8
//   B: 2;            1;             (3+3)/2 = 3; total 6
//   A: 0.02·10 = 0.2; 0;            (4+4+5)/3 = 13/3 = 4.3333…; total 4.5333…
//   P: 0.02·50 = 1;  1 + 1 = 2;     (5+5)/2 = 5; total 8
//   C: 1;            2;             3;           total 6
// Ranks (competition ranking 1, 1, 3, 3, 5): P 1, Q 1, B 3, C 3, A 5; equal ranks by id.
// R-SEL-5: not more than three; P, Q admitted, B and C tie across the third place (the commission
// decides), A not admitted. Interview means: Q 3, P (3+2)/2 = 2.5, the others none.
// The input order differs from both the rank order and the id order, and the two tied pairs come in
// opposite input orders (Q before P, B before C), so only "rank, then id" gives P, Q, B, C, A.
const IS_CSV = write(
  "is.csv",
  ["id,name,S,S1,S2,essay,interview", "Q,Qasym,100,5,5,5,3", "B,Bolat,100,5,5,3 3,", "A,Aru,10,0,0,4 4 5,", "P,Pavel,50,10,10,5 5,3 2", "C,Cher,50,10,10,3,"].join("\n") + "\n",
);

// Column widths: rank 4, id 2, candidate 9, T 11, T 11, essay* 6 ("4.3333"), total* 6, interview
// 28 ("tied: the commission decides"); numbers right-aligned, texts left-aligned; two spaces apart.
const IS_TABLE = [
  "rank  id  candidate  T (R-SEL-1)  T (R-SEL-2)  essay*  total*  interview (R-SEL-5)",
  "----  --  ---------  -----------  -----------  ------  ------  ----------------------------",
  "   1  P   Pavel                1            2       5       8  admitted",
  "   1  Q   Qasym                2            1       5       8  admitted",
  "   3  B   Bolat                2            1       3       6  tied: the commission decides",
  "   3  C   Cher                 1            2       3       6  tied: the commission decides",
  "   5  A   Aru                0.2            0  4.3333  4.5333  —",
];
const IS_ADMISSION_EN =
  "Admission to the interview (not more than three candidates with the highest scores): admitted P, Q; tied across the third place with 6: B, C — the order does not resolve the tie, the commission decides.";

describe("R-SEL-1…5 score — IS selection table", () => {
  it("R-SEL-5 the table: ranked by total then id, admitted / tied / —, then the admission sentence and the two notes", () => {
    const r = runCli("score", IS_CSV);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe([...IS_TABLE, "", IS_ADMISSION_EN, MEAN_NOTE, ROUND_NOTE].join("\n") + "\n");
  });

  it("R-SEL-5 --explain adds the ranking formula and the citation after the sentence", () => {
    const r = runCli("score", IS_CSV, "--explain");
    expect(r.code).toBe(0);
    const formula = "ranking: P 8 (1), Q 8 (1), B 6 (3), C 6 (3), A 4.5333 (5); limit 3 → admitted P, Q; tied at 6: B, C";
    expect(r.out).toBe([...IS_TABLE, "", IS_ADMISSION_EN, formula, cite("R-SEL-5"), MEAN_NOTE, ROUND_NOTE].join("\n") + "\n");
  });

  it("R-SEL-5 --decimals 2 rounds the table and the ranking formula (4.3333… → 4.33, 4.5333… → 4.53)", () => {
    const r = runCli("score", IS_CSV, "--explain", "--decimals", "2");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[6]).toBe("   5  A   Aru                0.2            0    4.33    4.53  —");
    expect(lines[9]).toBe("ranking: P 8 (1), Q 8 (1), B 6 (3), C 6 (3), A 4.53 (5); limit 3 → admitted P, Q; tied at 6: B, C");
  });

  it("R-SEL-5 --decimals 40 is allowed (the bound is inclusive): 13/3 shown to its 39 exact places", () => {
    const r = runCli("score", IS_CSV, "--decimals", "40");
    expect(r.code).toBe(0);
    // essay mean 13/3 with 40 significant digits = 4.333…3 (39 threes); total 0.2 + that = 4.5333…3
    expect(r.out).toContain("  4.333333333333333333333333333333333333333  4.533333333333333333333333333333333333333  —");
  });

  it("R-SEL-5 --lang ru: Russian headings, labels and admission sentence", () => {
    const r = runCli("score", IS_CSV, "--lang", "ru");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    // "эссе*" (5) is narrower than "4.3333" (6): right-aligned with one space before it
    expect(lines[0]).toBe("место  id  кандидат  T (R-SEL-1)  T (R-SEL-2)   эссе*  сумма*  собеседование (R-SEL-5)");
    expect(lines[2]!.endsWith("  допущен")).toBe(true);
    expect(lines[4]!.endsWith("  равные баллы: решает комиссия")).toBe(true);
    expect(lines[8]).toBe(
      "Допуск к собеседованию (не более трёх кандидатов, набравших наибольшие баллы): допущены — P, Q; равные баллы (6) на третьем месте: B, C — приказ не разрешает такую ситуацию, решение принимает конкурсная комиссия.",
    );
  });
});

describe("R-SEL-1…5 score — IS selection --json", () => {
  it("R-SEL-5 --json: kind, rules, every candidate's exact values in rank order, admission and note", () => {
    const r = runCli("score", IS_CSV, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown> & { admission: Record<string, unknown> };
    expect(Object.keys(j)).toEqual(["kind", "rules", "candidates", "admission", "note"]);
    expect(j.kind).toBe("is-selection");
    expect(j.rules).toEqual(["R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5"]);
    expect(j.note).toBe("The order does not say how several members' grades combine nor how the previous stages add up: the mean and the sum are the caller's choice.");
    const c = (rank: number, id: string, name: string, pq: string, inf: string, essay: string, total: string, im: string | null, interview: string) => ({
      rank,
      id,
      name,
      personalQualities: pq,
      information: inf,
      essayMean: essay,
      total,
      interviewMean: im,
      interview,
    });
    expect(j.candidates).toEqual([
      c(1, "P", "Pavel", "1", "2", "5", "8", "2.5", "admitted"),
      c(1, "Q", "Qasym", "2", "1", "5", "8", "3", "admitted"),
      c(3, "B", "Bolat", "2", "1", "3", "6", null, "tied"),
      c(3, "C", "Cher", "1", "2", "3", "6", null, "tied"),
      // exact: 13/3 and 0.2 + 13/3 with 40 significant digits
      c(5, "A", "Aru", "0.2", "0", "4.333333333333333333333333333333333333333", "4.533333333333333333333333333333333333333", null, "not-admitted"),
    ]);
    expect(j.admission.rule).toBe("R-SEL-5");
    expect(j.admission.code).toBe("R-SEL-5.tie");
    expect(j.admission.lang).toBe("en");
    expect(j.admission.text).toBe(IS_ADMISSION_EN);
  });

  it("R-SEL-5 --json --lang ru --decimals 2: the admission explanation is in Russian, numbers to 2 places", () => {
    const r = runCli("score", IS_CSV, "--json", "--lang", "ru", "--decimals", "2");
    const j = JSON.parse(r.out) as { admission: { lang: string; formula: string } };
    expect(j.admission.lang).toBe("ru");
    expect(j.admission.formula).toBe("ranking: P 8 (1), Q 8 (1), B 6 (3), C 6 (3), A 4.53 (5); limit 3 → admitted P, Q; tied at 6: B, C");
  });
});

describe("R-SEL-1…5 score — IS selection input errors name the line / candidate and the field", () => {
  // this block's isCsv / isJson write a one-row input file (its isJson shadows the runner above)
  const isCsv = (row: string) => write(`is-${row.replace(/[^0-9a-z]/gi, "_")}.csv`, `id,name,S,S1,S2,essay,interview\n${row}\n`);
  const isJson = (cand: string) => write(`is-${cand.replace(/[^0-9a-z]/gi, "_")}.json`, `{"candidates":[${cand}]}`);

  it("R-SEL-1 a CSV S out of 0–100 → line 2, field S", () => {
    const r = runCli("score", isCsv("X,,101,5,5,5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field S: R-SEL-1: S = "101": out of range: expected a number from 0 to 100 (percent)\n`);
  });

  it("R-SEL-1 a JSON S out of range → field candidates[0].S (the candidate is named)", () => {
    const r = runCli("score", isJson('{"id":"X","S":101,"S1":5,"S2":5,"essay":[5]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].S: R-SEL-1: S = 101: out of range: expected a number from 0 to 100 (percent)\n`);
  });

  it("R-SEL-2 a CSV S2 below 0 → line 2, field S2 (the field the rule names)", () => {
    const r = runCli("score", isCsv("X,,50,5,-1,5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field S2: R-SEL-2: S2 = "-1": out of range: expected a whole number at least 0 (correct answers)\n`);
  });

  it("R-SEL-2 a JSON S2 below 0 → field candidates[0].S2 (the rule's field, after the candidate)", () => {
    const r = runCli("score", isJson('{"id":"X","S":50,"S1":5,"S2":-1,"essay":[5]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].S2: R-SEL-2: S2 = -1: out of range: expected a whole number at least 0 (correct answers)\n`);
  });

  it("R-SEL-3 a CSV essay grade 6 → line 2, field essay", () => {
    const r = runCli("score", isCsv("X,,50,5,5,6,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field essay: R-SEL-3: points = "6": out of range: expected a whole number from 0 to 5 points\n`);
  });

  it("R-SEL-4 a CSV interview grade 4 → line 2, field interview", () => {
    const r = runCli("score", isCsv("X,,50,5,5,5,4"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field interview: R-SEL-4: points = "4": out of range: expected a whole number from 0 to 3 points\n`);
  });

  it("R-SEL-2 --questions-per-block 9 rejects S1 = S2 = 10 (P, line 5); 10 accepts them", () => {
    const r = runCli("score", IS_CSV, "--questions-per-block", "9");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${PFX}line 5, field S1: R-SEL-2: S1 = "10": out of range: expected a whole number from 0 to 9 (correct answers)\n`)).toBe(true);
    expect(runCli("score", IS_CSV, "--questions-per-block", "10").code).toBe(0);
  });

  it("R-SEL-5 a CSV with a header and no rows → no candidates in the file, exit 1", () => {
    const r = runCli("score", write("is-empty.csv", "id,name,S,S1,S2,essay,interview\n"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}no candidates in the file\n`);
  });
});

// General competition, five rows, input order L-b, N-1, L-c, N-2, L-a (lines 2–6).
// Leadership (R-GC-1, -2, -4, -5): О = (sum of 10 competencies)/10, Э = mean of the essay grades,
// С = С1 + С2, И = 0.4·О + 0.4·Э + 0.2·С, max 0.4·5 + 0.4·5 + 0.2·10 = 6.
//   L-b: О 40/10 = 4, Э 4, С 10 → И = 1.6 + 1.6 + 2 = 5.2
//   L-c: О 5, Э 5, С 10 → И = 2 + 2 + 2 = 6
//   L-a: as L-b → 5.2
//   ranks: L-c 1, L-a 2, L-b 2 (tie by id; L-b comes first in the file, so the best, L-c, is not
//   the first row of its track).
// Non-leadership (R-GC-1, -3, -5): О = 29/7 = 4.142857142857…, П = 4 + 5 = 9,
//   И = 0.3·О + 0.7·П = 1.242857… + 6.3 = 7.542857… (max 0.3·5 + 0.7·10 = 8.5); N-1 and N-2 equal:
//   rank 1 both, by id N-1, N-2 (this tie comes in id order, the leadership one in reverse).
const GC_CSV = write(
  "gc.csv",
  [
    "id,name,track,competencies,iq,essay,interview,practical",
    "L-b,Bek,leadership,4 4 4 4 4 4 4 4 4 4,,4,5 5,",
    "N-1,Nur,non-leadership,4 4 4 4 4 4 5,,,,4 5",
    "L-c,Cara,leadership,5 5 5 5 5 5 5 5 5 5,,5,5 5,",
    "N-2,Nurlan,non-leadership,4 4 4 4 4 4 5,,,,4 5",
    "L-a,Aigul,leadership,4 4 4 4 4 4 4 4 4 4,,4,5 5,",
  ].join("\n") + "\n",
);

// widths: rank 4, id 3, candidate 9, О 10, Э* 2, С 2 ("10"), И 17; numbers right-aligned
const GC_LEAD_TABLE = [
  "rank  id   candidate  О (R-GC-1)  Э*   С  И (R-GC-5, max 6)",
  "----  ---  ---------  ----------  --  --  -----------------",
  "   1  L-c  Cara                5   5  10                  6",
  "   2  L-a  Aigul               4   4  10                5.2",
  "   2  L-b  Bek                 4   4  10                5.2",
];
const GC_LEAD_TOP = "L-c: General competition, final score of a candidate for a leadership position: И = 6 (of a maximum of 6), by the formula of the methodology И = 0.4·О + 0.4·Э + 0.2·С.";
// widths: rank 4, id 3, candidate 9, О 10, П 1, И 19
const GC_NON_TABLE = [
  "rank  id   candidate  О (R-GC-1)  П  И (R-GC-5, max 8.5)",
  "----  ---  ---------  ----------  -  -------------------",
  "   1  N-1  Nur            4.1429  9               7.5429",
  "   1  N-2  Nurlan         4.1429  9               7.5429",
];
const GC_NON_TOP =
  "N-1: General competition, final score of a candidate for a non-leadership position: И = 7.5429 (of a maximum of 8.5), by the formula of the methodology И = 0.3·О + 0.7·П.";

describe("R-GC-1…5 score — general competition tables", () => {
  it("R-GC-5 one table per track (leadership first), ranked within the track, the best one's sentence, the notes", () => {
    const r = runCli("score", GC_CSV);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      ["track: leadership", ...GC_LEAD_TABLE, GC_LEAD_TOP, "", "track: non-leadership", ...GC_NON_TABLE, GC_NON_TOP, "", MEAN_NOTE, ROUND_NOTE].join("\n") + "\n",
    );
  });

  it("R-GC-5 --explain: every candidate's substituted formula in rank order, then the citation, per track", () => {
    const r = runCli("score", GC_CSV, "--explain");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        "track: leadership",
        ...GC_LEAD_TABLE,
        GC_LEAD_TOP,
        "  L-c: И = 0.4·5 + 0.4·5 + 0.2·10 = 6",
        "  L-a: И = 0.4·4 + 0.4·4 + 0.2·10 = 5.2",
        "  L-b: И = 0.4·4 + 0.4·4 + 0.2·10 = 5.2",
        `  ${cite("R-GC-5")}`,
        "",
        "track: non-leadership",
        ...GC_NON_TABLE,
        GC_NON_TOP,
        "  N-1: И = 0.3·4.1429 + 0.7·9 = 7.5429",
        "  N-2: И = 0.3·4.1429 + 0.7·9 = 7.5429",
        `  ${cite("R-GC-5")}`,
        "",
        MEAN_NOTE,
        ROUND_NOTE,
      ].join("\n") + "\n",
    );
  });

  it("R-GC-5 --explain --decimals 2: the formulas are rounded to 2 places (29/7 → 4.14, И → 7.54)", () => {
    const r = runCli("score", GC_CSV, "--explain", "--decimals", "2");
    expect(r.code).toBe(0);
    expect(r.out).toContain("\n  N-1: И = 0.3·4.14 + 0.7·9 = 7.54\n  N-2: И = 0.3·4.14 + 0.7·9 = 7.54\n");
  });

  it("R-GC-5 no leadership candidate → no note on the mean of the essay grades (only the rounding note)", () => {
    // non-leadership and lower only: Э is not used
    const r = runCli("score", write("gc-non.csv", "id,name,track,competencies,iq,essay,interview,practical\nN-1,Nur,non-leadership,4 4 4 4 4 4 5,,,,4 5\n"));
    expect(r.code).toBe(0);
    expect(r.out).toBe(["track: non-leadership", ...GC_NON_TABLE.slice(0, 3), GC_NON_TOP, "", ROUND_NOTE].join("\n") + "\n");
  });

  it("R-GC-5 --lang ru: Russian headings and sentence", () => {
    const r = runCli("score", GC_CSV, "--lang", "ru");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("должность: leadership");
    expect(lines[1]).toBe("место  id   кандидат  О (R-GC-1)  Э*   С  И (R-GC-5, максимум 6)");
    expect(lines[6]).toBe("L-c: Итоговый балл по общему конкурсу, руководящая должность: И = 6 (максимум 6), по формуле методики оценки И = 0.4·О + 0.4·Э + 0.2·С.");
  });
});

describe("R-GC-1…5 score — general competition --json", () => {
  it("R-GC-5 --json: kind, rules, every candidate by track then rank then id, with О, Э, С / П, И, max", () => {
    const r = runCli("score", GC_CSV, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { kind: string; rules: string[]; candidates: (Record<string, unknown> & { explanation: { formula: string; lang: string } })[] };
    expect(Object.keys(j)).toEqual(["kind", "rules", "candidates"]);
    expect(j.kind).toBe("general-competition");
    expect(j.rules).toEqual(["R-GC-1", "R-GC-3", "R-GC-4", "R-GC-5"]);
    const { explanation: _e, ...first } = j.candidates[0]!;
    expect(first).toEqual({ rank: 1, id: "L-c", name: "Cara", track: "leadership", O: "5", E: "5", C: "10", I: "6", max: "6", presumed: false });
    expect(j.candidates.map(({ explanation: _x, ...c }) => c)).toEqual([
      first,
      { rank: 2, id: "L-a", name: "Aigul", track: "leadership", O: "4", E: "4", C: "10", I: "5.2", max: "6", presumed: false },
      { rank: 2, id: "L-b", name: "Bek", track: "leadership", O: "4", E: "4", C: "10", I: "5.2", max: "6", presumed: false },
      // 29/7 with 40 significant digits (…142857 1428|57 → …143); 0.3·О rounds to …143 too; + 6.3
      { rank: 1, id: "N-1", name: "Nur", track: "non-leadership", O: "4.142857142857142857142857142857142857143", P: "9", I: "7.542857142857142857142857142857142857143", max: "8.5", presumed: false },
      { rank: 1, id: "N-2", name: "Nurlan", track: "non-leadership", O: "4.142857142857142857142857142857142857143", P: "9", I: "7.542857142857142857142857142857142857143", max: "8.5", presumed: false },
    ]);
    expect(j.candidates[1]!.explanation.formula).toBe("И = 0.4·4 + 0.4·4 + 0.2·10 = 5.2");
  });

  it("R-GC-5 --json --lang ru --decimals 2: each candidate's explanation in Russian, rounded to 2 places", () => {
    const r = runCli("score", GC_CSV, "--json", "--lang", "ru", "--decimals", "2");
    const j = JSON.parse(r.out) as { candidates: { id: string; explanation: { formula: string; lang: string } }[] };
    const n1 = j.candidates.find((c) => c.id === "N-1")!;
    expect(n1.explanation.lang).toBe("ru");
    expect(n1.explanation.formula).toBe("И = 0.3·4.14 + 0.7·9 = 7.54");
  });
});

describe("R-GC-1…5 score — general competition input errors", () => {
  const gcCsv = (name: string, row: string) => write(name, `id,name,track,competencies,iq,essay,interview,practical\n${row}\n`);

  it("R-GC-4 three interview grades → line 2, field interview: two grades expected (CSV)", () => {
    const r = runCli("score", gcCsv("gc-int3.csv", "L,,leadership,4 4 4 4 4 4 4 4 4 4,,4,5 5 5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field interview: two grades expected (С1 С2)\n`);
  });

  it("R-GC-4 three interview grades in JSON → field candidates[0].interview: two grades expected", () => {
    const r = runCli("score", write("gc-int3.json", '{"track":"leadership","candidates":[{"id":"L","competencies":[4,4,4,4,4,4,4,4,4,4],"essay":[4],"interview":[5,5,5]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].interview: two grades expected (С1 С2)\n`);
  });

  it("R-GC-3 three practical grades → line 2, field practical: two grades expected (CSV)", () => {
    const r = runCli("score", gcCsv("gc-pr3.csv", "N,,non-leadership,4 4 4 4 4 4 4,,,,3 4 5"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field practical: two grades expected (П1 П2)\n`);
  });

  it("R-GC-3 three practical grades in JSON → field candidates[0].practical: two grades expected", () => {
    const r = runCli("score", write("gc-pr3.json", '{"track":"non-leadership","candidates":[{"id":"N","competencies":[4,4,4,4,4,4,4],"practical":[3,4,5]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].practical: two grades expected (П1 П2)\n`);
  });

  it("R-GC-1 a JSON lower-track IQ of 31 → field candidates[0].iq", () => {
    const r = runCli("score", write("gc-iq.json", '{"track":"lower","candidates":[{"id":"W","iq":31,"practical":[3,4]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].iq: R-GC-1: iq = 31: out of range: expected a number from 0 to 30 (IQ: behavioural and cognitive test result)\n`);
  });

  it("R-GC-1 a JSON row without competencies → field candidates[0].competencies, 0 scores given", () => {
    const r = runCli("score", write("gc-nocomp.json", '{"track":"non-leadership","candidates":[{"id":"N","practical":[3,4]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${PFX}field candidates[0].competencies: R-GC-1: competencies = array(0): wrong number of competency scores: exactly 7 are required for this track (О1…О7), got 0\n`,
    );
  });

  it("R-GC-2 a leadership essay grade 6 → line 2, field essay", () => {
    const r = runCli("score", gcCsv("gc-essay.csv", "L,,leadership,4 4 4 4 4 4 4 4 4 4,,6,5 5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field essay: R-SEL-3: points = "6": out of range: expected a whole number from 0 to 5 points\n`);
  });

  it("R-GC-4 an interview grade 6 → line 2, field interview", () => {
    const r = runCli("score", gcCsv("gc-int6.csv", "L,,leadership,4 4 4 4 4 4 4 4 4 4,,4,6 5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field interview: R-GC-4: c1 = "6": out of range: expected a whole number from 0 to 5 points\n`);
  });

  it("R-GC-5 a CSV with a header and no rows → no candidates in the file, exit 1", () => {
    const r = runCli("score", write("gc-empty.csv", "id,name,track\n"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}no candidates in the file\n`);
  });
});

describe("CLI score — options", () => {
  it("CLI --decimals 41 → usage error (at most 40), exit 2", () => {
    const r = runCli("score", IS_CSV, "--decimals", "41");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${USAGE}--decimals: at most 40\n`);
  });

  it("CLI bad --decimals, --questions-per-block, --kind, --track values name their option, exit 2", () => {
    const d = runCli("score", IS_CSV, "--decimals", "x");
    expect([d.code, d.err]).toEqual([2, `${USAGE}--decimals: expected a whole number ≥ 0, got "x"\n`]);
    const q = runCli("score", IS_CSV, "--questions-per-block", "0");
    expect([q.code, q.err]).toEqual([2, `${USAGE}--questions-per-block: expected a whole number ≥ 1, got "0"\n`]);
    const k = runCli("score", IS_CSV, "--kind", "x");
    expect([k.code, k.err]).toEqual([2, `${USAGE}--kind: expected one of is, competition, got "x"\n`]);
    const t = runCli("score", IS_CSV, "--track", "x");
    expect([t.code, t.err]).toEqual([2, `${USAGE}--track: expected one of leadership, non-leadership, lower, got "x"\n`]);
  });

  it("CLI no input file → usage error naming what is expected, then the help, exit 2", () => {
    const r = runCli("score");
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`${USAGE}score: give exactly one input file (CSV or JSON; - for standard input)\n\nUsage: kz-civil-service-rules score `)).toBe(true);
  });
});
