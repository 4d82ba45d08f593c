/**
 * Bytes of a text file to its text, recognising what spreadsheets write (issue 21): UTF-8 with or
 * without a byte-order mark, UTF-16LE and UTF-16BE with their mark (Excel's "Unicode text"),
 * Windows-1251 (the "CSV" of a Russian-locale Windows). Without a mark, the bytes are UTF-8 when
 * they are valid UTF-8 (a fatal decoder), otherwise Windows-1251. Nothing is read with loss: bytes
 * invalid in their encoding, NUL bytes (UTF-16 without a mark, a binary file), control characters
 * in a file read as Windows-1251 (a binary file, or another 8-bit encoding: every byte is some
 * character of Windows-1251, so this is how such a file shows), and a Windows-1251 file whose Kazakh
 * letters were replaced by "?" when it was saved are each a {@link ReadError}.
 *
 * No `node:` import: the browser workbench reuses it.
 *
 * @module
 */
import { quoted } from "../safe-text.js";
import { ReadError } from "./read-error.js";

/** The encodings {@link decodeText} recognises. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

/** The line (1-based) of offset `at` of `text`. */
export function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The line of byte `at` in bytes of an ASCII-compatible encoding (LF counted). */
function byteLine(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that makes `bytes` invalid UTF-8 (for the error's line). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= n || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return n;
}

// C0 controls but tab, LF, CR; DEL; the C1 controls (0x98 of Windows-1251 is undefined: U+0098)
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// a "?" next to a Cyrillic letter: where Excel put a Kazakh letter Windows-1251 cannot hold
const LOST_LETTER = /[\u0400-\u04ff]\?|\?[\u0400-\u04ff]/;

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName, from: number): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  } catch {
    const line = encoding === "utf-8" ? byteLine(bytes, firstInvalidUtf8(bytes.subarray(from)) + from) : 0;
    throw new ReadError("read.badEncoding", { line: line || 1, encoding: encoding.toUpperCase() });
  }
}

/**
 * The text of `bytes` and the encoding it was read in (a byte-order mark dropped), or a
 * {@link ReadError} naming the encoding problem and its line.
 *
 * @param bytes - the file as read.
 * @returns the text, its encoding and whether it began with a byte-order mark.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName; bom: boolean } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  let encoding: TextEncodingName;
  let text: string;
  let bom = true;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    encoding = "utf-8";
    text = decodeStrict(bytes, encoding, 3);
  } else if (a === 0xff && b === 0xfe) {
    encoding = "utf-16le";
    text = decodeStrict(bytes, encoding, 2);
  } else if (a === 0xfe && b === 0xff) {
    encoding = "utf-16be";
    text = decodeStrict(bytes, encoding, 2);
  } else {
    bom = false;
    if (bytes.includes(0)) throw new ReadError("read.nul", { line: byteLine(bytes, bytes.indexOf(0)) });
    try {
      encoding = "utf-8";
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      encoding = "windows-1251";
      text = decodeStrict(bytes, encoding, 0);
    }
  }
  // a binary file (or one in another 8-bit encoding) decodes as Windows-1251 without an error:
  // refuse the controls no table holds (in UTF-8 and UTF-16 they are the user's, shown escaped)
  const bad = encoding === "windows-1251" ? NOT_TEXT.exec(text) : null;
  if (bad) {
    const ch = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    throw new ReadError(bad[0] === "\u0000" ? "read.nul" : "read.notText", { line: lineAt(text, bad.index), char: ch, encoding: encoding.toUpperCase() });
  }
  if (encoding === "windows-1251") {
    const lost = LOST_LETTER.exec(text);
    if (lost) {
      const line = lineAt(text, lost.index);
      const start = text.lastIndexOf("\n", lost.index) + 1;
      const end = text.indexOf("\n", lost.index);
      const lineText = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, "");
      // the cell holding it: the run of characters around the "?" up to a separator
      const cell = /[^,;\t"]*$/.exec(lineText.slice(0, lost.index - start))![0] + /^[^,;\t"]*/.exec(lineText.slice(lost.index - start))![0];
      throw new ReadError("read.kazakhLost", { line, value: quoted(cell.trim()) });
    }
  }
  return { text, encoding, bom };
}
