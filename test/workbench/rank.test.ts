// workbench/src/rank.ts and worker.ts: ranking a spreadsheet in the workbench with the CLI's own
// reading and scoring — the same rows, numbers, ranks, decisions and messages as `score --json`,
// `funnel`, `score --out`; the display rounding; explanations in kk/ru/en; the worker's requests.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { explainReserveCandidate, runReserveFunnel } from "../../src/index.js";
import { show } from "../../src/explain/internal.js";
import { Decimal } from "decimal.js";
import { fileTable } from "../../src/cli/file-table.js";
import { funnelCandidates } from "../../src/cli/funnel-rows.js";
import { readTable } from "../../src/cli/read/sheet.js";
import { toCsv } from "../../src/cli/read/write.js";
import { resultRows, scoreGc, scoreIs } from "../../src/cli/score-compute.js";
import { rowsOfTable } from "../../src/cli/score-rows.js";
import { explainRow, metaOf, page, rankFile, RankError, roundText } from "../../workbench/src/rank.js";
import { handler, type Reply } from "../../workbench/src/worker.js";
import { UI } from "../../workbench/src/i18n.js";

const samples = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "workbench", "samples");
const bytes = (name: string) => new Uint8Array(readFileSync(join(samples, name)));
const text = (s: string) => new TextEncoder().encode(s);

