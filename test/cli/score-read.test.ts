// src/cli/score-read.ts, reading the input of the `score` command (R-SEL-1…5, R-GC-1…5): CSV or JSON
// rows, how the file is recognised, kind detection, tracks, questionsPerBlock, duplicate ids and the
// field checks of reading (run through the CLI in-process, as `score`); hostile input: escape
// sequences, binary garbage, values nested too deep to serialise, the limits of a field and of rows.

// Scores are worked out by hand from the rules:
//   R-SEL-1 T = 0.02·S; R-SEL-2 T = 0.1·S1 + 0.1·S2; essay / interview = mean of the members'
//   grades (the tool's documented choice); total = the sum; competition rank 1, 2, 2, 4;
//   R-GC-1 О = (О1+…+О10)/10 (leadership), IQ/6 (lower); R-GC-3 П = П1 + П2; R-GC-4 С = С1 + С2;
//   R-GC-5 И = 0.4·О + 0.4·Э + 0.2·С (leadership, max 6), 0.3·О + 0.7·П (lower: presumed, max 8.5).
// Error wording, headings, labels and notes are the source's and the explanation catalogues'
// constants (docs/cli.md: the message names the line and field): that wording is the contract.
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCORE_MAX_ROWS } from "../../src/cli/score-read.js";
import {
  expectInert,
  HOSTILE_ID,
  HOSTILE_ID_SHOWN,
  INVALID_INPUT as PREFIX,
  RAW_CONTROL,
  runCli,
  ONE_IS,
  ONE_IS_TOTAL,
  scoreGcJson as gcJson,
  scoreInputError as inputError,
  scoreIsJson as isJson,
  tempFiles,
} from "../support/cli.js";

const write = tempFiles();
const TRACK_LIST = "leadership, non-leadership, lower";

