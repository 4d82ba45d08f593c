/**
 * The rows of the `score` command read from a table (CSV or .xlsx, already read): the pure part of
 * score-read.ts (no `node:` import), shared with the browser workbench (workbench/src/), so that a
 * spreadsheet gives the same rows, and the same errors, in the page as on the command line.
 *
 * @module
 */
import type { Num } from "../internal/validate.js";
import { TRACKS, type Track } from "../scoring/tracks.js";
import type { ExplainLang } from "../explain/types.js";
import { InputError, where } from "./errors.js";
import type { FileTable } from "./file-table.js";
import { tr } from "./i18n/index.js";
import { foldHeading } from "./read/columns.js";
import { decimalComma } from "./read/sheet.js";
import { quoted } from "./safe-text.js";
import { tableColumns } from "./table-input.js";

/**
 * Most candidates of one `score` input (CSV rows after the header, or JSON candidates). An IS
 * selection of 500,000 rows took 2 min 13 s and 3.0 GB, of 1,000,000 rows 4 min 6 s and 4.0 GB
 * (the default heap of a 64-bit Node.js is about 4 GB): more is refused at once, not after minutes.
 */
export const SCORE_MAX_ROWS = 1_000_000;

/** One row of an IS selection (R-SEL-1…5): `line` is the CSV line, absent for JSON. */
export interface IsRow {
  line?: number;
  id: string;
  name: string;
  S: Num;
  S1: Num;
  S2: Num;
  essay: Num[];
  interview: Num[];
}
/** One row of a general competition (R-GC-1…5): `line` is the CSV line, absent for JSON. */
export interface GcRow {
  line?: number;
  id: string;
  name: string;
  track: Track;
  competencies?: Num[];
  iq?: Num;
  essay: Num[];
  interview: Num[];
  practical: Num[];
}

/** A list cell (or string) split on runs of spaces and ';'; empty or missing → []. */
export const split = (s: string | undefined): string[] => (s === undefined || s.trim() === "" ? [] : s.trim().split(/[\s;]+/));

/**
 * The rows of an IS selection (`kind` "is", R-SEL-1…5) or of a general competition
 * ("competition", R-GC-1…5) of `table`: the kind given, or detected (a column S or S1 = IS); the
 * columns checked (their Kazakh and Russian headings read), the ids non-empty and unique, a decimal
 * comma read where unambiguous; a problem is an InputError naming the line, in `lang`.
 *
 * @param table - the table as read.
 * @param kindOpt - the kind, or undefined to detect it.
 * @param trackOpt - the track of rows without a `track` cell.
 * @param path - the file's name, for the messages.
 * @param lang - the language of the messages.
 * @param onRow - called with each row's index before it is read (progress).
 */
export function rowsOfTable(
  table: FileTable,
  kindOpt: "is" | "competition" | undefined,
  trackOpt: Track | undefined,
  path: string,
  lang: ExplainLang,
  onRow?: (k: number) => void,
): { kind: "is" | "competition"; is: IsRow[]; gc: GcRow[] } {
  const is: IsRow[] = [];
  const gc: GcRow[] = [];
  const folded = table.cols.map(foldHeading);
  const kind = kindOpt ?? (folded.includes("s") || folded.includes("s1") ? "is" : "competition");
  const cols: string[] =
    kind === "is"
      ? tableColumns(table, ["id", "name", "S", "S1", "S2", "essay", "interview"], ["id", "S", "S1", "S2"], path, lang)
      : tableColumns(table, ["id", "name", "track", "competencies", "iq", "essay", "interview", "practical"], ["id"], path, lang);
  const num = (v: string | undefined): string | undefined => (v === undefined ? v : decimalComma(v, table));
  table.rows.forEach((rec, k) => {
    onRow?.(k);
    // a workbook's row may end before its last empty cells
    if (rec.fields.length > cols.length || (table.format === "csv" && rec.fields.length !== cols.length)) {
      throw new InputError(tr(lang, "read.fieldCount", { line: rec.line, count: rec.fields.length, header: cols.length }));
    }
    const get = (c: string): string | undefined => {
      const j = cols.indexOf(c);
      return j < 0 ? undefined : (rec.fields[j] ?? "").trim();
    };
    const list = (c: string): string[] => split(get(c)).map((x) => decimalComma(x, table));
    const id = get("id") ?? "";
    if (id === "") throw new InputError(tr(lang, "read.emptyId", { line: rec.line }));
    if (kind === "is") {
      is.push({ line: rec.line, id, name: get("name") ?? "", S: num(get("S")) as Num, S1: num(get("S1")) as Num, S2: num(get("S2")) as Num, essay: list("essay"), interview: list("interview") });
    } else {
      const tr0 = get("track") || trackOpt;
      if (tr0 === undefined || !(TRACKS as readonly string[]).includes(tr0)) {
        throw new InputError(`${where(rec.line, "track", lang)}: ${tr(lang, "value.track", { tracks: TRACKS.join(", "), value: quoted(tr0 ?? "") })}`);
      }
      const comp = get("competencies");
      const iq = get("iq");
      gc.push({
        line: rec.line,
        id,
        name: get("name") ?? "",
        track: tr0 as Track,
        ...(comp ? { competencies: list("competencies") } : {}),
        ...(iq ? { iq: num(iq)! } : {}),
        essay: list("essay"),
        interview: list("interview"),
        practical: list("practical"),
      });
    }
  });
  noDuplicateLines(kind === "is" ? is : gc, lang);
  return { kind, is, gc };
}

/** An id may occur once in a file: a repeat is an input error naming both lines. */
function noDuplicateLines(rows: readonly { id: string; line?: number }[], lang: ExplainLang): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const j = seen.get(r.id);
    if (j !== undefined) throw new InputError(tr(lang, "read.duplicateId", { line: r.line!, id: quoted(r.id), other: j }));
    seen.set(r.id, r.line!);
  }
}

