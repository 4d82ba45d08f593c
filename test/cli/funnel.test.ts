// src/cli/funnel.ts, the `funnel` command (R-PYR-1…3): the campaign CSV reader (cells, header, rows),
// the options (--ties, --half-rounding, --final-quota, --explain, --lang), the text report and --json,
// the CSV line and field of a rule's input error, the progress lines of a large file (in-process), and
// hostile input (escape sequences in ids and cells, a 10,000,000-character field, the row limit).
import { describe, expect, it } from "vitest";
import { FUNNEL_HELP, FUNNEL_MAX_ROWS } from "../../src/cli/funnel.js";
import { expectInert, HOSTILE_ID, HOSTILE_ID_SHOWN, RAW_CONTROL, runCli, tempFiles } from "../support/cli.js";

const write = tempFiles();

const HEADER = "id,sector,text,numeric,situational,assessment,interview,expert,national";
// Written out by hand (not imported from src/eligibility/reserve/sectors.ts): the expected order
// of the report's rows, so a reordered or renamed sector in the source makes these tests fail.
const SECTORS = [
  "social-policy",
  "infrastructure-industry-trade",
  "economic-financial-policy",
  "digitalisation",
  "agro-industry-environment",
  "foreign-policy-investment",
] as const;
const GROUNDS = "civil-service-law-art-16, false-information, procedure-breach, others-did-tasks, failed-verification, proctoring-violation";
const PREFIX = "kz-civil-service-rules: ";

// Column widths of the stage table: the longest sector id (29), then each heading (all values are
// shorter): "competed" 8, "left" 4, "quota" 5, "admitted" 8, "cut-off" 7, "tied: the commission decides" 28.
const W = [29, 8, 4, 5, 8, 7, 28] as const;
const TABLE_HEAD = ["sector".padEnd(29), "competed", "left", "quota", "admitted", "cut-off", "tied: the commission decides"].join("  ");
const DASHES = W.map((w) => "-".repeat(w)).join("  ");
/** One table row: the sector left-aligned, every other column right-aligned. */
function row(sector: string, competed: number, left: number, quota: number, admitted: number, cutoff: string, tied: string): string {
  const cells = [String(competed), String(left), String(quota), String(admitted), cutoff, tied];
  return [sector.padEnd(W[0]), ...cells.map((c, i) => c.padStart(W[i + 1]!))].join("  ");
}
type Row = readonly [competed: number, left: number, quota: number, admitted: number, cutoff: string, tied: string];
/** The 10 lines of one stage: heading, table (heading, dashes, the six sectors), blank line. */
function stageBlock(heading: string, rows: Readonly<Record<(typeof SECTORS)[number], Row>>): string[] {
  return [heading, TABLE_HEAD, DASHES, ...SECTORS.map((s) => row(s, ...rows[s])), ""];
}
const EMPTY: Row = [0, 0, 0, 0, "—", "—"];
/** A stage of fixed quotas where only digitalisation and social-policy compete. */
function fixedStage(quotas: readonly number[], social: Row, digital: Row): Record<(typeof SECTORS)[number], Row> {
  const e = (q: number): Row => [0, 0, q, 0, "—", "—"];
  return {
    "social-policy": social,
    "infrastructure-industry-trade": e(quotas[1]!),
    "economic-financial-policy": e(quotas[2]!),
    digitalisation: digital,
    "agro-industry-environment": e(quotas[4]!),
    "foreign-policy-investment": e(quotas[5]!),
  };
}

// A campaign where four digitalisation candidates and one social-policy candidate go through all
// seven stages (d4 stops at block 1, so its later cells stay empty).
const FULL = write(
  "full.csv",
  [
    HEADER,
    "d1,digitalisation,20,15,4.5,80,9,7,5",
    "d2,digitalisation,20,14,4,70,8,6,5",
    "d3,digitalisation,20,13,3.5,60,7,5,3",
    "d4,digitalisation,10,,,,,,",
    "s1,social-policy,22,25,5,90,10,8,6",
  ].join("\n"),
);

