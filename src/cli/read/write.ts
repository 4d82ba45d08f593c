/**
 * A result table to the bytes of a file an HR officer opens in a spreadsheet (issue 21): `.xlsx`
 * by write-excel-file, or CSV (UTF-8 with a byte-order mark, so that Excel shows Cyrillic, commas,
 * CRLF, RFC 4180 quoting). An exact decimal (the library's scores are strings of up to 40 digits)
 * is written as a number when a double holds it exactly as written, as text otherwise, so no digit
 * is lost. No `node:` import: the browser workbench reuses it.
 *
 * @module
 */
import writeXlsxFile from "write-excel-file/universal";

/** One cell of a result: text, a number, or nothing. */
export type OutCell = string | number | boolean | null;

/** `s` as a number when a double gives back exactly `s` (`"7.5"` → 7.5), otherwise `s` (`"7.0571428571428571428…"`). */
export function exactCell(v: OutCell): OutCell {
  if (typeof v !== "string" || !/^-?\d+(\.\d+)?$/.test(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) && String(n) === v ? n : v;
}

const quote = (s: string): string => (/[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A table as CSV bytes: UTF-8 with a byte-order mark, commas, CRLF. */
export function toCsv(rows: readonly (readonly OutCell[])[]): Uint8Array {
  const text = rows.map((r) => r.map((c) => (c === null ? "" : quote(String(c)))).join(",")).join("\r\n") + "\r\n";
  return new TextEncoder().encode("\uFEFF" + text);
}

/** A table as the bytes of an .xlsx workbook of one sheet (the first row bold). */
export async function toXlsx(rows: readonly (readonly OutCell[])[], sheet = "results"): Promise<Uint8Array> {
  const data = rows.map((r, k) =>
    r.map((c) => {
      const v = exactCell(c);
      return v === null ? null : k === 0 ? { value: String(v), fontWeight: "bold" as const } : { value: v };
    }),
  );
  const blob = await writeXlsxFile(data as never, { sheet }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
