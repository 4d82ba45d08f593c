import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { CSV_LIMITS, CsvSyntaxError, parseCsv, type CsvRecord } from "./csv.js";
import { InputError } from "./errors.js";
import { safeText } from "./safe-text.js";

/**
 * Most bytes of one input file or of standard input: 256 MiB. A campaign of the Reserve's size
 * (~500,000 applicants, rows under 200 bytes) is under 100 MiB; 256 MiB of UTF-8 also stays under
 * the longest string V8 can build (2^29 − 24 characters), past which decoding itself would fail.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Bytes read at a time from a pipe, a terminal or a device. */
const CHUNK = 64 * 1024;

/** `268,435,456 bytes (256 MiB)`: a size for the messages about the limit (MiB from 1 MiB on, rounded). */
const bytes = (n: number): string => {
  const mib = n / 1024 / 1024;
  return `${n.toLocaleString("en")} bytes${mib >= 1 ? ` (${Math.round(mib).toLocaleString("en")} MiB)` : ""}`;
};

/**
 * Reads from a pipe, a terminal or a device until its end, or throws an InputError past `max`
 * bytes (so `/dev/zero` is refused after `max` bytes instead of filling the memory).
 */
function readCapped(fd: number, path: string, max: number): string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buf = new Uint8Array(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) return Buffer.concat(chunks, total).toString("utf8");
    total += n;
    if (total > max) throw new InputError(`${safeText(path)}: more than ${bytes(max)} (the limit of an input)`);
    chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
  }
}

/**
 * Reads a text file (UTF-8), or throws an InputError. `-` reads standard input. A regular file is
 * measured first (`fstat`) and refused at once when larger than `maxBytes`; anything else (a pipe,
 * standard input, a FIFO, a device) is read until its end or until `maxBytes` are passed. Like
 * `cat`, a FIFO or a standard input with no writer is waited for (docs/cli.md).
 *
 * @param path - a file path, or `-` for standard input.
 * @param maxBytes - the limit (default {@link MAX_INPUT_BYTES}).
 */
export function readText(path: string, maxBytes: number = MAX_INPUT_BYTES): string {
  let fd: number | undefined;
  try {
    fd = path === "-" ? 0 : openSync(path, "r");
    const st = fstatSync(fd);
    if (st.isFile() && st.size > maxBytes) {
      throw new InputError(`${safeText(path)}: a file of ${bytes(st.size)}, more than the limit of an input, ${bytes(maxBytes)}`);
    }
    // a regular file of known size is read in one piece; size 0 may be a /proc file: read to its end
    return st.isFile() && st.size > 0 ? readFileSync(fd, "utf8") : readCapped(fd, path, maxBytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${safeText(path)}: ${safeText((e as Error).message)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/**
 * A progress indicator on stderr for large inputs (only when there are more than 100,000 rows); its
 * texts are written through {@link safeText} like everything else the tool prints.
 */
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
    process.stderr.write(`\r${safeText(this.what)}: ${done.toLocaleString("en")} / ${this.total.toLocaleString("en")} rows`);
  }
  note(text: string): void {
    if (this.enabled) process.stderr.write(`\r${safeText(text)}\n`);
  }
  done(): void {
    if (this.enabled) process.stderr.write(`\r${safeText(this.what)}: ${this.total.toLocaleString("en")} / ${this.total.toLocaleString("en")} rows, done\n`);
  }
}

/**
 * Parses a CSV file's text into its header columns (trimmed) and data records; a syntax error, a
 * limit exceeded (CSV_LIMITS, with `maxRows` rows after the header) or an empty file becomes an
 * InputError naming the file.
 */
export function readCsvTable(text: string, path: string, maxRows: number = CSV_LIMITS.rows): { header: CsvRecord; cols: string[]; records: CsvRecord[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text, { ...CSV_LIMITS, rows: maxRows });
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new InputError(`${safeText(path)}: ${e.message}`);
    throw e;
  }
  const header = records.shift();
  if (!header) throw new InputError(`${safeText(path)}: empty file (a header row is expected)`);
  return { header, cols: header.fields.map((h) => h.trim()), records };
}