// Stages 2-6 are the same with and without --final-quota (quotas per sector from R-PYR-3:
// 100 each; 54/48/42/54/54/48; 36/32/28/36/36/32; 27/24/21/27/27/24; 18/16/14/18/18/16).
// Digitalisation: d1, d2, d3 compete at each stage, all within quota, cut-off = d3's score;
// social policy: s1 alone, cut-off = s1's score.
const MIDDLE_STAGES: string[] = [
  ...stageBlock(
    "numeric: block 2, numeric information → situational tasks",
    fixedStage([100, 100, 100, 100, 100, 100], [1, 0, 100, 1, "25", "—"], [3, 0, 100, 3, "13", "—"]),
  ),
  ...stageBlock("situational: situational tasks → assessment centre", fixedStage([54, 48, 42, 54, 54, 48], [1, 0, 54, 1, "5", "—"], [3, 0, 54, 3, "3.5", "—"])),
  ...stageBlock("assessment: assessment centre → competency interview", fixedStage([36, 32, 28, 36, 36, 32], [1, 0, 36, 1, "90", "—"], [3, 0, 36, 3, "60", "—"])),
  ...stageBlock(
    "interview: competency interview → interview at the expert commission",
    fixedStage([27, 24, 21, 27, 27, 24], [1, 0, 27, 1, "10", "—"], [3, 0, 27, 3, "7", "—"]),
  ),
  ...stageBlock(
    "expert: interview at the expert commission → meeting of the National Commission",
    fixedStage([18, 16, 14, 18, 18, 16], [1, 0, 18, 1, "8", "—"], [3, 0, 18, 3, "5", "—"]),
  ),
];
// Block 1 (50 % of each sector, rounded up): digitalisation 4 competed → quota 2; scores 20, 20,
// 20, 10: the 2nd and 3rd place tie at 20 across the quota → admit-all admits the tied group of 3
// (d1, d2, d3), shown "3 (+)"; cut-off 20. Social policy: 1 competed → quota 1, cut-off 22.
// Other sectors: 0 competed → quota 0, no cut-off, no tie ("—").
const TEXT_STAGE = stageBlock("text: block 1, text information → block 2, numeric information", {
  "social-policy": [1, 0, 1, 1, "22", "—"],
  "infrastructure-industry-trade": EMPTY,
  "economic-financial-policy": EMPTY,
  digitalisation: [4, 0, 2, 3, "20", "3 (+)"],
  "agro-industry-environment": EMPTY,
  "foreign-policy-investment": EMPTY,
});
const CITATION_START = "  R-PYR-3: PYR-2025, Procedure of the 2025 selection, section 3 (limits per stage)";