describe("R-SEL-1…5 score — JSON input, IS selection", () => {
  it("R-SEL-5 JSON rows: id by position when missing or empty, name \"\" when missing, lists as arrays, strings or a number, the top-level interview map; ranked 1, 2, 2, 4", async () => {
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
    expect(await isJson(file)).toEqual([
      { rank: 1, id: "B", name: "", personalQualities: "2", information: "4", essayMean: "5", total: "11", interviewMean: null, interview: "admitted" },
      { rank: 2, id: "3", name: "Cy", personalQualities: "1", information: "2", essayMean: "4", total: "7", interviewMean: null, interview: "admitted" },
      { rank: 2, id: "A", name: "Alma", personalQualities: "1", information: "2", essayMean: "4", total: "7", interviewMean: "2", interview: "admitted" },
      { rank: 4, id: "4", name: "Di", personalQualities: "0", information: "0", essayMean: "1", total: "1", interviewMean: "3", interview: "not-admitted" },
    ]);
  });

  it("R-SEL-2 questionsPerBlock of the JSON file applies when --questions-per-block is not given", async () => {
    const file = write("qpb20.json", JSON.stringify({ questionsPerBlock: 20, candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    // S1 = 21 > 20 questions: rejected, the rule names S1
    expect(await inputError(file)).toContain(`${PREFIX}field candidates[0].S1: R-SEL-2: `);
  });

  it("R-SEL-2 --questions-per-block overrides the file's questionsPerBlock", async () => {
    const file = write("qpb20b.json", JSON.stringify({ questionsPerBlock: 20, candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    // 21 ≤ 25: T = 0.1·21 = 2.1; total 0 + 2.1 + 0 = 2.1
    const [c] = await isJson(file, "--questions-per-block", "25");
    expect(c!.information).toBe("2.1");
    expect(c!.total).toBe("2.1");
  });

  it("R-SEL-2 a questionsPerBlock that is not a number (null) is not read: no limit", async () => {
    const file = write("qpbnull.json", JSON.stringify({ questionsPerBlock: null, candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    expect((await isJson(file))[0]!.information).toBe("2.1");
  });

  it("R-SEL-1 kind detection: a first row with S1 but no S is an IS selection (then S is missing)", async () => {
    const file = write("nos.json", JSON.stringify({ candidates: [{ id: "P", S1: 10, S2: 10, essay: [4] }] }));
    const err = await inputError(file);
    expect(err).toContain(`${PREFIX}field candidates[0].S: R-SEL-1: `);
    expect(err).not.toContain("track");
  });

  it("R-SEL-2 kind detection: a first row with S but no S1 is an IS selection (then S1 is missing)", async () => {
    const file = write("nos1.json", JSON.stringify({ candidates: [{ id: "P", S: 50, S2: 10, essay: [4] }] }));
    const err = await inputError(file);
    expect(err).toContain(`${PREFIX}field candidates[0].S1: R-SEL-2: `);
    expect(err).not.toContain("track");
  });

  it.each([
    ["essay", { essay: true }],
    ["interview", { interview: true }],
  ])("R-SEL-3 IS row: a %s that is not a list, a string or a number → 'candidates[1].<field>: expected a list of numbers'", async (field, bad) => {
    const file = write(`is-bad-${field}.json`, JSON.stringify({ candidates: [ONE_IS, { ...ONE_IS, id: "Y", ...bad }] }));
    expect(await inputError(file)).toBe(`${PREFIX}candidates[1].${field}: expected a list of numbers\n`);
  });

  it.each([[null], [5]])("CLI a JSON candidate that is not an object (%j) → 'candidates[1]: expected an object'", async (bad) => {
    const file = write("not-object.json", JSON.stringify({ candidates: [ONE_IS, bad] }));
    expect(await inputError(file)).toBe(`${PREFIX}candidates[1]: expected an object\n`);
  });
});

describe("R-GC-1…5 score — JSON input, general competition", () => {
  it("R-GC-5 JSON rows: iq of the lower track, a null list is no list, names kept or \"\"; ranked per track", async () => {
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
    const c = await gcJson(file);
    expect(c.map(({ rank, id, name, track, O, E, C, P, I, max, presumed }) => ({ rank, id, name, track, O, E, C, P, I, max, presumed }))).toEqual([
      { rank: 1, id: "L", name: "", track: "leadership", O: "4", E: "4.5", C: "9", P: undefined, I: "5.2", max: "6", presumed: false },
      { rank: 1, id: "W", name: "Wanda", track: "lower", O: "4", E: undefined, C: undefined, P: "9", I: "7.5", max: "8.5", presumed: true },
    ]);
  });

  it.each(["competencies", "essay", "interview", "practical"])("R-GC-1 competition row: a %s that is not a list → 'candidates[1].<field>: expected a list of numbers'", async (field) => {
    const ok = { id: "N", track: "non-leadership", competencies: [4, 4, 4, 4, 4, 4, 4], practical: [4, 4] };
    const file = write(`gc-bad-${field}.json`, JSON.stringify({ candidates: [ok, { ...ok, id: "M", [field]: true }] }));
    expect(await inputError(file)).toBe(`${PREFIX}candidates[1].${field}: expected a list of numbers\n`);
  });

  it.each([
    ["bogus", { track: "bogus" }, '"bogus"'],
    ["missing", {}, "undefined"],
  ])("R-GC-5 a %s track in JSON (no --track) → 'candidates[0].track: expected one of …'", async (_, extra, got) => {
    const file = write("gc-track.json", JSON.stringify({ candidates: [{ id: "Q", iq: 24, practical: [5, 4], ...extra }] }));
    expect(await inputError(file)).toBe(`${PREFIX}candidates[0].track: expected one of ${TRACK_LIST} (or give --track), got ${got}\n`);
  });
});

describe("CLI score — how the input file is recognised", () => {
  it("CLI a .json file with a UTF-8 BOM is read as JSON", async () => {
    const file = write("bom.json", "\uFEFF" + JSON.stringify({ candidates: [ONE_IS] }));
    expect((await isJson(file))[0]!.total).toBe(ONE_IS_TOTAL);
  });

  it("CLI a file of another name whose text starts, after blank lines, with '{' is read as JSON", async () => {
    const file = write("rows.txt", "\n  \n" + JSON.stringify({ candidates: [ONE_IS] }) + "\n");
    expect((await isJson(file))[0]!.total).toBe(ONE_IS_TOTAL);
  });

  it("CLI a file of another name whose text starts with '[' is read as a JSON list of candidates", async () => {
    const file = write("list.txt", JSON.stringify([ONE_IS]));
    expect((await isJson(file))[0]!.total).toBe(ONE_IS_TOTAL);
  });

  it("CLI only a leading BOM is dropped: U+FEFF inside a JSON value is kept", async () => {
    const file = write("inner-bom.json", JSON.stringify({ candidates: [{ ...ONE_IS, name: "A\uFEFFB" }] }));
    expect((await isJson(file))[0]!.name).toBe("A\uFEFFB");
  });

  it("CLI a file named *.JSON (any case) that is not valid JSON → '<path>: not valid JSON: …', exit 1", async () => {
    const file = write("rows.JSON", "id,S,S1,S2\nA,50,10,10\n");
    const err = await inputError(file);
    expect(err.startsWith(`${PREFIX}${file}: not valid JSON: `)).toBe(true);
    expect(err.length).toBeGreaterThan(`${PREFIX}${file}: not valid JSON: \n`.length);
  });

  it("CLI a JSON object without a candidates list → '<path>: expected { \"candidates\": [ … ] }'", async () => {
    const file = write("nocands.json", JSON.stringify({ rows: [] }));
    expect(await inputError(file)).toBe(`${PREFIX}${file}: expected { "candidates": [ … ] }\n`);
  });

  it.each([["null"], ["5"], ['"text"']])("CLI a JSON file that is %s (not an object or a list) → an input error, exit 1 (was a TypeError, exit 3)", async (json) => {
    const file = write(`top-${json.length}.json`, json);
    expect(await inputError(file)).toBe(`${PREFIX}${file}: expected { "candidates": [ … ] }\n`);
  });

  it("CLI a JSON list whose first item is not an object → that candidate is named, exit 1 (was a TypeError, exit 3)", async () => {
    const file = write("first-not-object.json", "[1]");
    expect(await inputError(file)).toBe(`${PREFIX}candidates[0]: expected an object\n`);
  });

  it("R-SEL-2 a JSON questionsPerBlock that is not a number (\"20\") is rejected, not ignored", async () => {
    const file = write("qpb-string.json", JSON.stringify({ questionsPerBlock: "20", candidates: [{ id: "Q", S: 0, S1: 21, S2: 0, essay: [0] }] }));
    expect(await inputError(file)).toBe(`${PREFIX}${file}: questionsPerBlock: expected a number, got "20"\n`);
  });
});

describe("R-GC-5 score — a general competition's ids are unique (its tables are ranked by id within a track)", () => {
  it("R-GC-5 CSV: a repeated id → the second line and field id, naming the first line", async () => {
    const file = write("gc-dup.csv", "id,track,practical,iq\nN1,lower,3 4,30\nN2,lower,3 4,30\nN1,lower,2 2,12\n");
    expect(await inputError(file)).toBe(`${PREFIX}line 4, field id: duplicate id "N1" (also at line 2)\n`);
  });
  it("R-GC-5 JSON: a repeated id → candidates[k].id, naming the first candidate; ids in other tracks count too", async () => {
    const file = write(
      "gc-dup.json",
      JSON.stringify({ candidates: [{ id: "A", track: "lower", iq: 30, practical: [3, 4] }, { id: "A", track: "non-leadership", competencies: [4, 4, 4, 4, 4, 4, 4], practical: [3, 4] }] }),
    );
    expect(await inputError(file)).toBe(`${PREFIX}candidates[1].id: duplicate id "A" (also at candidates[0])\n`);
  });
  it("R-GC-5 JSON: rows without an id are numbered by position, and a given id equal to such a number is a repeat", async () => {
    const file = write("gc-dup-pos.json", JSON.stringify({ track: "lower", candidates: [{ iq: 30, practical: [3, 4] }, { id: "1", iq: 12, practical: [2, 2] }] }));
    expect(await inputError(file)).toBe(`${PREFIX}candidates[1].id: duplicate id "1" (also at candidates[0])\n`);
  });
});

describe("CLI score — CSV input", () => {
  it.each([
    ["id,S1,S2", "S"],
    ["id,S,S2", "S1"],
    ["id,S,S1", "S2"],
    ["name,track,iq,practical", "id"],
  ])("CLI CSV header %s → '<path>: line 1: missing column \"%s\"'", async (header, missing) => {
    const file = write("missing.csv", `${header}\n${header.split(",").map(() => "1").join(",")}\n`);
    const read = header.split(",").map((h) => `"${h}"`).join(" | ");
    expect(await inputError(file)).toMatch(new RegExp(`^${PREFIX}${file}: line 1: missing column "${missing}" \\(accepted headings: .*\\); the header row was read as ${read.replace(/\|/g, "\\|")}, separated by commas\n$`));
  });

  it("CLI CSV unknown column → '<path>: line 1: unknown column …' listing the known ones", async () => {
    const file = write("unknown.csv", "id,name,track,iq,practical,extra\nW-1,W,lower,24,5 4,x\n");
    expect(await inputError(file)).toBe(`${PREFIX}${file}: line 1: unknown column "extra" (expected id, name, track, competencies, iq, essay, interview, practical)\n`);
  });

  it("CLI CSV row with fewer fields than the header → 'line 2: 3 fields, the header has 4'", async () => {
    const file = write("short.csv", "id,S,S1,S2\nA,50,10\n");
    expect(await inputError(file)).toBe(`${PREFIX}line 2: 3 fields, the header has 4\n`);
  });

  it.each([[""], ["   "]])("CLI CSV empty id %j → 'line 3, field id: empty id'", async (id) => {
    const file = write("empty-id.csv", `id,S,S1,S2,essay\nA,50,10,10,4\n${id},50,10,10,4\n`);
    expect(await inputError(file)).toBe(`${PREFIX}line 3, field id: empty id\n`);
  });

  it("R-SEL-3 CSV IS cells are trimmed, lists split on runs of spaces and ';', no name column → name \"\"", async () => {
    const file = write("is-trim.csv", "id,S,S1,S2,essay,interview\n  K-1 ,50,10,10,4;  5, 3 2 \n");
    // T = 1; T = 2; essay (4+5)/2 = 4.5 → 7.5; interview (3+2)/2 = 2.5
    expect(await isJson(file)).toEqual([
      { rank: 1, id: "K-1", name: "", personalQualities: "1", information: "2", essayMean: "4.5", total: "7.5", interviewMean: "2.5", interview: "admitted" },
    ]);
  });

  it("R-GC-5 CSV leadership row with essay and interview columns; the name is kept", async () => {
    const file = write("lead.csv", "id,name,track,competencies,essay,interview\nL-1,Lena,leadership,4 4 4 4 4 4 4 4 4 4,4 5,5 4\n");
    // О = 4; Э = 4.5; С = 9; И = 1.6 + 1.8 + 1.8 = 5.2
    const [c] = await gcJson(file);
    expect([c!.id, c!.name, c!.track, c!.O, c!.E, c!.C, c!.I]).toEqual(["L-1", "Lena", "leadership", "4", "4.5", "9", "5.2"]);
  });

  it("R-GC-5 CSV without a name or track column, --track lower: name \"\"", async () => {
    const file = write("lower.csv", "id,iq,practical\nW-1,24,5 4\n");
    // О = 24/6 = 4; П = 9; И = 7.5 (presumed)
    const [c] = await gcJson(file, "--track", "lower");
    expect([c!.id, c!.name, c!.track, c!.O, c!.P, c!.I, c!.presumed]).toEqual(["W-1", "", "lower", "4", "9", "7.5", true]);
  });

  it.each([
    ["bogus", '"bogus"'],
    ["", '""'],
  ])("R-GC-5 CSV track %j without --track → 'line 2, field track: expected one of …'", async (track, got) => {
    const file = write("track.csv", `id,name,track,iq,practical\nW-1,W,${track},24,5 4\n`);
    expect(await inputError(file)).toBe(`${PREFIX}line 2, field track: expected one of ${TRACK_LIST} (or give --track), got ${got}\n`);
  });

  it("CLI a CSV of more than 100,000 rows shows 'reading: …' progress on stderr", async () => {
    const rows = ["id,S,S1,S2"];
    for (let i = 0; i < 100_000; i++) rows.push(`c${i},1,1,1`);
    rows.push(",1,1,1"); // the 100,001st row (line 100002) has an empty id: stop there, nothing is scored
    const file = write("big.csv", rows.join("\n") + "\n");
    const err = await inputError(file);
    expect(err).toContain("reading: 50,000 / 100,001 rows\n");
    expect(err).toContain("reading: 100,000 / 100,001 rows\n");
    expect(err.endsWith(`${PREFIX}line 100002, field id: empty id\n`)).toBe(true);
  });
});

describe("CLI score — hostile input files (issue 23, item 7)", () => {
  it("CLI a 10,000,000-character field: refused with the limit, the line and the column, never echoed (stderr under 2 KB), exit 1", async () => {
    const file = write("huge-field.csv", `id,name,S,S1,S2,essay\nA,${"x".repeat(10_000_000)},80,20,20,4\n`);
    const err = await inputError(file);
    expect(err).toBe(`${PREFIX}${file}: line 2: column 2: a field longer than 10,000 characters (the limit of a CSV field)\n`);
    expect(err.length).toBeLessThan(2048);
  });
  it("CLI a 10,000-character field is within the limit: read, and cut with its length where it is printed", async () => {
    const r = await runCli("score", write("long-name.csv", `id,name,S,S1,S2,essay\nA,${"n".repeat(10_000)},80,20,20,4\n`));
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[2]).toContain(`  ${"n".repeat(80)}… (10,000 characters)  `);
  });
  it("CLI one 52 MB header line: refused at the first field's limit; its text is not echoed", async () => {
    const file = write("one-line.csv", "x".repeat(52 * 1024 * 1024));
    expect(await inputError(file)).toBe(`${PREFIX}${file}: line 1: column 1: a field longer than 10,000 characters (the limit of a CSV field)\n`);
  });
  it("CLI an unknown column of 9,000 characters holding escape sequences: quoted, escaped, cut after 80 with its length", async () => {
    const col = HOSTILE_ID + "c".repeat(9_000);
    const err = await inputError(write("long-col.csv", `id,S,S1,S2,${col}\nA,1,1,1,1\n`));
    expect(err).toContain(`unknown column "${HOSTILE_ID_SHOWN}${"c".repeat(80 - HOSTILE_ID.length)}…" (9,015 characters) (expected `);
    expect(err).not.toMatch(RAW_CONTROL);
    expect(err.length).toBeLessThan(2048);
  });
  it("CLI binary garbage named .json: an input error (its NUL bytes: not a text file), escaped (no raw ESC, BEL or C1), bounded, exit 1", async () => {
    // every byte value, four times, after a '{': V8 quotes the text near the error in its message
    const bytes = new Uint8Array(1 + 4 * 256);
    bytes[0] = 0x7b;
    for (let i = 0; i < 4 * 256; i++) bytes[1 + i] = (i * 167) % 256;
    const file = write("garbage.json", "");
    writeFileSync(file, bytes);
    const r = await runCli("score", file);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    // read/decode.ts refuses it before JSON.parse sees it (issue 21: never a garbled read)
    expect(r.err.startsWith(`${PREFIX}${file}: the file holds NUL bytes`)).toBe(true);
    expectInert(r);
    expect(r.err.length).toBeLessThan(2048);
  });
  it("CLI JSON whose error V8 quotes with the reviewer's escape sequences: shown escaped", async () => {
    const file = write("esc.json", HOSTILE_ID.slice(1) + "x".repeat(300));
    const r = await runCli("score", file);
    expect(r.code).toBe(1);
    expectInert(r);
    // V8 quotes the first ten characters: ESC [ 2 J ESC ] 0 ; p w
    expect(r.err).toBe(`${PREFIX}${file}: not valid JSON: Unexpected token '\\u001b', "\\u001b[2J\\u001b]0;pw"... is not valid JSON\n`);
    expect(r.err.length).toBeLessThan(2048);
  });
  it("CLI the reviewer's id in a JSON candidate: escaped in the table, exit 0", async () => {
    const r = await runCli("score", write("esc-id.json", JSON.stringify({ candidates: [{ ...ONE_IS, id: HOSTILE_ID, name: "Ann\nB" }] })));
    expect(r.code).toBe(0);
    expectInert(r);
    expect(r.out.split("\n")[2]).toMatch(/^ {3}1 {2}X\\u001b\[2J\\u001b\]0;pwned\\u0007 {2}Ann\\nB /);
  });
  const deep = "[".repeat(100_000) + "]".repeat(100_000);
  it.each([
    ["a name", `{"candidates":[{"id":"A","S":80,"S1":20,"S2":20,"essay":[4],"name":${deep}}]}`, "candidates[0].name: expected a string, got an array of 1 item"],
    ["a track", `{"track":${deep},"candidates":[{"id":"A","practical":[4,4]}]}`, `candidates[0].track: expected one of ${TRACK_LIST} (or give --track), got an array of 1 item`],
    ["a name object", `{"candidates":[{"id":"A","S":80,"S1":20,"S2":20,"essay":[4],"name":{"a":1}}]}`, "candidates[0].name: expected a string, got an object"],
  ])("CLI %s nested 100,000 deep (or an object) in JSON: an input error describing it, not a stack overflow (exit 3)", async (_, json, message) => {
    expect(await inputError(write("deep.json", json))).toBe(`${PREFIX}${message}\n`);
  });
  it("CLI questionsPerBlock nested 100,000 deep: an input error naming the file, exit 1", async () => {
    const file = write("deep-qpb.json", `{"questionsPerBlock":${deep},"candidates":[{"id":"A","S":80,"S1":20,"S2":20,"essay":[4]}]}`);
    expect(await inputError(file)).toBe(`${PREFIX}${file}: questionsPerBlock: expected a number, got an array of 1 item\n`);
  });
  it("R-SEL-5 JSON ids \"__proto__\" and \"constructor\" without an interview: no interview (not Object.prototype's members), exit 0", async () => {
    const file = write("proto.json", JSON.stringify({ candidates: [{ ...ONE_IS, id: "__proto__" }, { ...ONE_IS, id: "constructor" }] }));
    expect((await isJson(file)).map((c) => [c.id, c.interviewMean])).toEqual([
      ["__proto__", null],
      ["constructor", null],
    ]);
  });
  it(`CLI more than ${SCORE_MAX_ROWS.toLocaleString("en")} rows (CSV) or candidates (JSON): refused with the limit, exit 1`, async () => {
    expect(SCORE_MAX_ROWS).toBe(1_000_000);
    const csv = write("rows.csv", "id,S,S1,S2,essay\n" + "a\n".repeat(SCORE_MAX_ROWS + 1));
    expect(await inputError(csv)).toBe(`${PREFIX}${csv}: line 1000002: more than 1,000,000 rows after the header (the limit of a CSV file)\n`);
    const json = write("rows.json", "[" + "{},".repeat(SCORE_MAX_ROWS) + "{}]");
    expect(await inputError(json)).toBe(`${PREFIX}${json}: more than 1,000,000 candidates (the limit of the score command)\n`);
  }, 300_000);
});
