// src/cli/score.ts, the `score` command (R-SEL-1…5, R-GC-1…5): the scores and ranks, the tables,
// --json, --explain, --decimals, --lang, the option errors and the line / field of a bad cell (reading
// the input file is tested in score-read.test.ts).

// Scores are worked out by hand from the rules:
//   R-SEL-1 T = 0.02·S; R-SEL-2 T = 0.1·S1 + 0.1·S2; essay / interview = mean of the members'
//   grades (the tool's documented choice); total = the sum; competition rank 1, 2, 2, 4;
//   R-GC-1 О = (О1+…+О10)/10 (leadership), IQ/6 (lower); R-GC-3 П = П1 + П2; R-GC-4 С = С1 + С2;
//   R-GC-5 И = 0.4·О + 0.4·Э + 0.2·С (leadership, max 6), 0.3·О + 0.7·П (lower: presumed, max 8.5).
// Error wording, headings, labels and notes are the source's and the explanation catalogues'
// constants (docs/cli.md: the message names the line and field): that wording is the contract.
import { describe, expect, it } from "vitest";
import { ruleSource, type RuleId } from "../../src/index.js";
import {
  expectInert,
  HOSTILE_ID,
  HOSTILE_ID_SHOWN,
  INVALID_INPUT as PREFIX,
  ONE_IS,
  RAW_CONTROL,
  runCli,
  scoreGcJson as gcJson,
  scoreInputError as inputError,
  tempFiles,
} from "../support/cli.js";

const write = tempFiles();

/** The citation line of an explanation: "<rule>: <act>, <locator>; <seed> lines <lines>". */
const cite = (rule: string): string => {
  const s = ruleSource(rule as RuleId);
  return `${rule}: ${s.act}, ${s.locator}; ${s.seed}${s.lines ? ` lines ${s.lines}` : ""}`;
};