describe("R-PYR-3 funnel — the text report", () => {
  it("R-PYR-3 the whole report of a campaign through all seven stages: one heading and one aligned table per stage, the Reserve line, two --explain", async () => {
    const r = await runCli("funnel", FULL, "--explain", "d1", "--explain", "s1");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    // National Commission, default quotas 9/8/7/9/9/8: digitalisation 3 competed ≤ 9 → all 3 enter
    // the Reserve, cut-off 3 (d3); social policy s1 enters, cut-off 6. Reserve: 4, nobody awaiting.
    const national = stageBlock(
      "national: meeting of the National Commission → the Reserve",
      fixedStage([9, 8, 7, 9, 9, 8], [1, 0, 9, 1, "6", "—"], [3, 0, 9, 3, "3", "—"]),
    );
    const expected = [...TEXT_STAGE, ...MIDDLE_STAGES, ...national, "entered the Reserve: 4; awaiting the National Commission: 0"];
    expect(lines.slice(0, expected.length)).toEqual(expected);
    // then, per --explain: a blank line, the sentence, the formula, the citation
    const ex = lines.slice(expected.length);
    expect(ex).toHaveLength(9); // 2 × 4 lines + the final newline written by run()
    // d1: national stage, 5 and 5 tie at rank 1 of 3; quota 9, cut-off 3 → the Reserve
    expect(ex[0]).toBe("");
    expect(ex[1]).toBe(
      "Presidential Youth Reserve, candidate d1 (digitalisation): entered the Reserve — rank 1 of 3 at the meeting of the National Commission with 5; quota 9.",
    );
    expect(ex[2]).toBe("  national: rank 1 of 3, score 5; quota 9, cut-off 3 → the Reserve");
    expect(ex[3]!.startsWith(CITATION_START)).toBe(true);
    expect(ex[4]).toBe("");
    expect(ex[5]).toBe(
      "Presidential Youth Reserve, candidate s1 (social policy, civil society): entered the Reserve — rank 1 of 1 at the meeting of the National Commission with 6; quota 9.",
    );
    expect(ex[6]).toBe("  national: rank 1 of 1, score 6; quota 9, cut-off 6 → the Reserve");
    expect(ex[7]).toBe(ex[3]);
    expect(ex[8]).toBe("");
  });

  it("R-PYR-3 --final-quota (repeatable) revises the National Commission's quotas: a tie across a revised quota is not admitted and awaits the Commission, listed by id", async () => {
    const r = await runCli("funnel", FULL, "--final-quota", "digitalisation=1", "--final-quota", "social-policy=0");
    expect(r.code).toBe(0);
    // National: digitalisation quota 1, d1 5, d2 5, d3 3 → d1 and d2 tie across the quota; the last
    // step never exceeds its quota → nobody admitted (no cut-off), tied "2" without "(+)", d1 and d2
    // await the Commission. Social policy quota 0 → s1 not admitted. Reserve: 0.
    const national = stageBlock(
      "national: meeting of the National Commission → the Reserve",
      fixedStage([0, 8, 7, 1, 9, 8], [1, 0, 0, 0, "—", "—"], [3, 0, 1, 0, "—", "2"]),
    );
    const expected = [...TEXT_STAGE, ...MIDDLE_STAGES, ...national, "entered the Reserve: 0; awaiting the National Commission: 2 (d1, d2)", ""];
    expect(r.out.split("\n")).toEqual(expected);
  });

  it("R-PYR-3 --final-quota with --json: options.finalQuotas holds every revised quota (two-digit N too) over the defaults", async () => {
    const r = await runCli(
      "funnel",
      FULL,
      "--json",
      "--final-quota",
      "digitalisation=1",
      "--final-quota",
      "social-policy=0",
      "--final-quota",
      "foreign-policy-investment=12",
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      rule: string;
      options: { ties: string; halfRounding: string; finalQuotas: Record<string, number> };
      stages: { stage: string; next: string; admitted: number }[];
      reserve: string[];
      awaitingCommission: string[];
    };
    expect(j.rule).toBe("R-PYR-3");
    // defaults 9/8/7/9/9/8, revised: social-policy 0, digitalisation 1, foreign-policy-investment 12
    expect(j.options).toEqual({
      ties: "admit-all",
      halfRounding: "up",
      finalQuotas: {
        "social-policy": 0,
        "infrastructure-industry-trade": 8,
        "economic-financial-policy": 7,
        digitalisation: 1,
        "agro-industry-environment": 9,
        "foreign-policy-investment": 12,
      },
    });
    expect(j.stages.map((s) => [s.stage, s.next, s.admitted])).toEqual([
      ["text", "numeric", 4], // d1, d2, d3 (tie admitted) + s1
      ["numeric", "situational", 4],
      ["situational", "assessment", 4],
      ["assessment", "interview", 4],
      ["interview", "expert", 4],
      ["expert", "national", 4],
      ["national", "reserve", 0],
    ]);
    expect(j.reserve).toEqual([]);
    expect(j.awaitingCommission).toEqual(["d1", "d2"]);
  });
});

