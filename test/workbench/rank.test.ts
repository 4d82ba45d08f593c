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
import { checkRankOptions, explainRow, FUNNEL_OPTION_COLUMNS, metaOf, optionsText, page, QPB_COLUMN, rankFile, RankError, rankOptionsOf, roundText } from "../../workbench/src/rank.js";
import { funnelInputError } from "../../src/cli/funnel-rows.js";
import { InputError } from "../../src/cli/errors.js";
import { tr } from "../../src/cli/i18n/index.js";
import { RESERVE_SECTORS } from "../../src/eligibility/reserve/sectors.js";
import { handler, type Reply } from "../../workbench/src/worker.js";
import { UI } from "../../workbench/src/i18n.js";

const samples = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "workbench", "samples");
const bytes = (name: string) => new Uint8Array(readFileSync(join(samples, name)));
const text = (s: string) => new TextEncoder().encode(s);
/** The error `f()` throws (it must throw). */
const thrownError = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
};

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
    expect(exported[0]).toEqual(["position", "id", "sector", "stage", "outcome", "rank", "score", "quota", "cutoff", "competed", "tie", "rule", "ties", "half_rounding", "final_quota"]);
    // the default options, recorded on every row
    expect(exported[1]!.slice(-3)).toEqual(["admit-all", "up", run.options.finalQuotas[exported[1]![2] as "digitalisation"]]);
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