const MEAN_NOTE = "* The order does not say how several members' grades combine: the mean and the sum of the stages are the caller's choice.";
const ROUND_NOTE = "Scores are exact; shown rounded half-up for display only.";
const PFX = "kz-civil-service-rules: invalid input: ";
const USAGE = "kz-civil-service-rules: ";

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
  it("R-SEL-5 the table: ranked by total then id, admitted / tied / —, then the admission sentence and the two notes", async () => {
    const r = await runCli("score", IS_CSV);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe([...IS_TABLE, "", IS_ADMISSION_EN, MEAN_NOTE, ROUND_NOTE].join("\n") + "\n");
  });

  it("R-SEL-5 --explain adds the ranking formula and the citation after the sentence", async () => {
    const r = await runCli("score", IS_CSV, "--explain");
    expect(r.code).toBe(0);
    const formula = "ranking: P 8 (1), Q 8 (1), B 6 (3), C 6 (3), A 4.5333 (5); limit 3 → admitted P, Q; tied at 6: B, C";
    expect(r.out).toBe([...IS_TABLE, "", IS_ADMISSION_EN, formula, cite("R-SEL-5"), MEAN_NOTE, ROUND_NOTE].join("\n") + "\n");
  });

  it("R-SEL-5 --decimals 2 rounds the table and the ranking formula (4.3333… → 4.33, 4.5333… → 4.53)", async () => {
    const r = await runCli("score", IS_CSV, "--explain", "--decimals", "2");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[6]).toBe("   5  A   Aru                0.2            0    4.33    4.53  —");
    expect(lines[9]).toBe("ranking: P 8 (1), Q 8 (1), B 6 (3), C 6 (3), A 4.53 (5); limit 3 → admitted P, Q; tied at 6: B, C");
  });

  it("R-SEL-5 --decimals 40 is allowed (the bound is inclusive): 13/3 shown to its 39 exact places", async () => {
    const r = await runCli("score", IS_CSV, "--decimals", "40");
    expect(r.code).toBe(0);
    // essay mean 13/3 with 40 significant digits = 4.333…3 (39 threes); total 0.2 + that = 4.5333…3
    expect(r.out).toContain("  4.333333333333333333333333333333333333333  4.533333333333333333333333333333333333333  —");
  });

  it("R-SEL-5 --lang ru: Russian headings, labels and admission sentence", async () => {
    const r = await runCli("score", IS_CSV, "--lang", "ru");
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
  it("R-SEL-5 --json: kind, rules, every candidate's exact values in rank order, admission and note", async () => {
    const r = await runCli("score", IS_CSV, "--json");
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

  it("R-SEL-5 --json --lang ru --decimals 2: the admission explanation is in Russian, numbers to 2 places", async () => {
    const r = await runCli("score", IS_CSV, "--json", "--lang", "ru", "--decimals", "2");
    const j = JSON.parse(r.out) as { admission: { lang: string; formula: string } };
    expect(j.admission.lang).toBe("ru");
    expect(j.admission.formula).toBe("ranking: P 8 (1), Q 8 (1), B 6 (3), C 6 (3), A 4.53 (5); limit 3 → admitted P, Q; tied at 6: B, C");
  });
});

describe("R-SEL-1…5 score — IS selection input errors name the line / candidate and the field", () => {
  // this block's isCsv / isJson write a one-row input file (not the --json runner of score-read.test.ts)
  const isCsv = (row: string) => write(`is-${row.replace(/[^0-9a-z]/gi, "_")}.csv`, `id,name,S,S1,S2,essay,interview\n${row}\n`);
  const isJson = (cand: string) => write(`is-${cand.replace(/[^0-9a-z]/gi, "_")}.json`, `{"candidates":[${cand}]}`);

  it("R-SEL-1 a CSV S out of 0–100 → line 2, field S", async () => {
    const r = await runCli("score", isCsv("X,,101,5,5,5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field S: R-SEL-1: S = "101": out of range: expected a number from 0 to 100 (percent)\n`);
  });

  it("R-SEL-1 a JSON S out of range → field candidates[0].S (the candidate is named)", async () => {
    const r = await runCli("score", await isJson('{"id":"X","S":101,"S1":5,"S2":5,"essay":[5]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].S: R-SEL-1: S = 101: out of range: expected a number from 0 to 100 (percent)\n`);
  });

  it("R-SEL-2 a CSV S2 below 0 → line 2, field S2 (the field the rule names)", async () => {
    const r = await runCli("score", isCsv("X,,50,5,-1,5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field S2: R-SEL-2: S2 = "-1": out of range: expected a whole number at least 0 (correct answers)\n`);
  });

  it("R-SEL-2 a JSON S2 below 0 → field candidates[0].S2 (the rule's field, after the candidate)", async () => {
    const r = await runCli("score", await isJson('{"id":"X","S":50,"S1":5,"S2":-1,"essay":[5]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].S2: R-SEL-2: S2 = -1: out of range: expected a whole number at least 0 (correct answers)\n`);
  });

  it("R-SEL-3 a CSV essay grade 6 → line 2, field essay", async () => {
    const r = await runCli("score", isCsv("X,,50,5,5,6,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field essay: R-SEL-3: points = "6": out of range: expected a whole number from 0 to 5 points\n`);
  });

  it("R-SEL-3 a rule error of a JSON row names candidates[k] and the field", async () => {
    const file = write("essay6.json", JSON.stringify({ candidates: [ONE_IS, { id: "Y", S: 100, S1: 0, S2: 0, essay: [6] }] }));
    // an essay grade is whole 0–5: 6 is rejected by R-SEL-3, located at candidates[1].essay
    expect(await inputError(file)).toContain(`${PREFIX}field candidates[1].essay: R-SEL-3: `);
  });

  it("R-SEL-4 a CSV interview grade 4 → line 2, field interview", async () => {
    const r = await runCli("score", isCsv("X,,50,5,5,5,4"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field interview: R-SEL-4: points = "4": out of range: expected a whole number from 0 to 3 points\n`);
  });

  it("R-SEL-2 --questions-per-block 9 rejects S1 = S2 = 10 (P, line 5); 10 accepts them", async () => {
    const r = await runCli("score", IS_CSV, "--questions-per-block", "9");
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${PFX}line 5, field S1: R-SEL-2: S1 = "10": out of range: expected a whole number from 0 to 9 (correct answers)\n`)).toBe(true);
    expect((await runCli("score", IS_CSV, "--questions-per-block", "10")).code).toBe(0);
  });

  it("R-SEL-5 a CSV with a header and no rows → no candidates in the file, exit 1", async () => {
    const r = await runCli("score", write("is-empty.csv", "id,name,S,S1,S2,essay,interview\n"));
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
  it("R-GC-5 one table per track (leadership first), ranked within the track, the best one's sentence, the notes", async () => {
    const r = await runCli("score", GC_CSV);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      ["track: leadership", ...GC_LEAD_TABLE, GC_LEAD_TOP, "", "track: non-leadership", ...GC_NON_TABLE, GC_NON_TOP, "", MEAN_NOTE, ROUND_NOTE].join("\n") + "\n",
    );
  });

  it("R-GC-5 --explain: every candidate's substituted formula in rank order, then the citation, per track", async () => {
    const r = await runCli("score", GC_CSV, "--explain");
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

  it("R-GC-5 --explain --decimals 2: the formulas are rounded to 2 places (29/7 → 4.14, И → 7.54)", async () => {
    const r = await runCli("score", GC_CSV, "--explain", "--decimals", "2");
    expect(r.code).toBe(0);
    expect(r.out).toContain("\n  N-1: И = 0.3·4.14 + 0.7·9 = 7.54\n  N-2: И = 0.3·4.14 + 0.7·9 = 7.54\n");
  });

  it("R-GC-5 no leadership candidate → no note on the mean of the essay grades (only the rounding note)", async () => {
    // non-leadership and lower only: Э is not used
    const r = await runCli("score", write("gc-non.csv", "id,name,track,competencies,iq,essay,interview,practical\nN-1,Nur,non-leadership,4 4 4 4 4 4 5,,,,4 5\n"));
    expect(r.code).toBe(0);
    expect(r.out).toBe(["track: non-leadership", ...GC_NON_TABLE.slice(0, 3), GC_NON_TOP, "", ROUND_NOTE].join("\n") + "\n");
  });

  it("R-GC-5 --lang ru: Russian headings and sentence", async () => {
    const r = await runCli("score", GC_CSV, "--lang", "ru");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("должность: leadership");
    expect(lines[1]).toBe("место  id   кандидат  О (R-GC-1)  Э*   С  И (R-GC-5, максимум 6)");
    expect(lines[6]).toBe("L-c: Итоговый балл по общему конкурсу, руководящая должность: И = 6 (максимум 6), по формуле методики оценки И = 0.4·О + 0.4·Э + 0.2·С.");
  });
});

describe("R-GC-1…5 score — general competition --json", () => {
  it("R-GC-5 --json: kind, rules, every candidate by track then rank then id, with О, Э, С / П, И, max", async () => {
    const r = await runCli("score", GC_CSV, "--json");
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

  it("R-GC-5 --json --lang ru --decimals 2: each candidate's explanation in Russian, rounded to 2 places", async () => {
    const r = await runCli("score", GC_CSV, "--json", "--lang", "ru", "--decimals", "2");
    const j = JSON.parse(r.out) as { candidates: { id: string; explanation: { formula: string; lang: string } }[] };
    const n1 = j.candidates.find((c) => c.id === "N-1")!;
    expect(n1.explanation.lang).toBe("ru");
    expect(n1.explanation.formula).toBe("И = 0.3·4.14 + 0.7·9 = 7.54");
  });

  it("R-GC-5 ranks within a track follow the score, not the file order; a tie shares the rank (1, 1, 3)", async () => {
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
    expect((await gcJson(file)).map((x) => [x.id, x.rank, x.I])).toEqual([
      ["a", 1, "8.5"],
      ["b", 1, "8.5"],
      ["c", 3, "1.4"],
    ]);
  });
});

describe("R-GC-1…5 score — general competition input errors", () => {
  const gcCsv = (name: string, row: string) => write(name, `id,name,track,competencies,iq,essay,interview,practical\n${row}\n`);

  it("R-GC-4 three interview grades → line 2, field interview: two grades expected (CSV)", async () => {
    const r = await runCli("score", gcCsv("gc-int3.csv", "L,,leadership,4 4 4 4 4 4 4 4 4 4,,4,5 5 5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field interview: two grades expected (С1 С2)\n`);
  });

  it("R-GC-4 three interview grades in JSON → field candidates[0].interview: two grades expected", async () => {
    const r = await runCli("score", write("gc-int3.json", '{"track":"leadership","candidates":[{"id":"L","competencies":[4,4,4,4,4,4,4,4,4,4],"essay":[4],"interview":[5,5,5]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].interview: two grades expected (С1 С2)\n`);
  });

  it("R-GC-3 three practical grades → line 2, field practical: two grades expected (CSV)", async () => {
    const r = await runCli("score", gcCsv("gc-pr3.csv", "N,,non-leadership,4 4 4 4 4 4 4,,,,3 4 5"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field practical: two grades expected (П1 П2)\n`);
  });

  it("R-GC-3 three practical grades in JSON → field candidates[0].practical: two grades expected", async () => {
    const r = await runCli("score", write("gc-pr3.json", '{"track":"non-leadership","candidates":[{"id":"N","competencies":[4,4,4,4,4,4,4],"practical":[3,4,5]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].practical: two grades expected (П1 П2)\n`);
  });

  it("R-GC-1 a JSON lower-track IQ of 31 → field candidates[0].iq", async () => {
    const r = await runCli("score", write("gc-iq.json", '{"track":"lower","candidates":[{"id":"W","iq":31,"practical":[3,4]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}field candidates[0].iq: R-GC-1: iq = 31: out of range: expected a number from 0 to 30 (IQ: behavioural and cognitive test result)\n`);
  });

  it("R-GC-1 a JSON row without competencies → field candidates[0].competencies, 0 scores given", async () => {
    const r = await runCli("score", write("gc-nocomp.json", '{"track":"non-leadership","candidates":[{"id":"N","practical":[3,4]}]}'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${PFX}field candidates[0].competencies: R-GC-1: competencies = array(0): wrong number of competency scores: exactly 7 are required for this track (О1…О7), got 0\n`,
    );
  });

  it("R-GC-2 a leadership essay grade 6 → line 2, field essay", async () => {
    const r = await runCli("score", gcCsv("gc-essay.csv", "L,,leadership,4 4 4 4 4 4 4 4 4 4,,6,5 5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field essay: R-SEL-3: points = "6": out of range: expected a whole number from 0 to 5 points\n`);
  });

  it("R-GC-4 an interview grade 6 → line 2, field interview", async () => {
    const r = await runCli("score", gcCsv("gc-int6.csv", "L,,leadership,4 4 4 4 4 4 4 4 4 4,,4,6 5,"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}line 2, field interview: R-GC-4: c1 = "6": out of range: expected a whole number from 0 to 5 points\n`);
  });

  it("R-GC-5 a CSV with a header and no rows → no candidates in the file, exit 1", async () => {
    const r = await runCli("score", write("gc-empty.csv", "id,name,track\n"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PFX}no candidates in the file\n`);
  });
});

describe("CLI score — options", () => {
  it("CLI --decimals 41 → usage error (at most 40), exit 2", async () => {
    const r = await runCli("score", IS_CSV, "--decimals", "41");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${USAGE}--decimals: at most 40\n`);
  });

  it("CLI bad --decimals, --questions-per-block, --kind, --track values name their option, exit 2", async () => {
    const d = await runCli("score", IS_CSV, "--decimals", "x");
    expect([d.code, d.err]).toEqual([2, `${USAGE}--decimals: expected a whole number ≥ 0, got "x"\n`]);
    const q = await runCli("score", IS_CSV, "--questions-per-block", "0");
    expect([q.code, q.err]).toEqual([2, `${USAGE}--questions-per-block: expected a whole number ≥ 1, got "0"\n`]);
    const k = await runCli("score", IS_CSV, "--kind", "x");
    expect([k.code, k.err]).toEqual([2, `${USAGE}--kind: expected one of is, competition, got "x"\n`]);
    const t = await runCli("score", IS_CSV, "--track", "x");
    expect([t.code, t.err]).toEqual([2, `${USAGE}--track: expected one of leadership, non-leadership, lower, got "x"\n`]);
  });

  it("CLI no input file → usage error naming what is expected, then the help, exit 2", async () => {
    const r = await runCli("score");
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`${USAGE}score: give exactly one input file (CSV or JSON; - for standard input)\n\nUsage: kz-civil-service-rules score `)).toBe(true);
  });
});

describe("CLI score — hostile input (issue 23, item 7): printed inert, exit codes as documented", () => {
  /** A CSV cell quoted by the rules of RFC 4180 (so it may hold commas, quotes and line breaks). */
  const q = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const isCsv = (id: string, name: string) => write("hostile-is.csv", `id,name,S,S1,S2,essay\n${q(id)},${q(name)},80,20,20,4\nB,Bob,70,10,10,3\n`);
  const gcCsv = (id: string, name: string) =>
    write("hostile-gc.csv", `id,name,track,competencies,practical\n${q(id)},${q(name)},non-leadership,4 4 4 4 4 4 5,4 5\nN-2,Nur,non-leadership,4 4 4 4 4 4 4,4 5\n`);

  it("R-SEL-5 the reviewer's id in an IS selection: escaped in the table and in the admission sentence, exit 0", async () => {
    const r = await runCli("score", isCsv(HOSTILE_ID, "Ann"), "--explain");
    expect(r.code).toBe(0);
    expectInert(r);
    // T = 0.02·80 = 1.6; T = 2 + 2 = 4; essay 4; total 9.6
    // "candidate" is 9 wide ("Ann" + 6), then two spaces, then "1.6" right-aligned in 11
    expect(r.out.split("\n")[2]).toBe(`   1  ${HOSTILE_ID_SHOWN}  Ann${" ".repeat(16)}1.6            4       4     9.6  admitted`);
    expect(r.out).toContain(`admitted ${HOSTILE_ID_SHOWN}, B.`);
    expect(r.out).toContain(`ranking: ${HOSTILE_ID_SHOWN} 9.6 (1), B 6.4 (2)`);
  });
  it("R-GC-5 the reviewer's id in a general competition: escaped in the table, the best one's line and --explain, exit 0", async () => {
    const r = await runCli("score", gcCsv(HOSTILE_ID, "Ann"), "--explain");
    expect(r.code).toBe(0);
    expectInert(r);
    const lines = r.out.split("\n");
    expect(lines[3]).toMatch(new RegExp(`^   1  ${HOSTILE_ID_SHOWN.replace(/[\\[\]]/g, "\\$&")}  Ann `));
    expect(lines[5]!.startsWith(`${HOSTILE_ID_SHOWN}: `)).toBe(true);
    expect(lines[6]!.startsWith(`  ${HOSTILE_ID_SHOWN}: И = `)).toBe(true);
  });
  it("R-GC-5 the reviewer's id in an error (a repeated id): escaped, exit 1", async () => {
    const f = write("hostile-dup.csv", `id,track,competencies,practical\n${q(HOSTILE_ID)},lower,,4 5\n${q(HOSTILE_ID)},lower,,4 5\n`);
    const err = await inputError(f);
    expect(err).toBe(`${PREFIX}line 3, field id: duplicate id "${HOSTILE_ID_SHOWN}" (also at line 2)\n`);
    expect(err).not.toMatch(RAW_CONTROL);
  });
  it("R-SEL-1 the reviewer's id as a value a rule rejects (S): escaped in the rule's message, exit 1", async () => {
    const f = write("hostile-s.csv", `id,S,S1,S2,essay\nA,${q(HOSTILE_ID)},20,20,4\n`);
    const err = await inputError(f);
    expect(err.startsWith(`${PREFIX}line 2, field S: R-SEL-1: S = "${HOSTILE_ID_SHOWN}": `)).toBe(true);
    expect(err).not.toMatch(RAW_CONTROL);
  });
  it("R-SEL-1 a 10,000-character value a rule rejects is cut in the message after 80 characters, with its length", async () => {
    const err = await inputError(write("long-s.csv", `id,S,S1,S2,essay\nA,${"9".repeat(10_000)},20,20,4\n`));
    expect(err).toContain(`S = "${"9".repeat(80)}…" (10,000 characters): `);
    expect(err.length).toBeLessThan(2000);
  });
  it("R-SEL-1 a name with a line break (a quoted CSV field): the table keeps its line count, the break shown as \\n", async () => {
    const plain = await runCli("score", isCsv("A", "Айгерім Н."));
    const broken = await runCli("score", isCsv("A", "Айгерім\nН."));
    expect(broken.code).toBe(0);
    expect(broken.out.split("\n")).toHaveLength(plain.out.split("\n").length);
    expect(broken.out.split("\n")[2]).toBe("   1  A   Айгерім\\nН.          1.6            4       4     9.6  admitted");
    expectInert(broken);
  });
  it("R-GC-5 a name with a line break, a carriage return and a right-to-left override: one table row, all three escaped", async () => {
    const r = await runCli("score", gcCsv("N-1", "Nur\r\nbek \u202eevil"));
    expect(r.code).toBe(0);
    expectInert(r);
    expect(r.out).toContain("  Nur\\r\\nbek \\u202eevil  ");
    expect(r.out.split("\n")).toHaveLength((await runCli("score", gcCsv("N-1", "Nurbek"))).out.split("\n").length);
  });
  it("R-SEL-5 --json: the id and the name come back exactly (JSON escapes ESC, BEL, U+2028, U+2029 and the bidi controls), no raw control in the text", async () => {
    const name = "a\u2028b\u2029c\u202ed\u2066e\u200ff\u061cg\u0085h\u007f";
    const r = await runCli("score", isCsv(HOSTILE_ID, name), "--json");
    expect(r.code).toBe(0);
    expectInert(r);
    expect(r.out).toContain(`"id": "X\\u001b[2J\\u001b]0;pwned\\u0007"`);
    expect(r.out).toContain(`"name": "a\\u2028b\\u2029c\\u202ed\\u2066e\\u200ff\\u061cg\\u0085h\\u007f"`);
    const j = JSON.parse(r.out) as { candidates: { id: string; name: string }[] };
    expect(j.candidates[0]).toMatchObject({ id: HOSTILE_ID, name });
  });
  it("R-SEL-5 two ids that print alike (ESC and the six characters \\u001b): both ranked, the sentence keeps the ids as read (escaped when written)", async () => {
    const f = write("alike.csv", `id,S,S1,S2,essay\n${q("a\u001b")},80,20,20,4\n${q("a\\u001b")},70,10,10,3\n`);
    const r = await runCli("score", f);
    expect(r.code).toBe(0);
    expectInert(r);
    expect(r.out).toContain("admitted a\\u001b, a\\u001b.");
  });
});
