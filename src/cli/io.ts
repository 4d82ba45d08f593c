import { readFileSync } from "node:fs";
import { CsvSyntaxError, parseCsv, type CsvRecord } from "./csv.js";
import { InputError } from "./errors.js";

/** Reads a text file (UTF-8), or throws an InputError. `-` reads standard input. */
export function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** A progress indicator on stderr for large inputs (only when there are more than 100,000 rows). */
export class Progress {
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly what: string,
    private readonly enabled = total > 100_000,
  ) {}
  tick(done: number): void {
    if (!this.enabled || done - this.last < 50_000) return;
    this.last = done;
    process.stderr.write(`\r${this.what}: ${done.toLocaleString("en")} / ${this.total.toLocaleString("en")} rows`);
  }
  note(text: string): void {
    if (this.enabled) process.stderr.write(`\r${text}\n`);
  }
  done(): void {
    if (this.enabled) process.stderr.write(`\r${this.what}: ${this.total.toLocaleString("en")} / ${this.total.toLocaleString("en")} rows, done\n`);
  }
}

/**
 * Parses a CSV file's text into its header columns (trimmed) and data records; a syntax error or an
 * empty file becomes an InputError naming the file.
 */
export function readCsvTable(text: string, path: string): { header: CsvRecord; cols: string[]; records: CsvRecord[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
  const header = records.shift();
  if (!header) throw new InputError(`${path}: empty file (a header row is expected)`);
  return { header, cols: header.fields.map((h) => h.trim()), records };
}
