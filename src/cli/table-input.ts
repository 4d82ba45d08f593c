/**
 * What `score` and `funnel` share about a table read from a file: the options `--delimiter`,
 * `--sheet` and `--out`, the columns named by the header (with their Kazakh and Russian
 * headings, read/columns.ts), and the error of a missing column, which says how the header row
 * was read (a `;` file read with commas shows one long heading).
 *
 * @module
 */
import type { ExplainLang } from "../explain/types.js";
import { InputError, UsageError } from "./errors.js";
import { tr } from "./i18n/index.js";
import { readErrorToInput, type FileTable } from "./file-table.js";
import { aliasesOf, columnsOf, type ColumnName } from "./read/columns.js";
import type { Delimiter } from "./read/delimited.js";
import { quoted, safeText, shown } from "./safe-text.js";

/** The options of a command that reads a table. */
export const TABLE_OPTIONS = {
  delimiter: { type: "string" },
  sheet: { type: "string" },
  out: { type: "string" },
} as const;

/** `--delimiter`: `,` `;` `tab` (or a tab character), also `comma`, `semicolon`; absent = detected. */
export function delimiterOf(v: unknown, lang: ExplainLang = "en"): Delimiter | undefined {
  if (v === undefined) return undefined;
  const m: Record<string, Delimiter> = { ",": ",", comma: ",", ";": ";", semicolon: ";", tab: "\t", "\t": "\t", "\\t": "\t" };
  const d = typeof v === "string" && Object.prototype.hasOwnProperty.call(m, v.toLowerCase()) ? m[v.toLowerCase()] : undefined;
  if (d === undefined) throw new UsageError(tr(lang, "usage.delimiter", { value: shown(v) }));
  return d;
}

const DELIMITER_NAME = { ",": "delimiter.comma", ";": "delimiter.semicolon", "\t": "delimiter.tab" } as const;

/**
 * The column of each heading of `table` (among `known`), checking that every column of `need` is
 * there; an unknown, repeated or missing column is an InputError naming the file and the header's line.
 */
export function tableColumns<K extends ColumnName>(table: FileTable, known: readonly K[], need: readonly K[], path: string, lang: ExplainLang): K[] {
  const line = table.header.line;
  for (const c of need) {
    if (!table.cols.some((h) => columnsOfOne(h, c))) {
      const header = table.cols.map((h) => quoted(h)).join(" | ");
      const delimiter = table.delimiter ? tr(lang, DELIMITER_NAME[table.delimiter]) : "xlsx";
      throw new InputError(`${safeText(path)}: ${tr(lang, "read.missingColumn", { line, column: `"${c}"`, aliases: aliasesOf(c), header, delimiter })}`);
    }
  }
  try {
    return columnsOf(table.cols, known, line);
  } catch (e) {
    throw readErrorToInput(e, path, lang);
  }
}

/** Whether heading `h` names column `c`. */
function columnsOfOne(h: string, c: ColumnName): boolean {
  try {
    return columnsOf([h], [c], 0)[0] === c;
  } catch {
    return false;
  }
}
