/**
 * An `.xlsx` workbook's sheet to rows, by read-excel-file (the first sheet, or the one named).
 * A number cell becomes its shortest decimal text (`72.5`), a date cell its ISO day
 * (`2026-03-20`), a boolean `TRUE`/`FALSE`; each row carries its row number in the sheet, so
 * errors name the row an HR officer sees. Empty rows are skipped; the limits of a CSV field and of
 * the rows apply too.
 *
 * No `node:` import: the browser workbench reuses it (read-excel-file's universal build).
 *
 * @module
 */
import readXlsxFile, { readSheet } from "read-excel-file/universal";
import { quoted } from "../safe-text.js";
import type { CsvLimits, SheetRow } from "./delimited.js";
import { ReadError } from "./read-error.js";

/** `PK\x03\x04`: a ZIP archive, which an .xlsx workbook is. */
export const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** `D0 CF 11 E0`: an OLE compound file, which an Excel 97–2003 `.xls` workbook is. */
export const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** A cell as text: a number in its shortest round-trip form, a date as its day, empty as "". */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * The rows of one sheet of an .xlsx workbook: the header first, then the data rows.
 *
 * @param bytes - the workbook's bytes.
 * @param sheet - the sheet's name (default: the first sheet).
 * @param limits - the limits of a field and of the rows after the header.
 */
export async function parseXlsx(bytes: Uint8Array, sheet: string | undefined, limits: CsvLimits): Promise<SheetRow[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let data: unknown[][];
  try {
    data = (await (sheet === undefined ? readSheet(buffer) : readSheet(buffer, sheet))) as unknown[][];
  } catch (e) {
    const name = (e as Error).name;
    if (sheet !== undefined && /SheetNotFound/.test(name + String((e as Error).message))) {
      let names: string[] = [];
      try {
        names = (await readXlsxFile(buffer)).map((s) => s.sheet);
      } catch {
        // the names are only a hint
      }
      throw new ReadError("read.noSheet", { sheet: quoted(sheet), sheets: names.map((n) => quoted(n)).join(", ") });
    }
    throw new ReadError("read.badXlsx", { reason: quoted((e as Error).message || name, 200) });
  }
  const out: SheetRow[] = [];
  data.forEach((row, k) => {
    const line = k + 1;
    const fields = row.map(cellText);
    fields.forEach((f, j) => {
      if (f.length > limits.fieldChars) throw new ReadError("read.fieldTooLong", { line, column: j + 1, limit: limits.fieldChars });
    });
    while (fields.length > 0 && fields[fields.length - 1]!.trim() === "") fields.pop();
    if (fields.length === 0) return;
    if (out.length > limits.rows) throw new ReadError("read.tooManyRows", { line, limit: limits.rows });
    out.push({ line, fields });
  });
  return out;
}
