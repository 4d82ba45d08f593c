/**
 * A small RFC 4180 CSV parser: fields separated by commas, records by CRLF or LF (a lone CR too);
 * fields may be quoted with `"` (a quoted field may hold commas, line breaks and `""` for a quote);
 * a UTF-8 byte-order mark at the start is dropped. Each record carries the line (1-based) it starts on.
 * Limits ({@link CsvLimits}) stop absurd input early, before it costs seconds and gigabytes.
 *
 * @module
 */

/** One record of a CSV file. */
export interface CsvRecord {
  /** The physical line (1-based) the record starts on. */
  readonly line: number;
  readonly fields: string[];
}

/** A CSV syntax error or a limit of {@link CsvLimits} exceeded, with its line. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * Limits of {@link parseCsv}. A field of a campaign file is a few dozen characters and a row under
 * 200; the Reserve had ~500,000 applicants. A 50 MB one-line file took 12 s and 1.9 GB before it
 * failed; with these limits it fails after 10,001 characters.
 */
export interface CsvLimits {
  /** Most characters (UTF-16 code units) of one field, quotes excluded. */
  readonly fieldChars: number;
  /** Most characters of one record (commas, quotes and line breaks inside quotes included). */
  readonly recordChars: number;
  /** Most records after the first one (the header row). */
  readonly rows: number;
}

/** The default {@link CsvLimits}: 10,000 characters a field, 100,000 a record, 2,000,000 rows after the header. */
export const CSV_LIMITS: CsvLimits = { fieldChars: 10_000, recordChars: 100_000, rows: 2_000_000 };

/** Parses CSV text into records (blank lines are skipped); a limit exceeded is a CsvSyntaxError naming it and the line. */
export function parseCsv(text: string, limits: CsvLimits = CSV_LIMITS): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  const n = s.length;
  const { fieldChars, recordChars } = limits;
  /** The error of a field over the limit: its line and column, never its text. */
  const tooLong = (at: number, column: number) =>
    new CsvSyntaxError(at, `column ${column}: a field longer than ${fieldChars.toLocaleString("en")} characters (the limit of a CSV field)`);
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const from = i;
    const fields: string[] = [];
    let field = "";
    let endOfRecord = false;
    while (!endOfRecord) {
      const fieldLine = line;
      if (s[i] === '"') {
        // quoted field
        i++;
        let closed = false;
        while (i < n) {
          const c = s[i]!;
          if (c === '"') {
            if (s[i + 1] === '"') {
              if (field.length === fieldChars) throw tooLong(fieldLine, fields.length + 1);
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n" || (c === "\r" && s[i + 1] !== "\n")) line++;
          if (field.length === fieldChars) throw tooLong(fieldLine, fields.length + 1);
          field += c;
          i++;
        }
        if (!closed) throw new CsvSyntaxError(start, "unterminated quoted field");
        const next = s[i];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          throw new CsvSyntaxError(line, "unexpected character after a closing quote");
        }
      } else {
        while (i < n) {
          const c = s[i]!;
          if (c === "," || c === "\r" || c === "\n") break;
          if (c === '"') throw new CsvSyntaxError(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
          if (field.length === fieldChars) throw tooLong(fieldLine, fields.length + 1);
          field += c;
          i++;
        }
      }
      fields.push(field);
      field = "";
      if (i - from > recordChars) {
        throw new CsvSyntaxError(start, `a record longer than ${recordChars.toLocaleString("en")} characters (the limit of a CSV row)`);
      }
      const c = s[i];
      if (c === ",") {
        i++;
        continue;
      }
      if (c === "\r") i += s[i + 1] === "\n" ? 2 : 1;
      else if (c === "\n") i++;
      line++;
      endOfRecord = true;
    }
    if (fields.length === 1 && fields[0] === "") continue;
    if (out.length > limits.rows) {
      throw new CsvSyntaxError(start, `more than ${limits.rows.toLocaleString("en")} rows after the header (the limit of a CSV file)`);
    }
    out.push({ line: start, fields });
  }
  return out;
}
