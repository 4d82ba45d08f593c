import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import type { ExplainLang } from "../explain/types.js";
import { InputError, UsageError } from "./errors.js";
import { toCsv, toXlsx, type OutCell } from "./read/write.js";
import { tr } from "./i18n/index.js";
import type { TextEncodingName } from "./read/decode.js";
import { CSV_LIMITS } from "./read/delimited.js";
import { readErrorToInput, type FileTable } from "./file-table.js";
import { readTable, tableFromText, type ReadTableOptions } from "./read/sheet.js";
import { quoted, safeText } from "./safe-text.js";

/**
 * Most bytes of one input file or of standard input: 256 MiB. A campaign of the Reserve's size
 * (~500,000 applicants, rows under 200 bytes) is under 100 MiB; 256 MiB of UTF-8 also stays under
 * the longest string V8 can build (2^29 − 24 characters), past which decoding itself would fail.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Bytes read at a time from a pipe, a terminal or a device. */
const CHUNK = 64 * 1024;

/** `268,435,456 bytes (256 MiB)`: a size for the messages about the limit (MiB from 1 MiB on, rounded), in `lang`. */
const bytes = (n: number, lang: ExplainLang): string => {
  const mib = n / 1024 / 1024;
  const b = tr(lang, "unit.bytes", { count: n.toLocaleString("en") });
  return mib >= 1 ? `${b} (${tr(lang, "unit.mib", { count: Math.round(mib).toLocaleString("en") })})` : b;
};

/** A Buffer as a plain Uint8Array view of the same memory. */
const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/**
 * Reads from a pipe, a terminal or a device until its end, or throws an InputError past `max`
 * bytes (so `/dev/zero` is refused after `max` bytes instead of filling the memory).
 */
function readCapped(fd: number, path: string, max: number, lang: ExplainLang): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buf = new Uint8Array(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, null);
    if (n === 0) return asBytes(Buffer.concat(chunks, total));
    total += n;
    if (total > max) throw new InputError(tr(lang, "io.streamTooBig", { path: safeText(path), limit: bytes(max, lang) }));
    chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
  }
}

/** The catalogue's reason of a file-system error code (kk, ru); in English, or for another code, Node's message. */
const FS_REASONS = { ENOENT: "fs.ENOENT", EACCES: "fs.EACCES", EPERM: "fs.EACCES", EISDIR: "fs.EISDIR", ENOSPC: "fs.ENOSPC" } as const;

/** Why a file could not be read or written, in `lang`. */
function fsReason(e: unknown, lang: ExplainLang): string {
  const code = (e as { code?: unknown }).code;
  const key = typeof code === "string" && Object.prototype.hasOwnProperty.call(FS_REASONS, code) ? FS_REASONS[code as keyof typeof FS_REASONS] : undefined;
  return lang === "en" || key === undefined ? (e as Error).message : tr(lang, key);
}

/**
 * Reads a file's bytes, or throws an InputError. `-` reads standard input. A regular file is
 * measured first (`fstat`) and refused at once when larger than `maxBytes`; anything else (a pipe,
 * standard input, a FIFO, a device) is read until its end or until `maxBytes` are passed. Like
 * `cat`, a FIFO or a standard input with no writer is waited for (docs/cli.md).
 *
 * @param path - a file path, or `-` for standard input.
 * @param maxBytes - the limit (default {@link MAX_INPUT_BYTES}).
 * @param lang - the language of the error messages.
 */