describe("workbench ranking options (the CLI's score --questions-per-block, funnel --ties / --half-rounding / --final-quota)", () => {
  const isRows = async () => rowsOfTable(fileTable(await readTable(bytes("is-selection.csv"))), "is", undefined, "is.csv", "en").is;
  const funnelRun = async (o: Parameters<typeof runReserveFunnel>[1]) => {
    const { candidates } = funnelCandidates(fileTable(await readTable(bytes("reserve-funnel.csv"))), "x", "en");
    return runReserveFunnel(candidates, o);
  };
  /** The message of `f()`'s error (it must throw). */
  const thrown = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("did not throw");
  };

  it("questionsPerBlock 30: the rows of scoreIs with qpb 30; the export is `score --out`'s with a questions_per_block column; the minutes' line", async () => {
    const r = await rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang: "en", questionsPerBlock: 30 });
    const json = JSON.parse(scoreIs(await isRows(), 30, "en", 4, true, false)).candidates as Record<string, unknown>[];
    expect(r.rows.map((x) => [x.rank, x.id, x.decision, ...x.values.map((v) => v?.exact ?? null)])).toEqual(
      json.map((c) => [c.rank, c.id, `is.${c.interview as string}`, c.personalQualities, c.information, c.essayMean, c.total, c.interviewMean]),
    );
    const cliOut = resultRows(scoreIs(await isRows(), 30, "kk", 4, true, false));
    expect(r.exportRows()).toEqual(cliOut.map((row, k) => [...row, k === 0 ? QPB_COLUMN : 30]));
    expect(metaOf(r).options).toEqual({ questionsPerBlock: 30 });
    expect(optionsText(r, "en")).toBe("questions per block (R-SEL-2): 30");
    // not given: the export is exactly `score --out`'s, and the minutes say it was not given
    const d = await rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang: "en" });
    expect(d.exportRows()).toEqual(resultRows(scoreIs(await isRows(), undefined, "kk", 4, true, false)));
    expect(optionsText(d, "ru")).toBe("вопросов в блоке (R-SEL-2): не задано (S1, S2 не сверяются с числом вопросов)");
  });

  it("S1 above the block is refused with the CLI's message (line, field, R-SEL-2), in the language asked for", async () => {
    const table = fileTable(await readTable(bytes("is-selection.csv")));
    for (const lang of ["en", "kk", "ru"] as const) {
      // IS-01 has S1 = 21: the CLI's `score --questions-per-block 20` refuses its row
      const want = thrown(() => scoreIs(rowsOfTable(table, "is", undefined, "is.csv", lang).is, 20, lang, 4, true, false));
      expect(want).toMatch(/R-SEL-2.*S1.*21/);
      await expect(rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang, questionsPerBlock: 20 })).rejects.toThrow(new RankError(`is.csv: ${want}`));
    }
    // as `score --questions-per-block 20 is-selection.csv` prints it
    await expect(rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang: "en", questionsPerBlock: 20 })).rejects.toThrow('is.csv: line 2, field S1: R-SEL-2: S1 = "21": out of range: expected a whole number from 0 to 20 (correct answers)');
  });

  it("the funnel with ties strict, halfRounding down and a final quota: the library's runReserveFunnel with the same options, row by row", async () => {
    const o = { ties: "strict", halfRounding: "down", finalQuotas: { "social-policy": 5 } } as const;
    for (const opts of [{ ties: "strict" } as const, { halfRounding: "down" } as const, { finalQuotas: { digitalisation: 12, "social-policy": 5 } }, o]) {
      const r = await rankFile(bytes("reserve-funnel.csv"), "f.csv", { procedure: "funnel", lang: "en", funnelOptions: opts });
      const run = await funnelRun(opts);
      const plain = await funnelRun({});
      // the options change the outcome on this sample: the check is not vacuous
      expect(JSON.stringify([run.reserve, run.awaitingCommission, run.stages.map((s) => s.admitted)])).not.toBe(JSON.stringify([plain.reserve, plain.awaitingCommission, plain.stages.map((s) => s.admitted)]));
      expect(r.reserve).toEqual(run.reserve);
      expect(r.awaiting).toEqual(run.awaitingCommission);
      expect(r.funnel!.options).toEqual(run.options);
      for (const row of r.rows) {
        const e = explainReserveCandidate(run, row.id);
        expect([row.stage, row.group, row.rank, row.values[0]?.exact ?? null, row.decision]).toEqual([e.stage, e.sector, e.rank ?? null, e.score?.toFixed() ?? null, `pyr.${e.outcome}`]);
      }
      expect(r.summary!.map((x) => [x.quota, x.admitted, x.tied, x.tiedAdmitted])).toEqual(run.stages.flatMap((st) => RESERVE_SECTORS.map((sec) => [st.bySector[sec].quota, st.bySector[sec].admitted, st.bySector[sec].tied.length, st.bySector[sec].tiedAdmitted])));
      // the export records the options applied on every row
      const rows = r.exportRows();
      expect(rows[0]!.slice(-3)).toEqual([...FUNNEL_OPTION_COLUMNS]);
      for (const x of rows.slice(1)) expect(x.slice(-3)).toEqual([run.options.ties, run.options.halfRounding, run.options.finalQuotas[x[2] as "digitalisation"]]);
    }
    const r = await rankFile(bytes("reserve-funnel.csv"), "f.csv", { procedure: "funnel", lang: "en", funnelOptions: o });
    expect(metaOf(r).options.funnel).toMatchObject({ ties: "strict", halfRounding: "down", revised: ["social-policy"] });
    expect(optionsText(r, "en")).toBe("ties at a quota (R-PYR-3): strict: never above the quota, the tied listed; 50 % of an odd number (R-PYR-3): down, ⌊n/2⌋; final quotas (R-PYR-3): 5 / 8 / 7 / 9 / 9 / 8 (revised: social policy, civil society)");
    const d = await rankFile(bytes("reserve-funnel.csv"), "f.csv", { procedure: "funnel", lang: "en" });
    expect(optionsText(d, "en")).toBe("ties at a quota (R-PYR-3): admit everyone tied (default); 50 % of an odd number (R-PYR-3): up, ⌈n/2⌉ (default); final quotas (R-PYR-3): 9 / 8 / 7 / 9 / 9 / 8 (the sources')");
    for (const lang of ["kk", "ru"] as const) expect(optionsText(r, lang)).toMatch(/R-PYR-3.*5 \/ 8 \/ 7 \/ 9 \/ 9 \/ 8/);
  });

  it("the fields read as the CLI reads its options: the same values, and its messages after the field's label", () => {
    expect(rankOptionsOf({ questionsPerBlock: " 30 ", ties: "strict", halfRounding: "down", finalQuotas: { "social-policy": "5", digitalisation: "", "economic-financial-policy": "07" } }, "en")).toEqual({
      questionsPerBlock: 30,
      funnelOptions: { ties: "strict", halfRounding: "down", finalQuotas: { "social-policy": 5, "economic-financial-policy": 7 } },
    });
    expect(rankOptionsOf({ questionsPerBlock: "", finalQuotas: { digitalisation: "  " } }, "en")).toEqual({});
    for (const lang of ["en", "kk", "ru"] as const) {
      for (const v of ["0", "2.5", "-3", "abc", "1e3", "30 questions"]) {
        expect(thrown(() => rankOptionsOf({ questionsPerBlock: v }, lang))).toBe(`${UI[lang]["opt.qpb"]}: ${tr(lang, "usage.whole", { option: "questions-per-block", min: "1", value: `"${v}"` })}`);
      }
      for (const v of ["x", "-1", "2.5", "5 people"]) {
        expect(thrown(() => rankOptionsOf({ finalQuotas: { "social-policy": v } }, lang))).toBe(`${UI[lang]["opt.final"]}: ${tr(lang, "usage.finalQuota", { value: `"social-policy=${v}"` })}`);
      }
      expect(thrown(() => rankOptionsOf({ ties: "maybe" }, lang))).toBe(`${UI[lang]["opt.ties"]}: ${tr(lang, "usage.oneOf", { option: "ties", allowed: "admit-all, strict", value: '"maybe"' })}`);
      expect(thrown(() => rankOptionsOf({ halfRounding: "half" }, lang))).toBe(`${UI[lang]["opt.half"]}: ${tr(lang, "usage.oneOf", { option: "half-rounding", allowed: "up, down", value: '"half"' })}`);
    }
  });

  it("an invalid final quota is refused with the library's message (as `funnel --final-quota` prints it), before the file is read", async () => {
    const lib = (finalQuotas: Record<string, number>, lang: "en" | "kk" | "ru") => {
      const x = funnelInputError(thrownError(() => runReserveFunnel([], { finalQuotas })), [], lang);
      expect(x).toBeInstanceOf(InputError);
      return (x as Error).message;
    };
    for (const lang of ["en", "kk", "ru"] as const) {
      for (const q of [{ "social-policy": 60 }, { nowhere: 3 }, { "social-policy": 2.5 }] as Record<string, number>[]) {
        const want = `${UI[lang]["opt.final"]}: ${lib(q, lang)}`;
        // an empty file: refused for the option, not for the file
        await expect(rankFile(new Uint8Array(0), "f.csv", { procedure: "funnel", lang, funnelOptions: { finalQuotas: q } })).rejects.toThrow(new RankError(want));
        expect(thrown(() => checkRankOptions({ procedure: "funnel", lang, funnelOptions: { finalQuotas: q } }, lang))).toBe(want);
      }
    }
    expect(thrown(() => checkRankOptions({ procedure: "funnel", lang: "en", funnelOptions: { finalQuotas: { "social-policy": 60 } } }, "en"))).toMatch(/sum to 101 .* not more than 50/);
    // a programmatic questions per block that is not a whole number ≥ 1: the CLI's message
    await expect(rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang: "en", questionsPerBlock: 2.5 })).rejects.toThrow(new RankError(`${UI.en["opt.qpb"]}: --questions-per-block: expected a whole number ≥ 1, got "2.5"`));
    // an option of another procedure does not apply (nor refuse)
    await expect(rankFile(bytes("is-selection.csv"), "is.csv", { procedure: "is", lang: "en", funnelOptions: { finalQuotas: { nowhere: 1 } } })).resolves.toMatchObject({ count: 8 });
  });

  it("the worker passes the options on", async () => {
    const replies: Reply[] = [];
    const handle = handler((r) => replies.push(r));
    const b = bytes("reserve-funnel.csv");
    await handle(1, { type: "rank", bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, file: "f.csv", procedure: "funnel", lang: "en", pageSize: 5, funnelOptions: { ties: "strict" } });
    const ranked = replies.at(-1)!;
    expect(ranked.type === "ranked" && ranked.meta.options.funnel?.ties).toBe("strict");
    expect(ranked.type === "ranked" && ranked.meta.reserve).toEqual((await funnelRun({ ties: "strict" })).reserve);
    const i = bytes("is-selection.csv");
    await handle(2, { type: "rank", bytes: i.buffer.slice(i.byteOffset, i.byteOffset + i.byteLength) as ArrayBuffer, file: "is.csv", procedure: "is", lang: "kk", pageSize: 5, questionsPerBlock: 20 });
    expect(replies.at(-1)).toMatchObject({ type: "error", id: 2, bug: false, message: expect.stringMatching(/^is\.csv: 2-жол.*S1/) });
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
