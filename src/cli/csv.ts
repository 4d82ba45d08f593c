/**
 * A small RFC 4180 CSV parser: fields separated by commas, records by CRLF or LF (a lone CR too);
 * fields may be quoted with `"` (a quoted field may hold commas, line breaks and `""` for a quote);
 * a UTF-8 byte-order mark at the start is dropped. Each record carries the line (1-based) it starts on.
 *
 * @module
 */

/** One record of a CSV file. */
export interface CsvRecord {
  /** The physical line (1-based) the record starts on. */
  readonly line: number;
  readonly fields: string[];
}

/** A CSV syntax error, with its line. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

/** Parses CSV text into records (blank lines are skipped). */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  const n = s.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = "";
    let endOfRecord = false;
    while (!endOfRecord) {
      if (s[i] === '"') {
        // quoted field
        i++;
        let closed = false;
        while (i < n) {
          const c = s[i]!;
          if (c === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n" || (c === "\r" && s[i + 1] !== "\n")) line++;
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
          field += c;
          i++;
        }
      }
      fields.push(field);
      field = "";
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
    if (!(fields.length === 1 && fields[0] === "")) out.push({ line: start, fields });
  }
  return out;
}