export function readBytes(path: string, maxBytes: number = MAX_INPUT_BYTES, lang: ExplainLang = "en"): Uint8Array {
  let fd: number | undefined;
  try {
    fd = path === "-" ? 0 : openSync(path, "r");
    const st = fstatSync(fd);
    if (st.isFile() && st.size > maxBytes) {
      throw new InputError(tr(lang, "io.fileTooBig", { path: safeText(path), size: bytes(st.size, lang), limit: bytes(maxBytes, lang) }));
    }
    // a regular file of known size is read in one piece; size 0 may be a /proc file: read to its end
    return st.isFile() && st.size > 0 ? asBytes(readFileSync(fd)) : readCapped(fd, path, maxBytes, lang);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(tr(lang, "io.cannotRead", { path: safeText(path), reason: safeText(fsReason(e, lang)) }));
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/** {@link readBytes} as UTF-8 text (invalid bytes replaced): for callers that want text as it is. */
export function readText(path: string, maxBytes: number = MAX_INPUT_BYTES): string {
  return Buffer.from(readBytes(path, maxBytes)).toString("utf8");
}

/**
 * A progress indicator on stderr for large inputs (only when there are more than 100,000 rows); its
 * texts are written through {@link safeText} like everything else the tool prints, in `lang`. On a
 * terminal one line is rewritten (`\r`); otherwise (a log file, a pipe) each report is a line of its own.
 */
export class Progress {
  private last = 0;
  private readonly tty: boolean;
  constructor(
    private readonly total: number,
    private readonly what: string,
    private readonly enabled = total > 100_000,
    private readonly lang: ExplainLang = "en",
  ) {
    this.tty = process.stderr.isTTY === true;
  }
  private line(text: string, end: boolean): void {
    process.stderr.write(this.tty ? `\r${text}${end ? "\n" : ""}` : `${text}\n`);
  }
  tick(done: number): void {
    if (!this.enabled || done - this.last < 50_000) return;
    this.last = done;
    this.line(safeText(tr(this.lang, "progress.rows", { what: this.what, done, total: this.total })), false);
  }
  note(text: string): void {
    if (this.enabled) this.line(safeText(text), true);
  }
  done(): void {
    if (this.enabled) this.line(safeText(tr(this.lang, "progress.done", { what: this.what, total: this.total })), true);
  }
}

export { readErrorToInput, type FileTable } from "./file-table.js";

/**
 * Reads a table (.xlsx, or delimited text in any encoding read/decode.ts knows) from a file or
 * standard input; an unreadable file, a syntax error, a limit exceeded (`maxRows` rows after the
 * header) or an empty file becomes an InputError naming the file, in `lang`.
 */
export async function readFileTable(path: string, opts: ReadTableOptions & { maxRows?: number }, lang: ExplainLang, data?: Uint8Array): Promise<FileTable> {
  const bytesRead = data ?? readBytes(path, MAX_INPUT_BYTES, lang);
  try {
    const t = await readTable(bytesRead, { ...opts, limits: { ...CSV_LIMITS, rows: opts.maxRows ?? CSV_LIMITS.rows } });
    return { ...t, cols: t.header.fields.map((h) => h.trim()) };
  } catch (e) {
    throw readErrorToInput(e, path, lang);
  }
}

/** {@link readFileTable} for text already decoded (score's input, which may also be JSON). */
export function textTable(text: string, encoding: TextEncodingName, path: string, opts: ReadTableOptions & { maxRows?: number }, lang: ExplainLang): FileTable {
  try {
    const t = tableFromText(text, encoding, { ...opts, limits: { ...CSV_LIMITS, rows: opts.maxRows ?? CSV_LIMITS.rows } });
    return { ...t, cols: t.header.fields.map((h) => h.trim()) };
  } catch (e) {
    throw readErrorToInput(e, path, lang);
  }
}

/**
 * Writes a result table to `path` (`--out`): `.xlsx` or `.csv` by its name; returns the line the
 * command prints after its result. A failure to write is an InputError naming the path.
 */
export async function writeOut(path: string, rows: readonly (readonly OutCell[])[], lang: ExplainLang): Promise<string> {
  const lower = path.toLowerCase();
  if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) throw new UsageError(tr(lang, "out.badExtension", { path: quoted(path) }));
  const bytesOut = lower.endsWith(".xlsx") ? await toXlsx(rows) : toCsv(rows);
  try {
    writeFileSync(path, bytesOut);
  } catch (e) {
    throw new InputError(tr(lang, "io.cannotWrite", { path: safeText(path), reason: safeText(fsReason(e, lang)) }));
  }
  return tr(lang, "out.written", { path: safeText(path), rows: rows.length - 1 });
}