describe("R-PYR-3 funnel — options", () => {
  // Block 1 of a sector of three: 25, 24, 23.
  const THREE = write(
    "three.csv",
    ["id,sector,text,numeric", "h1,agro-industry-environment,25,excluded", "h2,agro-industry-environment,24,null", "h3,agro-industry-environment,23,"].join("\n"),
  );
  type Json = {
    options: { ties: string; halfRounding: string };
    stages: {
      stage: string;
      bySector: Record<string, { quota: number; competed: number; admitted: number; cutoff: string | null; tied: string[]; tiedScore: string | null; tiedAdmitted: boolean; left: { total: number; absent: number; excluded: number; unspecified: number; grounds: Record<string, number> } }>;
    }[];
  };

  it('R-PYR-3 default half rounding up: 3 of block 1 → quota 2 (h1, h2); at block 2 "excluded" counts as excluded without a ground and "null" as unspecified', async () => {
    const r = await runCli("funnel", THREE, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.options.halfRounding).toBe("up");
    const t = j.stages[0]!.bySector["agro-industry-environment"]!;
    expect([t.competed, t.quota, t.admitted, t.cutoff]).toEqual([3, 2, 2, "24"]); // ⌈3/2⌉ = 2
    const n = j.stages[1]!.bySector["agro-industry-environment"]!;
    expect(n.competed).toBe(0);
    expect(n.left).toEqual({ total: 2, absent: 0, excluded: 1, unspecified: 1, grounds: {} });
  });

  it("R-PYR-3 --half-rounding down: 3 of block 1 → quota ⌊3/2⌋ = 1 (h1 only)", async () => {
    const r = await runCli("funnel", THREE, "--json", "--half-rounding", "down");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.options.halfRounding).toBe("down");
    const t = j.stages[0]!.bySector["agro-industry-environment"]!;
    expect([t.competed, t.quota, t.admitted, t.cutoff]).toEqual([3, 1, 1, "25"]);
    expect(j.stages[1]!.bySector["agro-industry-environment"]!.left).toEqual({ total: 1, absent: 0, excluded: 1, unspecified: 0, grounds: {} });
  });

  it("R-PYR-3 --ties strict: a tie across the block-1 quota leaves the whole tied group out", async () => {
    // 4 competed → quota 2; 18, 18, 18, 12: places 1-3 tie across the quota → strict admits
    // nobody above the tie (tiedFrom 0): admitted 0, tied t1, t2, t3 at 18, not admitted.
    const f = write(
      "strict.csv",
      ["id,sector,text", "t1,economic-financial-policy,18", "t2,economic-financial-policy,18", "t3,economic-financial-policy,18", "t4,economic-financial-policy,12"].join("\n"),
    );
    const r = await runCli("funnel", f, "--json", "--ties", "strict");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.options.ties).toBe("strict");
    const t = j.stages[0]!.bySector["economic-financial-policy"]!;
    expect(t).toMatchObject({ competed: 4, quota: 2, admitted: 0, cutoff: null, tied: ["t1", "t2", "t3"], tiedScore: "18", tiedAdmitted: false });
  });

  it.each([
    ["--ties", "random", '--ties: expected one of admit-all, strict, got "random"'],
    ["--half-rounding", "sideways", '--half-rounding: expected one of up, down, got "sideways"'],
    ["--final-quota", "digitalisation", '--final-quota: expected SECTOR=N, got "digitalisation"'],
    ["--final-quota", "1digitalisation=3", '--final-quota: expected SECTOR=N, got "1digitalisation=3"'],
    ["--final-quota", "digitalisation=3x", '--final-quota: expected SECTOR=N, got "digitalisation=3x"'],
    ["--final-quota", "digitalisation=", '--final-quota: expected SECTOR=N, got "digitalisation="'],
  ])("CLI funnel %s %s → usage error naming the option, exit 2", async (opt, value, msg) => {
    const r = await runCli("funnel", FULL, opt, value);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${PREFIX}${msg}\n`);
  });

  it("CLI funnel without a file, or with two, → usage error with the help, exit 2", async () => {
    for (const args of [[], [FULL, FULL]]) {
      const r = await runCli("funnel", ...args);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`${PREFIX}funnel: give exactly one campaign CSV file\n\n${FUNNEL_HELP}\n`);
    }
  });
});

describe("R-PYR-1…3 funnel — reading the campaign file", () => {
  // Spaces around the id, the sector and the stage cells; f2's numeric cell is only spaces (empty).
  const SPACED = write("spaced.csv", ["id,sector,text,numeric", " f1 , foreign-policy-investment , 9 , absent ", " f2 , foreign-policy-investment , 5 ,   "].join("\n"));

  it("R-PYR-3 cells, ids and sectors are trimmed: f1 (9 of 9, 5) passes block 1 and is absent at block 2", async () => {
    // block 1: 2 competed → quota 1 → f1 (9); block 2: f1 absent → left; f2's blank cell = not reached
    const r = await runCli("funnel", SPACED, "--explain", "f1");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[8]).toBe(row("foreign-policy-investment", 2, 0, 1, 1, "9", "—"));
    expect(lines.slice(-5)).toEqual([
      "",
      "Presidential Youth Reserve, candidate f1 (foreign policy and investment): left the selection at the block 2, numeric information (absent); not counted in that stage's ranking.",
      "  numeric: absent → left, not ranked",
      lines.at(-2),
      "",
    ]);
    expect(lines.at(-2)!.startsWith(CITATION_START)).toBe(true);
  });

  it("R-PYR-3 --explain --lang ru: the explanation in Russian", async () => {
    const r = await runCli("funnel", SPACED, "--explain", "f1", "--lang", "ru");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "\n\nПрезидентский молодёжный кадровый резерв, кандидат f1 (внешняя политика и инвестиции): выбыл из отбора — второй блок «Оценка способности работать с числовой информацией» (не явился); в рейтинг этапа не включается.\n  numeric: absent → left, not ranked\n",
    );
  });

  it('R-PYR-1 "excluded:<ground>" with an unknown ground → exit 1 naming the line, the stage and the known grounds', async () => {
    const f = write("ground.csv", ["id,sector,text,numeric", "a,digitalisation,20,", "b,digitalisation,12,excluded:bogus"].join("\n"));
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: line 3, field numeric: unknown exclusion ground "bogus" (expected ${GROUNDS})\n`);
  });

  it.each([
    ["sector,text", "digitalisation,20", "id", "id, №, no, no., номер, нөмір, код, коды, идентификатор, ид", '"sector" | "text"'],
    ["id,text", "a,20", "sector", "sector, сектор, направление, бағыт, салалық бағыт, отраслевое направление", '"id" | "text"'],
  ])("CLI funnel header %s → missing column, its accepted headings and how the header was read, exit 1", async (head, rec, col, aliases, read) => {
    const f = write(`missing-${col}.csv`, `${head}\n${rec}\n`);
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: ${f}: line 1: missing column "${col}" (accepted headings: ${aliases}); the header row was read as ${read}, separated by commas\n`);
  });

  it("CLI funnel a semicolon file read with --delimiter , : the message shows one long heading and says commas", async () => {
    const f = write("semi.csv", "id;sector;text\na;digitalisation;20\n");
    const r = await runCli("funnel", f, "--delimiter", ",");
    expect(r.err).toContain('the header row was read as "id;sector;text", separated by commas');
    expect((await runCli("funnel", f)).err).not.toContain("missing column");
  });

  it("CLI funnel an unknown column → exit 1 listing the expected columns", async () => {
    const f = write("unknown-col.csv", "id,sector,text,Numerics\na,digitalisation,20,\n");
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${PREFIX}invalid input: ${f}: line 1: unknown column "Numerics" (expected id, sector, text, numeric, situational, assessment, interview, expert, national)\n`,
    );
  });

  it.each([
    ["a,digitalisation", 2],
    ["a,digitalisation,20,,7", 5],
  ])("CLI funnel a row %s with the wrong number of fields → exit 1 naming the line", async (rec, k) => {
    const f = write(`fields-${k}.csv`, `id,sector,text\nb,digitalisation,12\n${rec}\n`);
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: line 3: ${k} fields, the header has 3\n`);
  });
});

describe("R-PYR-2…4 funnel — a rule's input error names the CSV line and field", () => {
  const SECTOR_LIST = SECTORS.join(", ");

  it("R-PYR-3 every problem on its own line: a sector (line 2) and a score of the 11th candidate (line 12)", async () => {
    const rows = ["id,sector,text", "k01,nowhere,10"];
    for (let i = 2; i <= 10; i++) rows.push(`k${String(i).padStart(2, "0")},digitalisation,10`);
    rows.push("k11,digitalisation,26");
    const f = write("two-problems.csv", rows.join("\n"));
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    // candidates[0] is on line 2 (after the header); candidates[10] on line 12. Text: 0-25 (R-PYR-4).
    expect(r.err).toBe(
      `${PREFIX}invalid input: ` +
        `line 2, field sector: R-PYR-2: candidates[0].sector = "nowhere": candidate "k01": unknown sector (expected one of ${SECTOR_LIST})\n` +
        `line 12, field text: R-PYR-4: candidates[10].scores.text = "26": candidate "k11": out of range: expected a whole number from 0 to 25\n`,
    );
  });

  it("R-PYR-2 --lang ru: the rule's message in Russian, after the line and field", async () => {
    const f = write("bad-sector.csv", "id,sector,text\na,nowhere,10\n");
    const r = await runCli("funnel", f, "--lang", "ru");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${PREFIX}неверные входные данные: строка 2, поле sector: недопустимое значение поля candidates[0].sector (R-PYR-2): candidate "a": unknown sector (expected one of ${SECTOR_LIST})\n`,
    );
  });
});