describe("workbench ranking", () => {
  it("roundText rounds a decimal string half-up as the library's show(), trailing zeros dropped", () => {
    for (const v of ["4.333333333333333333333333333333333333333", "9.99995", "9.99994", "0.00005", "-1.23456", "-0.00004", "12", "7.5", "7.50", "0.1", "99999.99999"]) {
      expect(roundText(v, 4), v).toBe(show(new Decimal(v), 4));
    }
  });

  for (const [file, kind] of [
    ["is-selection", "is"],
    ["competition", "competition"],
  ] as const) {
    for (const ext of ["csv", "xlsx"]) {
      it(`${file}.${ext} (${kind}): the rows of \`score --json\` in its order, exact values, display rounding, decisions with rule ids`, async () => {
        const r = await rankFile(bytes(`${file}.${ext}`), `${file}.${ext}`, { procedure: kind, lang: "kk" });
        const table = fileTable(await readTable(bytes(`${file}.csv`)));
        const read = rowsOfTable(table, kind, undefined, "x", "en");
        const json = JSON.parse(kind === "is" ? scoreIs(read.is, undefined, "en", 4, true, false) : scoreGc(read.gc, "en", 4, true, false)).candidates as Record<string, unknown>[];
        expect(r.count).toBe(8);
        expect(r.rows.map((x) => [x.rank, x.id, x.name])).toEqual(json.map((c) => [c.rank, c.id, c.name]));
        const keys = kind === "is" ? ["personalQualities", "information", "essayMean", "total", "interviewMean"] : ["O", "E", "C", "P", "I", "max"];
        r.rows.forEach((x, k) => {
          expect(x.values.map((v) => v?.exact ?? null)).toEqual(keys.map((key) => json[k]![key] ?? null));
          for (const v of x.values) if (v) expect(v.shown).toBe(show(new Decimal(v.exact), 4));
          expect(x.rule).toBe(kind === "is" ? "R-SEL-5" : "R-GC-5");
        });
        if (kind === "is") expect(r.rows.map((x) => x.decision)).toEqual(json.map((c) => `is.${c.interview as string}`));
        else expect(r.rows.filter((x) => x.decision === "gc.presumed").map((x) => x.group)).toEqual(["lower", "lower"]);
        // the export is `score --out`'s table
        expect(r.exportRows()).toEqual(resultRows(kind === "is" ? scoreIs(read.is, undefined, "kk", 4, true, false) : scoreGc(read.gc, "kk", 4, true, false)));
      });
    }
  }

  it("the Reserve funnel: every row as explainReserveCandidate, ordered by the stage reached, outcome, sector, rank; the summary as the run", async () => {
    const r = await rankFile(bytes("reserve-funnel.xlsx"), "reserve-funnel.xlsx", { procedure: "funnel", lang: "en" });
    const { candidates } = funnelCandidates(fileTable(await readTable(bytes("reserve-funnel.csv"))), "x", "en");
    const run = runReserveFunnel(candidates);
    expect(r.count).toBe(240);
    expect(r.reserve).toEqual(run.reserve);
    expect(r.awaiting).toEqual(run.awaitingCommission);
    for (const row of r.rows) {
      const e = explainReserveCandidate(run, row.id);
      expect([row.stage, row.group, row.rank, row.values[0]?.exact ?? null, row.decision]).toEqual([e.stage, e.sector, e.rank ?? null, e.score?.toFixed() ?? null, `pyr.${e.outcome}`]);
    }
    expect(r.rows.slice(0, run.reserve.length).every((x) => x.decision === "pyr.reserve")).toBe(true);
    expect(r.summary).toHaveLength(42);
    const meta = metaOf(r);
    expect(meta).not.toHaveProperty("rows");
    expect(page(r, 100, 100).map((x) => x.pos)[0]).toBe(101);
    const exported = r.exportRows();
    expect(exported[0]).toEqual(["position", "id", "sector", "stage", "outcome", "rank", "score", "quota", "cutoff", "competed", "tie", "rule"]);
    expect(exported).toHaveLength(241);
  });

  it("explanations come from the library's explain* functions in the language asked for", async () => {
    const is = await rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang: "en" });
    expect(explainRow(is, 1, "kk").map((e) => e.rule)).toEqual(["R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-3", "R-SEL-3", "R-SEL-4", "R-SEL-4", "R-SEL-4", "R-SEL-5"]);
    expect(explainRow(is, 1, "ru")[0]!.text).toMatch(/^Отбор в интегрированной/);
    const gc = await rankFile(bytes("competition.csv"), "gc.csv", { procedure: "competition", lang: "en" });
    expect(explainRow(gc, 1, "en").map((e) => e.rule)).toEqual(["R-GC-1", "R-GC-2", "R-GC-4", "R-GC-5"]);
    expect(explainRow(gc, 8, "en").map((e) => e.rule)).toEqual(["R-GC-1", "R-GC-3", "R-GC-5"]);
    expect(explainRow(gc, 8, "en").at(-1)!.text).toMatch(/presumed/);
    const f = await rankFile(bytes("reserve-funnel.csv"), "f.csv", { procedure: "funnel", lang: "en" });
    expect(explainRow(f, 1, "kk")[0]).toMatchObject({ rule: "R-PYR-3" });
  });

  it("a file the CLI refuses is refused with the CLI's message, in the language asked for, naming the file and line", async () => {
    const bad = text("id,S,S1,S2,essay,bogus\nA,50,10,10,4,\n");
    await expect(rankFile(bad, "a.csv", { procedure: "is", lang: "kk" })).rejects.toThrow(/^a\.csv: 1-жол: белгісіз баған "bogus"/);
    await expect(rankFile(text("id,S,S1,S2,essay\nA,150,10,10,4\n"), "b.csv", { procedure: "is", lang: "en" })).rejects.toThrow(RankError);
    await expect(rankFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "c.xls", { procedure: "funnel", lang: "ru" })).rejects.toThrow(/\.xls/);
    await expect(rankFile(text("id,sector,text\na,nowhere,10\n"), "d.csv", { procedure: "funnel", lang: "en" })).rejects.toThrow(/line 2/);
  });

  it("progress is reported by phase; the worker's handler answers rank, page, explain and export", async () => {
    const phases = new Set<string>();
    await rankFile(bytes("reserve-funnel.csv"), "f.csv", { procedure: "funnel", lang: "en", progress: (p) => phases.add(p) });
    expect([...phases]).toEqual(["read", "rows", "rank", "outcomes"]);
    const replies: Reply[] = [];
    const handle = handler((r) => replies.push(r));
    const b = bytes("is-selection.csv");
    await handle(1, { type: "rank", bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, file: "is.csv", procedure: "is", lang: "en", pageSize: 5 });
    const ranked = replies.find((r) => r.type === "ranked")!;
    expect(ranked.type === "ranked" && ranked.rows.length).toBe(5);
    await handle(2, { type: "page", from: 5, count: 5 });
    expect(replies.at(-1)).toMatchObject({ type: "page", id: 2, from: 5 });
    await handle(3, { type: "explain", pos: 2, lang: "kk" });
    expect(replies.at(-1)).toMatchObject({ type: "explained", id: 3, pos: 2 });
    await handle(4, { type: "export", format: "csv" });
    const exp = replies.at(-1)!;
    const table = fileTable(await readTable(b));
    const want = toCsv(resultRows(scoreIs(rowsOfTable(table, "is", undefined, "x", "en").is, undefined, "en", 4, true, false)));
    expect(exp.type === "exported" && new Uint8Array(exp.bytes)).toEqual(want);
    await handle(5, { type: "rank", bytes: new ArrayBuffer(0), file: "empty.csv", procedure: "is", lang: "en", pageSize: 5 });
    expect(replies.at(-1)).toMatchObject({ type: "error", id: 5, bug: false });
  });

  it("every interface word of the ranking is in the three languages", () => {
    for (const k of Object.keys(UI.en)) {
      expect(UI.kk[k as keyof typeof UI.en], k).toBeTruthy();
      expect(UI.ru[k as keyof typeof UI.en], k).toBeTruthy();
    }
  });
});

describe("workbench samples", () => {
  // scripts/workbench-samples.mjs writes the .csv files and LibreOffice converts each to .xlsx: the
  // two must hold the same table (numbers by value), or the page's "load the sample" (.xlsx) and the downloadable
  // .csv would rank different lists.
  // LibreOffice stores "1.90" as the number 1.9: numbers compare by value, text as written
  const trimmed = (fields: readonly string[]) => {
    const f = fields.map((x) => (/^-?\d+(\.\d+)?$/.test(x) ? new Decimal(x).toFixed() : x));
    while (f.length > 0 && f[f.length - 1] === "") f.pop();
    return f;
  };
  for (const name of ["is-selection", "competition", "reserve-funnel"]) {
    it(`${name}.xlsx holds the same rows as ${name}.csv`, async () => {
      const csv = await readTable(bytes(`${name}.csv`));
      const xlsx = await readTable(bytes(`${name}.xlsx`));
      expect(xlsx.rows.length).toBeGreaterThan(1);
      expect(xlsx.rows.map((r) => trimmed(r.fields))).toEqual(csv.rows.map((r) => trimmed(r.fields)));
    });
  }
});
