/**
 * Reading the input of the `score` command: a CSV or JSON file (or standard input) into the rows of
 * an IS selection or of a general competition (kind detected, columns, tracks and ids checked,
 * questionsPerBlock read); the rules check the values when score.ts scores the rows.
 */
import type { Num } from "../internal/validate.js";
import { TRACKS, type Track } from "../scoring/tracks.js";
import type { ExplainLang } from "../explain/types.js";
import { InputError } from "./errors.js";
import { tr } from "./i18n/index.js";
import { MAX_INPUT_BYTES, Progress, readBytes, readErrorToInput, readFileTable, textTable, type FileTable } from "./io.js";
import { decodeText } from "./read/decode.js";
import type { Delimiter } from "./read/delimited.js";
import { isWorkbook } from "./read/sheet.js";
import { quoted, safeText, shown } from "./safe-text.js";
import { rowsOfTable, SCORE_MAX_ROWS, split, type GcRow, type IsRow } from "./score-rows.js";

export { SCORE_MAX_ROWS } from "./score-rows.js";

/** Longest message of JSON.parse echoed (V8 quotes a few characters of the file in it). */
const JSON_MESSAGE_MAX = 200;

export type { IsRow, GcRow } from "./score-rows.js";

/** row[key] if the row has it as its own property (not inherited), otherwise undefined. */
function fieldOf(row: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined;
}

/** A JSON list field as numbers: an array as is, a string split as a CSV cell, a number as [n], missing or null → []. */
function asList(v: unknown, where: string, lang: ExplainLang): Num[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v as Num[];
  if (typeof v === "string") return split(v);
  if (typeof v === "number") return [v];
  throw new InputError(tr(lang, "json.list", { field: where }));
}

/** A JSON name: a string, a number or boolean written out, missing or null → ""; anything else is an input error. */
function textOf(v: unknown, where: string, lang: ExplainLang): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new InputError(tr(lang, "json.string", { field: where, value: shown(v, lang) }));
}

/** How to read a table: the separator, the sheet, the language of the messages. */
export interface ReadRowsOptions {
  readonly delimiter?: Delimiter;
  readonly sheet?: string;
  readonly lang?: ExplainLang;
}

/**
 * Reads the rows of a CSV, .xlsx or JSON file (at most {@link SCORE_MAX_ROWS} candidates). The
 * file's bytes are read before the first `await` (standard input is read at once).
 */
export async function readRows(path: string, kindOpt: "is" | "competition" | undefined, trackOpt: Track | undefined, qpbOpt: number | undefined, opts: ReadRowsOptions = {}) {
  const lang = opts.lang ?? "en";
  const tableOpts = { ...(opts.delimiter ? { delimiter: opts.delimiter } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), maxRows: SCORE_MAX_ROWS };
  const bytes = readBytes(path, MAX_INPUT_BYTES, lang);
  let table: FileTable | undefined;
  let text = "";
  if (isWorkbook(bytes)) table = await readFileTable(path, tableOpts, lang, bytes);
  else {
    try {
      const d = decodeText(bytes);
      text = d.text;
      if (!(path.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text))) table = textTable(text, d.encoding, path, tableOpts, lang);
    } catch (e) {
      throw readErrorToInput(e, path, lang);
    }
  }
  const trimmed = text.trimStart();
  let kind = kindOpt;
  let qpb = qpbOpt;
  const is: IsRow[] = [];
  const gc: GcRow[] = [];
  if (table === undefined) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      // V8 quotes the text around the error (raw bytes of a binary file): escaped and cut
      throw new InputError(tr(lang, "json.invalid", { path: safeText(path), reason: safeText((e as Error).message, JSON_MESSAGE_MAX) }));
    }
    const obj = (Array.isArray(data) ? { candidates: data } : data) as Record<string, unknown> | null;
    const cands = typeof obj === "object" && obj !== null ? obj.candidates : undefined;
    if (obj === null || !Array.isArray(cands)) throw new InputError(tr(lang, "json.noCandidates", { path: safeText(path) }));
    if (cands.length > SCORE_MAX_ROWS) {
      throw new InputError(tr(lang, "json.tooMany", { path: safeText(path), limit: SCORE_MAX_ROWS }));
    }
    const first = cands[0];
    kind ??= typeof first === "object" && first !== null && ("S" in first || "S1" in first) ? "is" : "competition";
    const q = obj.questionsPerBlock;
    if (q !== undefined && q !== null && typeof q !== "number") {
      throw new InputError(tr(lang, "json.questionsPerBlock", { path: safeText(path), value: shown(q, lang) }));
    }
    if (qpb === undefined && typeof q === "number") qpb = q;
    const interviews = (typeof obj.interview === "object" && obj.interview !== null ? obj.interview : {}) as Record<string, unknown>;
    cands.forEach((c: unknown, k) => {
      const w = `candidates[${k}]`;
      if (typeof c !== "object" || c === null) throw new InputError(tr(lang, "json.object", { field: w }));
      const r = c as Record<string, unknown>;
      const id = typeof r.id === "string" && r.id !== "" ? r.id : String(k + 1);
      if (kind === "is") {
        is.push({
          id,
          name: textOf(r.name, `${w}.name`, lang),
          S: fieldOf(r, "S") as Num,
          S1: fieldOf(r, "S1") as Num,
          S2: fieldOf(r, "S2") as Num,
          essay: asList(r.essay, `${w}.essay`, lang),
          // an own property only: an id "constructor" or "__proto__" is not a key of every object
          interview: asList(r.interview ?? fieldOf(interviews, id), `${w}.interview`, lang),
        });
      } else {
        const track = (r.track ?? obj.track ?? trackOpt) as Track | undefined;
        if (track === undefined || !(TRACKS as readonly string[]).includes(track)) {
          throw new InputError(`${w}.track: ${tr(lang, "value.track", { tracks: TRACKS.join(", "), value: shown(track, lang) })}`);
        }
        gc.push({
          id,
          name: textOf(r.name, `${w}.name`, lang),
          track,
          ...(r.competencies !== undefined ? { competencies: asList(r.competencies, `${w}.competencies`, lang) } : {}),
          ...(r.iq !== undefined ? { iq: r.iq as Num } : {}),
          essay: asList(r.essay, `${w}.essay`, lang),
          interview: asList(r.interview, `${w}.interview`, lang),
          practical: asList(r.practical, `${w}.practical`, lang),
        });
      }
    });
    noDuplicateIds(gc, lang);
    return { kind: kind!, qpb, is, gc };
  }
  const progress = new Progress(table.rows.length, tr(lang, "progress.reading"), undefined, lang);
  const read = rowsOfTable(table, kind, trackOpt, path, lang, (k) => progress.tick(k));
  progress.done();
  return { kind: read.kind, qpb, is: read.is, gc: read.gc };
}

/**
 * The general competition ranks candidates by id within a track, so an id may occur once (the IS
 * selection's admission, R-SEL-5, rejects a repeated id itself).
 */
function noDuplicateIds(rows: readonly GcRow[], lang: ExplainLang): void {
  const seen = new Map<string, number>();
  rows.forEach((r, k) => {
    const j = seen.get(r.id);
    if (j !== undefined) throw new InputError(tr(lang, "json.duplicateId", { field: `candidates[${k}].id`, id: quoted(r.id), other: `candidates[${j}]` }));
    seen.set(r.id, k);
  });
}