describe("R-PYR-3 funnel — progress on a large file", () => {
  it("R-PYR-3 over 100,000 rows: stderr says how many rows were read, then that the funnel runs", { timeout: 120_000 }, async () => {
    // 100,001 rows of an unknown sector: read with progress, then rejected by the funnel's checks
    const rows = ["id,sector,text"];
    for (let i = 0; i < 100_001; i++) rows.push(`c${i},x,1`);
    const r = await runCli("funnel", write("big.csv", rows.join("\n")));
    expect(r.code).toBe(1);
    // stderr is not a terminal here: one line per report, no carriage return
    expect(r.err).toContain("reading: 100,000 / 100,001 rows\nreading: 100,001 / 100,001 rows, done\nrunning the funnel over 100,001 candidates…\n");
    expect(r.err).not.toContain("\r");
  });
});

describe("CLI funnel — hostile input (issue 23, item 7): printed inert, exit codes as documented", () => {
  /** FULL with d1 and d2 renamed (quoted cells, as RFC 4180 allows any character inside quotes). */
  const renamed = (d1: string, d2: string) =>
    write(
      "hostile-full.csv",
      [
        HEADER,
        `"${d1}",digitalisation,20,15,4.5,80,9,7,5`,
        `"${d2}",digitalisation,20,14,4,70,8,6,5`,
        "d3,digitalisation,20,13,3.5,60,7,5,3",
        "d4,digitalisation,10,,,,,,",
        "s1,social-policy,22,25,5,90,10,8,6",
      ].join("\n"),
    );

  it("R-PYR-3 the reviewer's id awaiting the Commission and in --explain: escaped in the list, the sentence and the formula, exit 0", async () => {
    const r = await runCli("funnel", renamed(HOSTILE_ID, "d2\nfake line"), "--final-quota", "digitalisation=1", "--explain", HOSTILE_ID);
    expect(r.code).toBe(0);
    expectInert(r);
    const lines = r.out.split("\n");
    // digitalisation quota 1: the two renamed candidates tie at 5 across it (s1 enters the Reserve)
    expect(lines).toContain(`entered the Reserve: 1; awaiting the National Commission: 2 (${HOSTILE_ID_SHOWN}, d2\\nfake line)`);
    expect(lines).toContain("  national: rank 1 of 3, score 5; quota 1; tied across the quota → the National Commission decides");
    expect(lines.find((l) => l.startsWith("Presidential Youth Reserve, candidate "))).toContain(`candidate ${HOSTILE_ID_SHOWN} (digitalisation)`);
    // the same report as with plain ids, line for line (a line break in an id adds no line)
    expect(lines).toHaveLength((await runCli("funnel", renamed("d1", "d2"), "--final-quota", "digitalisation=1", "--explain", "d1")).out.split("\n").length);
  });
  it("R-PYR-3 --explain with an id holding a line break: the explanation's lines stay four", async () => {
    const r = await runCli("funnel", renamed("d1\nX", "d2"), "--explain", "d1\nX");
    expect(r.code).toBe(0);
    const ex = r.out.split("\n").slice(-5);
    expect(ex[0]).toBe("");
    expect(ex[1]).toContain("candidate d1\\nX (digitalisation)");
    expect(ex[2]!.startsWith("  national: ")).toBe(true);
    expect(ex[4]).toBe("");
  });
  it("R-PYR-1 an exclusion ground holding the reviewer's escape sequences: quoted and escaped in the error, exit 1", async () => {
    const f = write("hostile-ground.csv", ["id,sector,text,numeric", "a,digitalisation,20,", `b,digitalisation,12,"excluded:${HOSTILE_ID}"`].join("\n"));
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: line 3, field numeric: unknown exclusion ground "${HOSTILE_ID_SHOWN}" (expected ${GROUNDS})\n`);
    expectInert(r);
  });
  it("R-PYR-2 the reviewer's id and sector in a rule's error (quoted by the library's message): escaped, exit 1", async () => {
    const f = write("hostile-sector.csv", `id,sector,text\n"${HOSTILE_ID}","${HOSTILE_ID}",10\n`);
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expectInert(r);
    expect(r.err.startsWith(`${PREFIX}invalid input: line 2, field sector: R-PYR-2: candidates[0].sector = "${HOSTILE_ID_SHOWN}": candidate `)).toBe(true);
    expect(r.err).toContain(HOSTILE_ID_SHOWN);
  });
  it("CLI an unknown column holding escape sequences: quoted and escaped, exit 1", async () => {
    const f = write("hostile-col.csv", `id,sector,"${HOSTILE_ID}"\na,digitalisation,1\n`);
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: ${f}: line 1: unknown column "${HOSTILE_ID_SHOWN}" (expected id, sector, text, numeric, situational, assessment, interview, expert, national)\n`);
  });
  it("CLI a 10,000,000-character field (the reviewer's 52 MB header, shorter): the limit, the line and the column; stderr under 2 KB, exit 1", async () => {
    const f = write("huge-field.csv", `${HEADER}\na,digitalisation,${"1".repeat(10_000_000)},,,,,,\n`);
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: ${f}: line 2: column 3: a field longer than 10,000 characters (the limit of a CSV field)\n`);
    expect(r.err.length).toBeLessThan(2048);
  });
  it("R-PYR-4 a 9,000-digit score (within the field limit): the rule's message names it by its first 80 characters and its length", async () => {
    const f = write("long-score.csv", `id,sector,text\na,digitalisation,${"1".repeat(9_000)}\n`);
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`candidates[0].scores.text = "${"1".repeat(80)}…" (9,000 characters): `);
    expect(r.err).not.toContain("1".repeat(81));
    expect(r.err.length).toBeLessThan(2048);
  });
  it(`CLI more than ${FUNNEL_MAX_ROWS.toLocaleString("en")} rows after the header: refused at the first row too many, exit 1`, async () => {
    expect(FUNNEL_MAX_ROWS).toBe(2_000_000);
    const f = write("rows.csv", "id,sector\n" + "a\n".repeat(FUNNEL_MAX_ROWS + 1));
    const r = await runCli("funnel", f);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${PREFIX}invalid input: ${f}: line 2000002: more than 2,000,000 rows after the header (the limit of a CSV file)\n`);
    expect(r.err).not.toMatch(RAW_CONTROL);
    // csv-parse reads 2,000,000 rows in ~10 s on an idle 2-core machine; a hang detector, not a speed check
  }, 300_000);
});
