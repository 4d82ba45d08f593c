// src/cli/read/sheet.ts and the files HR officers' spreadsheet software writes (issue 21): each
// variant of test/fixtures/spreadsheets/ (scripts/make-spreadsheet-fixtures.ts: workbooks written by
// write-excel-file, CSV and "Unicode text" converted by LibreOffice Calc) gives exactly the `--json`
// result of plain.csv, the RFC 4180 UTF-8 file of the same list; Windows-1251 with Kazakh letters
// (which that encoding cannot hold) is a clear error, never a garbled name with exit 0.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/cli/read/decode.js";
import { ReadError } from "../../../src/cli/read/read-error.js";
import { decimalComma, readTable } from "../../../src/cli/read/sheet.js";
import { envLang } from "../../../src/cli/i18n/index.js";
import { runCli, tempFiles, thrown } from "../../support/cli.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "spreadsheets");
const fx = (f: string) => join(dir, f);
const P = "kz-civil-service-rules: ";
const write = tempFiles();

async function json(...args: string[]): Promise<unknown> {
  const r = await runCli("score", ...args, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

describe("R-SEL-1…5 score — the list as spreadsheets save it gives the result of plain.csv", () => {
  it.each([
    ["is-selection.xlsx", "workbook (write-excel-file), Russian headings ID, ФИО, Эссе, Собеседование, numbers as numbers"],
    ["excel-ru-semicolon.csv", "CSV UTF-8 with a byte-order mark, ';', CRLF, decimal comma 72,5"],
    ["excel-ru-1251.csv", "Windows-1251, ';', CRLF, decimal comma"],
    ["unicode-text.txt", "UTF-16LE with a byte-order mark, tabs"],
    ["excel-trailing-separators.csv", "trailing rows of ';' only"],
  ])("R-SEL-1 %s (%s)", async (file) => {
    expect(await json(fx(file))).toEqual(await json(fx("plain.csv")));
  });
  it("R-SEL-1 the Kazakh names: the workbook gives the result of plain-kk.csv", async () => {
    expect(await json(fx("is-selection-kk.xlsx"))).toEqual(await json(fx("plain-kk.csv")));
  });
  it("R-SEL-1 --sheet by name; an unknown sheet is an input error listing the sheets", async () => {
    expect(await json(fx("is-selection.xlsx"), "--sheet", "Кандидаттар")).toEqual(await json(fx("plain.csv")));
    const r = await runCli("score", fx("is-selection.xlsx"), "--sheet", "Sheet9");
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${P}invalid input: ${fx("is-selection.xlsx")}: no sheet named "Sheet9" (the sheets: "Кандидаттар")\n`);
  });
  it("R-SEL-1 --delimiter ';' given: the same; --delimiter , on a ';' file: the missing column says how the header was read", async () => {
    expect(await json(fx("excel-ru-semicolon.csv"), "--delimiter", ";")).toEqual(await json(fx("plain.csv")));
    const r = await runCli("score", fx("excel-ru-semicolon.csv"), "--delimiter", ",");
    expect(r.code).toBe(1);
    expect(r.err).toContain('the header row was read as "ID;ФИО;S;S1;S2;Эссе;Собеседование", separated by commas');
    expect((await runCli("score", fx("plain.csv"), "--delimiter", "|")).code).toBe(2);
  });
});

describe("CLI read — what cannot be read without loss is an input error naming the problem", () => {
  it("CLI Windows-1251 whose Kazakh letters Excel/LibreOffice replaced by '?': the line and the cell, what to do, exit 1 (--lang ru, kk too)", async () => {
    const r = await runCli("score", fx("excel-kk-1251.csv"));
    expect(r.out).toBe("");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${P}invalid input: ${fx("excel-kk-1251.csv")}: line 2: the file is in Windows-1251, which has no Kazakh letters (ә ғ қ ң ө ұ ү һ): they were lost when it was saved, "Айгерім Н?рлан?ызы" holds "?" in their place. Save the sheet as "CSV UTF-8" (or .xlsx) and run again\n`,
    );
    expect((await runCli("score", fx("excel-kk-1251.csv"), "--lang", "ru")).err).toContain(`${P}неверные входные данные: ${fx("excel-kk-1251.csv")}: строка 2: файл в кодировке Windows-1251`);
    expect((await runCli("score", fx("excel-kk-1251.csv"), "--lang", "kk")).err).toContain(`${P}кіріс деректері қате: ${fx("excel-kk-1251.csv")}: 2-жол: файл Windows-1251 кодтауында`);
  });
  it("CLI UTF-16 without a byte-order mark, an .xls workbook, a broken .xlsx, invalid UTF-16: each an input error", async () => {
    const utf16 = write("nobom.csv", "");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(utf16, new Uint8Array(Buffer.from("id,S\n", "utf16le")));
    expect((await runCli("score", utf16)).err).toContain("the file holds NUL bytes: UTF-16 without a byte-order mark");
    const xls = write("old.xls", "");
    writeFileSync(xls, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect((await runCli("score", xls)).err).toBe(`${P}invalid input: ${xls}: an Excel 97–2003 workbook (.xls) is not read: save it as .xlsx or as "CSV UTF-8"\n`);
    const zip = write("broken.xlsx", "");
    writeFileSync(zip, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const z = await runCli("score", zip);
    expect(z.code).toBe(1);
    expect(z.err).toContain("not a readable .xlsx workbook");
    expect((thrown(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))) as ReadError).key).toBe("read.badEncoding");
  });
  it("CLI decodeText: UTF-8 with and without a mark, UTF-16BE, Windows-1251; a binary file read as 1251 is refused", async () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: "a", encoding: "utf-8", bom: true });
    expect(decodeText(new TextEncoder().encode("Ұ"))).toEqual({ text: "Ұ", encoding: "utf-8", bom: false });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x04, 0x12]))).toEqual({ text: "В", encoding: "utf-16be", bom: true });
    expect(decodeText(Uint8Array.from([0xc2, 0xe0, 0xf1, 0xff]))).toEqual({ text: "Вася", encoding: "windows-1251", bom: false });
    const e = thrown(() => decodeText(Uint8Array.from([0x61, 0x0a, 0x81, 0x01, 0xff])));
    expect((e as ReadError).key).toBe("read.notText");
    expect((e as Error).message).toContain("line 2: the control character U+0001");
  });
});

