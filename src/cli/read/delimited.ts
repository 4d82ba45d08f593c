/**
 * Delimited text (CSV) to rows, by csv-parse: fields separated by `,`, `;` or a tab (given, or
 * detected on the header line), records by CRLF, LF or a lone CR, `"…"` quoting (separators, line
 * breaks and `""` inside quotes). Each row carries the line (1-based) it starts on; empty rows and
 * rows of separators only (Excel's trailing `;;;;`) are skipped but counted. Limits
 * ({@link CsvLimits}) stop absurd input early; every syntax error and limit is a
 * {@link ReadError} naming its line.
 *
 * No `node:` import: the browser workbench reuses it (csv-parse's sync API runs in a browser).
 *
 * @module
 */
import { parse, CsvError } from "csv-parse/sync";
import { ReadError } from "./read-error.js";

/** One row of a table: the line it starts on (a CSV line, or a sheet's row number) and its cells as text. */
export interface SheetRow {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Limits of {@link parseDelimited}. A field of a campaign file is a few dozen characters and a row
 * under 200; the Reserve had ~500,000 applicants. A 50 MB one-line file took 12 s and 1.9 GB before
 * it failed; with these limits it fails after 100,001 characters.
 */
export interface CsvLimits {
  /** Most characters (UTF-16 code units) of one field, quotes excluded. */
  readonly fieldChars: number;
  /** Most characters of one record (separators, quotes and line breaks inside quotes included). */
  readonly recordChars: number;
  /** Most rows after the first one (the header row). */
  readonly rows: number;
}

/** The default {@link CsvLimits}: 10,000 characters a field, 100,000 a record, 2,000,000 rows after the header. */
export const CSV_LIMITS: CsvLimits = { fieldChars: 10_000, recordChars: 100_000, rows: 2_000_000 };

/** The separators read: comma, semicolon (Excel in a Russian or Kazakh locale), tab (Excel's "Unicode text"). */
export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The separator of the header line (the first line that is not empty): the one of `,` `;` tab it
 * holds most often, a comma when it holds none (a one-column file) or on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  const m = /[^\r\n]+/.exec(text);
  const head = m ? m[0] : "";
  let best: Delimiter = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    const n = head.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** Line breaks in a record's raw text, its own record delimiter included (CRLF, LF or a lone CR each one). */
function breaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Parses delimited text into rows: the header first, then the data rows (empty and
 * separator-only rows skipped). A syntax error or a limit exceeded is a {@link ReadError} with the line.
 *
 * @param text - the decoded text (no byte-order mark).
 * @param delimiter - the separator (default: {@link detectDelimiter}).
 * @param limits - the limits (default {@link CSV_LIMITS}).
 */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text), limits: CsvLimits = CSV_LIMITS): SheetRow[] {
  const { fieldChars, recordChars, rows } = limits;
  const out: SheetRow[] = [];
  // the line the next record starts on: csv-parse's own count (context.lines) counts a CRLF inside
  // quotes twice, so the lines are counted here, from each record's raw text
  let next = 1;
  const fieldTooLong = (line: number, column: number) => new ReadError("read.fieldTooLong", { line, column, limit: fieldChars });
  // csv-parse detects one record delimiter, the first it meets; a file that mixes them (or holds a
  // lone CR in a quoted field of an LF file) is read with all three, twice as slowly
  const first = /\r\n|\n|\r/.exec(text)?.[0] ?? "\n";
  const mixed = first === "\r\n" ? /(?<!\r)\n|\r(?!\n)/.test(text) : first === "\n" ? text.includes("\r") : text.includes("\n");
  try {
    parse(text, {
      delimiter,
      record_delimiter: mixed ? ["\r\n", "\n", "\r"] : first,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false,
      raw: true,
      max_record_size: recordChars,
      on_record: (rec: string[]) => {
        // with `raw`, csv-parse passes { record, raw } (its types say string[])
        const { record: fields, raw } = rec as unknown as { record: string[]; raw: string };
        const line = next;
        next += breaks(raw);
        if (raw.length > recordChars && raw.replace(/[\r\n]+$/, "").length > recordChars) throw new ReadError("read.recordTooLong", { line, limit: recordChars });
        let blank = true;
        for (let j = 0; j < fields.length; j++) {
          const f = fields[j]!;
          if (f.length > fieldChars) throw fieldTooLong(line, j + 1);
          if (blank && f.trim() !== "") blank = false;
        }
        if (blank) return null;
        if (out.length > rows) throw new ReadError("read.tooManyRows", { line, limit: rows });
        out.push({ line, fields });
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const at = next;
    switch (e.code) {
      case "CSV_QUOTE_NOT_CLOSED":
        throw new ReadError("read.unterminated", { line: next });
      case "CSV_INVALID_CLOSING_QUOTE":
        throw new ReadError("read.afterQuote", { line: at });
      case "INVALID_OPENING_QUOTE":
        throw new ReadError("read.quoteInside", { line: at });
      case "CSV_MAX_RECORD_SIZE": {
        // the record so far: a field over its own limit in it is named first
        const raw = String((e as CsvError & { raw?: string }).raw ?? "");
        const parts = raw.split(delimiter);
        const long = parts.findIndex((p) => p.replace(/"/g, "").length > fieldChars);
        if (long !== -1) throw fieldTooLong(next, long + 1);
        throw new ReadError("read.recordTooLong", { line: next, limit: recordChars });
      }
      default:
        throw new ReadError("read.csvSyntax", { line: at, reason: e.message });
    }
  }
  return out;
}
