/**
 * Writes test/fixtures/spreadsheets/ (issue 21): one IS-selection list of four candidates as an
 * HR officer's spreadsheet software saves it. The workbooks are written by write-excel-file; the
 * CSV and "Unicode text" variants are converted from a workbook by LibreOffice Calc
 * (`soffice --headless --convert-to`, the filter options of each variant below), so their bytes
 * are a spreadsheet program's, not this script's. What LibreOffice does not do as Excel does is
 * done after it and said so: the UTF-8 byte-order mark of Excel's "CSV UTF-8", and Excel's
 * trailing rows of separators only.
 *
 * Run: `npx tsx scripts/make-spreadsheet-fixtures.ts` (needs `soffice` on the PATH:
 * `apt-get install libreoffice-calc-nogui`). The reference every variant must reproduce is
 * `plain.csv` (`score plain.csv --json`).
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import writeXlsxFile from "write-excel-file/node";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "spreadsheets");

type Cand = readonly [id: string, name: string, S: number, S1: number, S2: number, essay: string, interview: string];
/** Russian letters only (Windows-1251 holds them all). */
const RU: readonly Cand[] = [
  ["IS-01", "Иванова Анна", 86, 21, 18, "4 4 5", "3 2 3"],
  ["IS-02", "Петров Дамир", 72.5, 19, 22, "3 4 4", ""],
  ["IS-03", "Сергеев Ерлан", 91, 17, 16, "5 4 4", "3 3 2"],
  ["IS-04", "Жанар Тимурова", 64, 23, 20, "3 3 4", ""],
];
/** The same list with Kazakh letters in the names (ә ғ қ ң ө ұ ү һ: not in Windows-1251). */
const KK: readonly Cand[] = RU.map((c, k) => [c[0], ["Айгерім Нұрланқызы", "Дәмир Қасымов", "Ерлан Сүлейменов", "Жанар Төлеген"][k]!, c[2], c[3], c[4], c[5], c[6]] as const);
const HEAD = ["id", "name", "S", "S1", "S2", "essay", "interview"];
/** Russian headings (read/columns.ts): what a Russian-locale sheet is headed with. */
const HEAD_RU = ["ID", "ФИО", "S", "S1", "S2", "Эссе", "Собеседование"];

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function workbook(path: string, rows: readonly Cand[], head: readonly string[], multiLine = false): Promise<void> {
  const data = [
    head.map((h) => ({ value: h, fontWeight: "bold" as const })),
    ...rows.map((c, k) => [
      { value: c[0] },
      { value: multiLine && k === 0 ? c[1].replace(" ", "\n") : c[1], wrap: multiLine },
      { value: c[2] },
      { value: c[3] },
      { value: c[4] },
      { value: c[5] },
      c[6] === "" ? null : { value: c[6] },
    ]),
  ];
  await writeXlsxFile(data as never, { sheet: "Кандидаттар" }).toFile(path);
}

/** LibreOffice Calc converts `src` to `dest` with a CSV filter's options. */
function soffice(src: string, dest: string, filter: string): void {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  try {
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", `csv:Text - txt - csv (StarCalc):${filter}`, "--outdir", dir, src], { stdio: "pipe" });
    const made = join(dir, src.replace(/^.*\//, "").replace(/\.xlsx$/, ".csv"));
    copyFileSync(made, dest);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const f = (n: string) => join(OUT, n);
  // the reference: RFC 4180, commas, UTF-8 without a mark, LF
  writeFileSync(f("plain.csv"), [HEAD, ...RU.map((c) => c.map(String))].map((r) => r.map(quote).join(",")).join("\n") + "\n");
  writeFileSync(f("plain-kk.csv"), [HEAD, ...KK.map((c) => c.map(String))].map((r) => r.map(quote).join(",")).join("\n") + "\n");
  await workbook(f("is-selection.xlsx"), RU, HEAD_RU);
  await workbook(f("is-selection-kk.xlsx"), KK, HEAD);
  await workbook(f("multi-line-name.xlsx"), KK, HEAD, true);
  // LibreOffice's CSV filter options: separator (44 , 59 ; 9 tab), text quote (34 "), character
  // set (76 UTF-8, 34 Windows-1251, 65535 UTF-16), first line (1), cell format, language (1049 = Russian: decimal
  // comma), quote all text, detect special numbers, save as shown
  const src = f("is-selection.xlsx");
  // LibreOffice writes the numbers of a sheet in the en-US locale (72.5) and ends lines with LF;
  // Excel in a Russian or Kazakh locale writes 72,5 and CRLF: both done here, after LibreOffice
  const excelLocale = (path: string, encoding: BufferEncoding | "latin1") => {
    const text = readFileSync(path, encoding);
    writeFileSync(path, text.replace(/(^|[;\t])(\d+)\.(\d+)(?=[;\t]|$)/gm, "$1$2,$3").replace(/\r?\n/g, "\r\n"), encoding);
  };
  soffice(src, f("excel-ru-semicolon.csv"), "59,34,76,1,,1049,false,true,true");
  excelLocale(f("excel-ru-semicolon.csv"), "utf8");
  // Excel's "CSV UTF-8 (разделители — точки с запятой)" starts with a byte-order mark; LibreOffice writes none
  const lo = new Uint8Array(readFileSync(f("excel-ru-semicolon.csv")));
  const withBom = new Uint8Array(lo.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(lo, 3);
  writeFileSync(f("excel-ru-semicolon.csv"), withBom);
  soffice(src, f("excel-ru-1251.csv"), "59,34,34,1,,1049,false,true,true");
  excelLocale(f("excel-ru-1251.csv"), "latin1"); // byte for byte: ASCII digits, the rest untouched
  soffice(f("is-selection-kk.xlsx"), f("excel-kk-1251.csv"), "59,34,34,1,,1049,false,true,true");
  // "Unicode text": UTF-16 (LibreOffice's 65535 = "Unicode", little-endian with a mark), tabs
  soffice(src, f("unicode-text.txt"), "9,34,65535,1,,1049,false,true,true");
  // Excel's trailing rows of separators only (a formatted but empty range under the list)
  const semi = readFileSync(f("excel-ru-semicolon.csv"), "utf8");
  writeFileSync(f("excel-trailing-separators.csv"), semi + ";;;;;;\r\n;;;;;;\r\n");
  console.log("written to", OUT);
}

await main();
