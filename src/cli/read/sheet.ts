/**
 * A spreadsheet's bytes to its header row and data rows (issue 21): an `.xlsx` workbook (by its
 * bytes, whatever its name), or delimited text in any encoding {@link decodeText} recognises,
 * separated by `,`, `;` or a tab (given, or detected). An Excel 97–2003 `.xls` is refused with
 * what to do. The reading shared by the CLI (src/cli/io.ts adds the file access) and, later, a
 * browser workbench: bytes in, rows out, no `node:` import.
 *
 * @module
 */
import { decodeText, type TextEncodingName } from "./decode.js";
import { CSV_LIMITS, detectDelimiter, parseDelimited, type CsvLimits, type Delimiter, type SheetRow } from "./delimited.js";
import { ReadError } from "./read-error.js";
import { isOle, isZip, parseXlsx } from "./xlsx.js";

export type { SheetRow, Delimiter, CsvLimits } from "./delimited.js";

/** A table as read: its header row, its data rows and how it was read. */
export interface TableRead {
  readonly format: "csv" | "xlsx";
  /** The text's encoding (delimited text only). */
  readonly encoding?: TextEncodingName;
  /** The separator (delimited text only). */
  readonly delimiter?: Delimiter;
  readonly header: SheetRow;
  readonly rows: SheetRow[];
}

/** How to read a table. */
export interface ReadTableOptions {
  /** The separator of delimited text (default: detected on the header line). */
  readonly delimiter?: Delimiter;
  /** The sheet of a workbook (default: the first). */
  readonly sheet?: string;
  /** The limits (default {@link CSV_LIMITS}). */
  readonly limits?: CsvLimits;
}

/** Whether `bytes` are a workbook (.xlsx, or an .xls to refuse) rather than text. */
export const isWorkbook = (bytes: Uint8Array): boolean => isZip(bytes) || isOle(bytes);

/** The table of delimited text already decoded. */
export function tableFromText(text: string, encoding: TextEncodingName | undefined, opts: ReadTableOptions = {}): TableRead {
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const rows = parseDelimited(text, delimiter, opts.limits ?? CSV_LIMITS);
  const header = rows.shift();
  if (!header) throw new ReadError("read.empty");
  return { format: "csv", ...(encoding ? { encoding } : {}), delimiter, header, rows };
}

/**
 * Reads a table from a file's bytes.
 *
 * @param bytes - the file as read.
 * @param opts - separator, sheet, limits.
 * @returns the header row and the data rows, each with its line; a {@link ReadError} otherwise.
 */
export async function readTable(bytes: Uint8Array, opts: ReadTableOptions = {}): Promise<TableRead> {
  const limits = opts.limits ?? CSV_LIMITS;
  if (isOle(bytes)) throw new ReadError("read.xls");
  if (isZip(bytes)) {
    const rows = await parseXlsx(bytes, opts.sheet, limits);
    const header = rows.shift();
    if (!header) throw new ReadError("read.empty");
    return { format: "xlsx", header, rows };
  }
  const { text, encoding } = decodeText(bytes);
  return tableFromText(text, encoding, opts);
}

/**
 * A number written with a decimal comma (`72,5`) as read where that is unambiguous: in a workbook,
 * or in a file separated by `;` or a tab (Excel in a Russian or Kazakh locale writes both). In a
 * comma-separated file the cell is left as it is, and the rule rejects it with its hint.
 */
export function decimalComma(cell: string, table: Pick<TableRead, "format" | "delimiter">): string {
  if (table.format === "csv" && table.delimiter === ",") return cell;
  return /^\s*[+-]?\d+,\d+\s*$/.test(cell) ? cell.replace(",", ".") : cell;
}
