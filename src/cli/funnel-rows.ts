/**
 * The candidates of the `funnel` command read from a table (CSV or .xlsx, already read), and a
 * RuleInputError of the funnel named by the table's lines: the pure part of funnel.ts (no `node:`
 * import), shared with the browser workbench (workbench/src/), so that a spreadsheet gives the same
 * candidates, and the same errors, in the page as on the command line.
 *
 * @module
 */
import { RuleInputError } from "../errors.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../eligibility/reserve/exclusion-grounds.js";
import type { ReserveCandidate, ReserveStageEntry } from "../eligibility/reserve/funnel/types.js";
import { RESERVE_STAGES, type ReserveStage } from "../eligibility/reserve/quotas.js";
import type { ReserveSector } from "../eligibility/reserve/sectors.js";
import type { ExplainLang } from "../explain/types.js";
import { InputError, ruleErrorLines, where } from "./errors.js";
import type { FileTable } from "./file-table.js";
import { tr } from "./i18n/index.js";
import { decimalComma } from "./read/sheet.js";
import { quoted } from "./safe-text.js";
import { tableColumns } from "./table-input.js";

/**
 * Most candidates of one `funnel` campaign (CSV rows after the header): four times the Reserve's
 * ~500,000 applicants. 1,000,000 rows took 9.6 s and 1.3 GB, 2,000,000 rows 26 s and 2.3 GB.
 */
export const FUNNEL_MAX_ROWS = 2_000_000;

function entry(cell: string, line: number, stage: string, lang: ExplainLang): ReserveStageEntry | undefined {
  const v = cell.trim();
  if (v === "") return undefined;
  if (v === "null") return null;
  if (v === "absent") return { status: "absent" };
  if (v === "excluded") return { status: "excluded" };
  if (v.startsWith("excluded:")) {
    const g = v.slice("excluded:".length);
    if (!(RESERVE_EXCLUSION_GROUNDS as readonly string[]).includes(g)) {
      throw new InputError(`${where(line, stage, lang)}: ${tr(lang, "value.exclusionGround", { ground: quoted(g), expected: RESERVE_EXCLUSION_GROUNDS.join(", ") })}`);
    }
    return { status: "excluded", ground: g as ReserveExclusionGround };
  }
  return v;
}

/**
 * The funnel's candidates of `input` (columns id, sector and the stages, with their Kazakh and
 * Russian headings) and the line of each; a problem is an InputError naming the line, in `lang`.
 *
 * @param input - the table as read.
 * @param path - the file's name, for the messages.
 * @param lang - the language of the messages.
 * @param onRow - called with each row's index before it is read (progress).
 */
export function funnelCandidates(input: FileTable, path: string, lang: ExplainLang, onRow?: (k: number) => void): { candidates: ReserveCandidate[]; lines: number[] } {
  const cols = tableColumns(input, ["id", "sector", ...RESERVE_STAGES], ["id", "sector"], path, lang);
  const records = input.rows;
  const candidates: ReserveCandidate[] = new Array(records.length);
  const lines: number[] = new Array(records.length);
  const idCol = cols.indexOf("id");
  const secCol = cols.indexOf("sector");
  const stageCols = cols.map((c, j) => [c, j] as const).filter(([c]) => (RESERVE_STAGES as readonly string[]).includes(c));
  records.forEach((rec, k) => {
    onRow?.(k);
    // a workbook's row may end before its last empty cells
    if (rec.fields.length > cols.length || (input.format === "csv" && rec.fields.length !== cols.length)) {
      throw new InputError(tr(lang, "read.fieldCount", { line: rec.line, count: rec.fields.length, header: cols.length }));
    }
    const scores: Partial<Record<ReserveStage, ReserveStageEntry>> = {};
    for (const [c, j] of stageCols) {
      const e = entry(decimalComma(rec.fields[j] ?? "", input), rec.line, c, lang);
      if (e !== undefined) scores[c as ReserveStage] = e;
    }
    // the sector as written in the file: runReserveFunnel refuses one that is not a sector id
    candidates[k] = { id: (rec.fields[idCol] ?? "").trim(), sector: (rec.fields[secCol] ?? "").trim() as ReserveSector, scores };
    lines[k] = rec.line;
  });
  return { candidates, lines };
}

/**
 * A RuleInputError of the funnel as an InputError naming the line and column of each problem
 * (candidates[i].scores.stage → line, stage); anything else as it is.
 */
export function funnelInputError(e: unknown, lines: readonly number[], lang: ExplainLang): unknown {
  if (!(e instanceof RuleInputError)) return e;
  const msgs = ruleErrorLines(e, lang);
  const out = e.issues.map((iss, n) => {
    const m = /^candidates\[(\d+)\](?:\.scores)?(?:\.(\w+))?/.exec(iss.field);
    if (!m) return msgs[n]!;
    return `${where(lines[Number(m[1])], m[2] ?? "row", lang)}: ${msgs[n]}`;
  });
  return new InputError(out.join("\n"));
}