describe("CLI read — decimal commas, headings, lines", () => {
  it("R-SEL-1 a decimal comma is read in a ';' or tab file and in a workbook, left to the rule's hint in a comma file", async () => {
    expect(decimalComma("72,5", { format: "csv", delimiter: ";" })).toBe("72.5");
    expect(decimalComma("72,5", { format: "csv", delimiter: "\t" })).toBe("72.5");
    expect(decimalComma("72,5", { format: "xlsx" })).toBe("72.5");
    expect(decimalComma("72,5", { format: "csv", delimiter: "," })).toBe("72,5");
    expect(decimalComma("1,2,3", { format: "csv", delimiter: ";" })).toBe("1,2,3");
    const comma = write("comma.csv", 'id,S,S1,S2,essay\nA,"72,5",1,1,4\n');
    expect((await runCli("score", comma)).err).toContain("line 2, field S");
    expect((await runCli("score", comma)).err).toContain('"72.5"');
  });
  it("R-SEL-1 headings case-insensitively, with Kazakh and Russian names: ID, Аты-жөні, s, s1, S2, ЭССЕ", async () => {
    const f = write("kk-head.csv", "ID;Аты-жөні;s;s1;S2;ЭССЕ\nIS-03;Ерлан;91;17;16;5 4 4\n");
    const g = write("en-head.csv", "id,name,S,S1,S2,essay\nIS-03,Ерлан,91,17,16,5 4 4\n");
    expect(await json(f)).toEqual(await json(g));
  });
  it("CLI readTable: a workbook's rows carry their row numbers; a tab file's multi-line cell counts its lines", async () => {
    const { readFileSync } = await import("node:fs");
    const t = await readTable(new Uint8Array(readFileSync(fx("multi-line-name.xlsx"))));
    expect(t.format).toBe("xlsx");
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(t.rows[0]!.fields[1]).toBe("Айгерім\nНұрланқызы");
  });
  it("R-SEL-1 a multi-line name in a workbook: the table keeps one line per candidate", async () => {
    const r = await runCli("score", fx("multi-line-name.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Айгерім\\nНұрланқызы");
    const plain = await runCli("score", fx("plain-kk.csv"));
    expect(r.out.split("\n")).toHaveLength(plain.out.split("\n").length);
  });
});

describe("CLI language and version", () => {
  it("CLI envLang: LC_ALL, then LC_MESSAGES, then LANG; ru and kk named, anything else en", async () => {
    expect(envLang({ LANG: "ru_RU.UTF-8" })).toBe("ru");
    expect(envLang({ LANG: "kk_KZ.UTF-8" })).toBe("kk");
    expect(envLang({ LC_ALL: "en_US.UTF-8", LANG: "ru_RU.UTF-8" })).toBe("en");
    expect(envLang({ LC_ALL: "", LC_MESSAGES: "kk", LANG: "ru_RU" })).toBe("kk");
    expect(envLang({ LANG: "C.UTF-8" })).toBe("en");
    expect(envLang({ LANG: "russian" })).toBe("en");
    expect(envLang({})).toBe("en");
  });
  it("CLI LANG=ru_RU.UTF-8 without --lang: Russian words (workdays --check)", async () => {
    const before = process.env.LANG;
    const all = process.env.LC_ALL;
    process.env.LANG = "ru_RU.UTF-8";
    delete process.env.LC_ALL;
    try {
      expect((await runCli("workdays", "--check", "2026-03-23")).out).toBe("2026-03-23: выходной день\n");
      expect((await runCli("workdays", "--check", "2026-03-23", "--lang", "en")).out).toBe("2026-03-23: day off\n");
    } finally {
      if (before === undefined) delete process.env.LANG;
      else process.env.LANG = before;
      if (all !== undefined) process.env.LC_ALL = all;
    }
  });
  it("CLI the tool's help and an unknown command in --lang ru / kk; English by default", async () => {
    expect((await runCli("--help", "--lang", "ru")).out).toContain("Коды выхода: 0 — успешно, 1 — неверные входные данные");
    expect((await runCli("--help", "--lang=kk")).out).toContain("Шығу кодтары: 0 — сәтті");
    const r = await runCli("bogus", "--lang", "ru");
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`${P}неизвестная команда "bogus"\n\nВызов: kz-civil-service-rules`)).toBe(true);
    expect((await runCli("--help")).out).toContain("Exit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.");
  });
  it("CLI --version: the package's version, exit 0", async () => {
    const { readFileSync } = await import("node:fs");
    const version = (JSON.parse(readFileSync(join(dir, "..", "..", "..", "package.json"), "utf8")) as { version: string }).version;
    expect(await runCli("--version")).toEqual({ code: 0, out: `kz-civil-service-rules ${version}\n`, err: "" });
  });
});

describe("R-SEL-1 score --out — the ranked list back to a spreadsheet", () => {
  it("R-SEL-1 --out results.xlsx: read back, the same candidates; numbers as numbers, a 40-digit total as text", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const out = join(mkdtempSync(join(tmpdir(), "kz-out-")), "results.xlsx");
    const r = await runCli("score", fx("plain.csv"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split("\n").at(-1)).toBe(`written: ${out} (4 rows)`);
    const { readFileSync } = await import("node:fs");
    const back = await readTable(new Uint8Array(readFileSync(out)));
    expect(back.header.fields).toEqual(["rank", "id", "name", "personalQualities", "information", "essayMean", "total", "interviewMean", "interview"]);
    const j = (await json(fx("plain.csv"))) as { candidates: { id: string; total: string }[] };
    expect(back.rows.map((row) => row.fields[1])).toEqual(j.candidates.map((c) => c.id));
    // each total read back as written: a number when a double holds it, the exact text otherwise
    expect(back.rows.map((row) => row.fields[6])).toEqual(j.candidates.map((c) => c.total));
  });
  it("R-SEL-1 --out results.csv: UTF-8 with a byte-order mark, CRLF; --out x.txt is a usage error", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const out = join(mkdtempSync(join(tmpdir(), "kz-out-")), "results.csv");
    expect((await runCli("score", fx("plain.csv"), "--out", out, "--json")).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n1,IS-01,Иванова Анна,1.72,3.9,4.333333333333333333333333333333333333333,");
    expect((await runCli("score", fx("plain.csv"), "--out", "x.txt")).code).toBe(2);
  });
});
