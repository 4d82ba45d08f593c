// Ranking a spreadsheet in the workbench: bytes of a .csv/.xlsx in, the ranked table out — with the
// CLI's own reading code (src/cli/read/, score-rows.ts, funnel-rows.ts) and its own scoring
// (score-compute.ts: the rows of `score --json`, the table of `score --out`), so a file gives the
// same numbers, ranks, decisions and error messages in the page as on the command line. No DOM:
// this runs in the page's Web Worker (worker.ts) and in Node (test/workbench/).
import type { Decimal } from "decimal.js";
import { explainReserveCandidate, type ReserveCandidateExplanation } from "../../src/eligibility/reserve/explain-candidate.js";
import { runReserveFunnel } from "../../src/eligibility/reserve/funnel/run-reserve-funnel.js";
import type { ReserveFunnelOptions, ReserveFunnelResult } from "../../src/eligibility/reserve/funnel/types.js";
import { RESERVE_STAGES } from "../../src/eligibility/reserve/quotas.js";
import { RESERVE_SECTORS } from "../../src/eligibility/reserve/sectors.js";
import { explainCompetitionEssay } from "../../src/explain/explain-competition-essay.js";
import { explainCompetitionFinal } from "../../src/explain/explain-competition-final.js";
import { explainCompetitionInterview } from "../../src/explain/explain-competition-interview.js";
import { explainCompetitionPersonalQualities } from "../../src/explain/explain-competition-personal-qualities.js";
import { explainCompetitionPractical } from "../../src/explain/explain-competition-practical.js";
import { explainInterviewAdmission } from "../../src/explain/explain-interview-admission.js";
import { explainReserveOutcome } from "../../src/explain/explain-reserve-outcome.js";
import { explainSelectionEssay } from "../../src/explain/explain-selection-essay.js";
import { explainSelectionInformation } from "../../src/explain/explain-selection-information.js";
import { explainSelectionInterview } from "../../src/explain/explain-selection-interview.js";
import { explainSelectionPersonalQualities } from "../../src/explain/explain-selection-personal-qualities.js";
import { message, show } from "../../src/explain/internal.js";
import type { MessageCode } from "../../src/explain/messages/en.js";
import type { ExplainLang, Explanation } from "../../src/explain/types.js";
import { isRuleInputError } from "../../src/errors.js";
import { formatRuleInputError } from "../../src/explain/format-rule-input-error.js";
import type { Num } from "../../src/internal/validate.js";
import type { Track } from "../../src/scoring/tracks.js";
import { InputError, UsageError } from "../../src/cli/errors.js";
import { tr } from "../../src/cli/i18n/index.js";
import { fileTable, readErrorToInput, type FileTable } from "../../src/cli/file-table.js";
import { FUNNEL_MAX_ROWS, funnelCandidates, funnelInputError } from "../../src/cli/funnel-rows.js";
import { CSV_LIMITS } from "../../src/cli/read/delimited.js";
import { readTable } from "../../src/cli/read/sheet.js";
import type { OutCell } from "../../src/cli/read/write.js";
import { resultRows, scoreGc, scoreIs, type ScoreGcCandidateJson, type ScoreIsCandidateJson } from "../../src/cli/score-compute.js";
import { rowsOfTable, SCORE_MAX_ROWS, type GcRow, type IsRow } from "../../src/cli/score-rows.js";
import { quoted, shown as shownValue } from "../../src/cli/safe-text.js";
import { t as ui, type UiKey } from "./i18n.js";


/** The three procedures the page ranks. */
export type Procedure = "is" | "competition" | "funnel";
export const PROCEDURES: readonly Procedure[] = ["is", "competition", "funnel"];

/** Decimal places shown (the CLI's default); the exact value is kept beside it. */
export const SHOWN_DECIMALS = 4;

/** A column of numbers of the ranked table: its heading key (workbench i18n) and its rule. */
export interface Column {
  readonly key: "T1" | "T2" | "essay" | "total" | "interviewMean" | "O" | "E" | "C" | "P" | "I" | "max" | "score";
  readonly rule: string;
}

/** A number as the page shows it: rounded half-up for display (the library's `show`), and exact. */
export interface Shown {
  readonly shown: string;
  readonly exact: string;
}

/** What the table says of a candidate: a code of the workbench's catalogue. */
export type Decision =
  | "is.admitted"
  | "is.tied"
  | "is.not-admitted"
  | "gc.ranked"
  | "gc.presumed"
  | "pyr.reserve"
  | "pyr.awaiting-commission"
  | "pyr.not-admitted"
  | "pyr.left";

/** One row of the ranked table. */
export interface Row {
  /** Position in the table (1-based). */
  readonly pos: number;
  /** Competition rank (1, 2, 2, 4): overall (IS), in the track (competition), in the sector at `stage` (funnel). */
  readonly rank: number | null;
  readonly id: string;
  readonly name: string;
  /** The track (competition) or the sector (funnel); "" for an IS selection. */
  readonly group: string;
  /** Aligned with {@link Ranked.columns}; null when the candidate has no such value. */
  readonly values: readonly (Shown | null)[];
  readonly decision: Decision;
  /** The rule of the decision. */
  readonly rule: string;
  /** Funnel: the last stage taken part in. */
  readonly stage?: string;
}

/** One sector at one stage of the funnel, for the summary table (the CLI's `funnel` table). */
export interface FunnelSummaryRow {
  readonly stage: string;
  readonly next: string;
  readonly sector: string;
  readonly competed: number;
  readonly left: number;
  readonly quota: number;
  readonly admitted: number;
  readonly cutoff: Shown | null;
  readonly tied: number;
  readonly tiedAdmitted: boolean;
}

/** What the page needs to show a ranking (the rows are asked for a page at a time). */
export interface RankedMeta {
  readonly procedure: Procedure;
  readonly file: string;
  readonly format: "csv" | "xlsx";
  readonly count: number;
  readonly columns: readonly Column[];
  /** Counts of each decision. */
  readonly decisions: Readonly<Partial<Record<Decision, number>>>;
  readonly summary?: readonly FunnelSummaryRow[];
  readonly reserve?: readonly string[];
  readonly awaiting?: readonly string[];
  /** The reading the ranking was made with (the minutes and the export record it). */
  readonly options: OptionsUsed;
}

/** The options a ranking was made with: what was given, and for the funnel what the library applied. */
export interface OptionsUsed {
  /** IS selection: the questions per block given (`score --questions-per-block`); absent = not given. */
  readonly questionsPerBlock?: number;
  /** Reserve funnel: the options applied (the library's `result.options`), and the sectors whose final quota was revised. */
  readonly funnel?: ReserveFunnelResult["options"] & { readonly revised: readonly string[] };
}

/** A ranking, with what its explanations need. */
export interface Ranked extends RankedMeta {
  readonly rows: readonly Row[];
  /** Row `pos - 1` → the candidate's input (IS, competition) for its explanations. */
  readonly is?: readonly IsRow[];
  readonly gc?: readonly GcRow[];
  readonly funnel?: ReserveFunnelResult;
  /** The rows of `score --out` (IS, competition) or the funnel's candidate table. */
  readonly exportRows: () => OutCell[][];
}

/** How to rank. */
export interface RankOptions {
  readonly procedure: Procedure;
  /** The track of rows without a `track` cell (competition). */
  readonly track?: Track;
  readonly lang: ExplainLang;
  /** Called now and then: the phase, rows done, rows in all (0 when not known). */
  readonly progress?: (phase: Phase, done: number, total: number) => void;
  /**
   * IS selection: the number of questions in each block of the information test (R-SEL-2), the
   * CLI's `score --questions-per-block N`: S1 and S2 above it are refused. A whole number ≥ 1;
   * absent = not given (the orders give no number for the IS selection: S1, S2 are not checked
   * against one).
   */
  readonly questionsPerBlock?: number;
  /**
   * Reserve funnel: the library's options (R-PYR-3), the CLI's `funnel --ties`, `--half-rounding`,
   * `--final-quota`; absent ones keep the library's defaults (admit-all, up, the sources' quotas).
   */
  readonly funnelOptions?: ReserveFunnelOptions;
}

/** The options as the page's fields hold them: text, as typed (empty = not given). */
export interface RankFields {
  readonly questionsPerBlock?: string;
  readonly ties?: string;
  readonly halfRounding?: string;
  /** Sector id → the text of its final-quota field. */
  readonly finalQuotas?: Readonly<Partial<Record<string, string>>>;
}

export type Phase = "read" | "rows" | "rank" | "outcomes";

/** A problem with the file or its values, in the language asked for. */
export class RankError extends Error {
  override name = "RankError";
}

const shown = (d: Decimal): Shown => ({ shown: show(d, SHOWN_DECIMALS), exact: d.toFixed() });
/** An exact decimal string (from `score --json`) with its display rounding. */
function shownOf(exact: unknown): Shown | null {
  if (typeof exact !== "string") return null;
  return { shown: roundText(exact, SHOWN_DECIMALS), exact };
}

/** A plain decimal string rounded half-up to `dp` places, trailing zeros dropped (as `show`). */
export function roundText(exact: string, dp: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(exact);
  if (!m) return exact;
  const [, sign, int, frac = ""] = m;
  if (frac.length <= dp) return exact.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  let digits = (int! + frac.slice(0, dp)).split("").map(Number);
  if (Number(frac[dp]) >= 5) {
    let k = digits.length - 1;
    while (k >= 0 && digits[k] === 9) digits[k--] = 0;
    if (k < 0) digits = [1, ...digits];
    else digits[k]!++;
  }
  const s = digits.join("");
  const ip = s.slice(0, s.length - dp).replace(/^0+(?=\d)/, "");
  const fp = s.slice(s.length - dp).replace(/0+$/, "");
  const out = fp ? `${ip}.${fp}` : ip;
  return sign && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Any error of reading or ranking as a {@link RankError} in `lang`; a bug is thrown as it is. */
function asRankError(e: unknown, file: string, lang: ExplainLang): unknown {
  const x = readErrorToInput(e, file, lang);
  // the CLI names the file in some messages (a reading error), not in others (a row's): the page always does
  const named = (m: string) => (m.startsWith(`${file}: `) ? m : `${file}: ${m}`);
  if (x instanceof InputError || x instanceof UsageError) return new RankError(named(x.message));
  if (isRuleInputError(x)) return new RankError(named(formatRuleInputError(x, { lang })));
  return x;
}

/** The CLI's `oneOf` (src/cli/args.ts, which needs node:util): one of `allowed`, or its usage message in `lang`. */
function oneOf<T extends string>(option: string, v: string | undefined, allowed: readonly T[], lang: ExplainLang): T | undefined {
  if (v === undefined) return undefined;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new RankError(tr(lang, "usage.oneOf", { option, allowed: allowed.join(", "), value: shownValue(v) }));
}

/** The CLI's `wholeOf` (src/cli/args.ts): a whole number ≥ `min` written in digits, or its usage message in `lang`. */
function wholeOf(option: string, v: string | undefined, min: number, lang: ExplainLang): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new RankError(tr(lang, "usage.whole", { option, min: String(min), value: shownValue(v) }));
  return n;
}

const TIES = ["admit-all", "strict"] as const;
const HALF_ROUNDING = ["up", "down"] as const;

/**
 * The page's option fields read as the CLI reads its options: `--questions-per-block N`
 * (a whole number ≥ 1), `--ties admit-all|strict`, `--half-rounding up|down`, `--final-quota
 * SECTOR=N` (N in digits) — with the CLI's messages in `lang`, each after the field's label. An
 * empty field (spaces only) is not given. The library checks the rest when it runs (a sector it
 * does not know, final quotas summing to more than 50, S1 or S2 above the block).
 */
export function rankOptionsOf(fields: RankFields, lang: ExplainLang): Pick<RankOptions, "questionsPerBlock" | "funnelOptions"> {
  const given = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v.trim());
  const labelled = <T>(key: UiKey, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw e instanceof RankError ? new RankError(`${ui(lang, key)}: ${e.message}`) : e;
    }
  };
  const qpb = labelled("opt.qpb", () => wholeOf("questions-per-block", given(fields.questionsPerBlock), 1, lang));
  const ties = labelled("opt.ties", () => oneOf("ties", given(fields.ties), TIES, lang));
  const halfRounding = labelled("opt.half", () => oneOf("half-rounding", given(fields.halfRounding), HALF_ROUNDING, lang));
  const finalQuotas: Record<string, number> = {};
  for (const [sector, text] of Object.entries(fields.finalQuotas ?? {})) {
    const v = given(text);
    if (v === undefined) continue;
    const q = `${sector}=${v}`;
    const m = /^([a-z-]+)=(\d+)$/.exec(q);
    if (!m) throw new RankError(`${ui(lang, "opt.final")}: ${tr(lang, "usage.finalQuota", { value: quoted(q) })}`);
    finalQuotas[m[1]!] = Number(m[2]);
  }
  const funnelOptions: ReserveFunnelOptions = {
    ...(ties ? { ties } : {}),
    ...(halfRounding ? { halfRounding } : {}),
    ...(Object.keys(finalQuotas).length ? { finalQuotas } : {}),
  };
  return { ...(qpb !== undefined ? { questionsPerBlock: qpb } : {}), ...(Object.keys(funnelOptions).length ? { funnelOptions } : {}) };
}

/**
 * The options of `opts` checked before the file is read, as the CLI checks its own: the questions
 * per block a whole number ≥ 1, ties and half rounding among the library's values (the CLI's
 * messages); the funnel's options by the library itself (a run on no candidate: an unknown sector,
 * final quotas summing to more than 50 — its message as `funnel` prints it).
 */
export function checkRankOptions(opts: RankOptions, lang: ExplainLang): void {
  const labelled = (key: UiKey, f: () => void): void => {
    try {
      f();
    } catch (e) {
      throw e instanceof RankError ? new RankError(`${ui(lang, key)}: ${e.message}`) : e;
    }
  };
  const q = opts.questionsPerBlock;
  if (opts.procedure === "is" && q !== undefined) {
    labelled("opt.qpb", () => {
      if (!Number.isSafeInteger(q) || q < 1) throw new RankError(tr(lang, "usage.whole", { option: "questions-per-block", min: "1", value: shownValue(String(q)) }));
    });
  }
  const f = opts.funnelOptions;
  if (opts.procedure !== "funnel" || f === undefined) return;
  labelled("opt.ties", () => oneOf("ties", f.ties, TIES, lang));
  labelled("opt.half", () => oneOf("half-rounding", f.halfRounding, HALF_ROUNDING, lang));
  try {
    runReserveFunnel([], f);
  } catch (e) {
    const x = funnelInputError(e, [], lang);
    if (x instanceof InputError) throw new RankError(`${ui(lang, "opt.final")}: ${x.message}`);
    throw x;
  }
}

/** Reads `bytes` (a .csv or .xlsx) and ranks it by the procedure chosen. */
export async function rankFile(bytes: Uint8Array, file: string, opts: RankOptions): Promise<Ranked> {
  const { procedure, lang } = opts;
  checkRankOptions(opts, lang);
  const tick = opts.progress ?? (() => {});
  let table: FileTable;
  tick("read", 0, 0);
  try {
    const maxRows = procedure === "funnel" ? FUNNEL_MAX_ROWS : SCORE_MAX_ROWS;
    table = fileTable(await readTable(bytes, { limits: { ...CSV_LIMITS, rows: maxRows } }));
  } catch (e) {
    throw asRankError(e, file, lang);
  }
  const total = table.rows.length;
  const every = (k: number) => {
    if (k % 5000 === 0) tick("rows", k, total);
  };
  try {
    if (procedure === "funnel") return rankFunnel(table, file, lang, every, tick, opts.funnelOptions ?? {});
    const read = rowsOfTable(table, procedure, opts.track, file, lang, every);
    if (read.is.length + read.gc.length === 0) throw new InputError(tr(lang, "read.noCandidates"));
    tick("rank", total, total);
    return procedure === "is" ? rankIs(read.is, table, file, lang, opts.questionsPerBlock) : rankGc(read.gc, table, file, lang);
  } catch (e) {
    throw asRankError(e, file, lang);
  }
}

function counts(rows: readonly Row[]): Partial<Record<Decision, number>> {
  const out: Partial<Record<Decision, number>> = {};
  for (const r of rows) out[r.decision] = (out[r.decision] ?? 0) + 1;
  return out;
}

/** The first columns of a row of `score --json`: its position, rank, id and name. */
const placeOf = (c: { rank: number; id: string; name: string }, k: number) => ({ pos: k + 1, rank: c.rank, id: c.id, name: c.name });

/** What every ranking of `score --json` shares: the file, the rows, their decisions and the export (`score --out`'s table). */
function rankedOf(procedure: "is" | "competition", file: string, table: FileTable, out: Row[], json: () => string) {
  return { procedure, file, format: table.format, count: out.length, decisions: counts(out), rows: out, exportRows: () => resultRows(json()) } as const;
}

/** The column `questions_per_block` added to the export of an IS selection when the option was given. */
export const QPB_COLUMN = "questions_per_block";

function rankIs(rows: IsRow[], table: FileTable, file: string, lang: ExplainLang, qpb: number | undefined): Ranked {
  // the rows of `score --json`, in its order: the CLI's own result
  const json = () => scoreIs(rows, qpb, lang, SHOWN_DECIMALS, true, false);
  const cands = (JSON.parse(json()) as { candidates: ScoreIsCandidateJson[] }).candidates;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Row[] = cands.map((c, k) => ({
    ...placeOf(c, k),
    group: "",
    values: [shownOf(c.personalQualities), shownOf(c.information), shownOf(c.essayMean), shownOf(c.total), shownOf(c.interviewMean)],
    decision: `is.${c.interview}`,
    rule: "R-SEL-5",
  }));
  const ranked = rankedOf("is", file, table, out, json);
  return {
    ...ranked,
    // `score --out`'s table; with the questions per block given, a last column records it
    exportRows: qpb === undefined ? ranked.exportRows : () => ranked.exportRows().map((r, k) => [...r, k === 0 ? QPB_COLUMN : qpb]),
    options: qpb === undefined ? {} : { questionsPerBlock: qpb },
    columns: [
      { key: "T1", rule: "R-SEL-1" },
      { key: "T2", rule: "R-SEL-2" },
      { key: "essay", rule: "R-SEL-3" },
      { key: "total", rule: "R-SEL-5" },
      { key: "interviewMean", rule: "R-SEL-4" },
    ],
    is: cands.map((c) => byId.get(c.id)!),
  };
}

function rankGc(rows: GcRow[], table: FileTable, file: string, lang: ExplainLang): Ranked {
  const json = () => scoreGc(rows, lang, SHOWN_DECIMALS, true, false);
  const cands = (JSON.parse(json()) as { candidates: ScoreGcCandidateJson[] }).candidates;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Row[] = cands.map((c, k) => ({
    ...placeOf(c, k),
    group: c.track,
    values: [shownOf(c.O), shownOf(c.E), shownOf(c.C), shownOf(c.P), shownOf(c.I), shownOf(c.max)],
    decision: c.presumed ? "gc.presumed" : "gc.ranked",
    rule: "R-GC-5",
  }));
  return {
    ...rankedOf("competition", file, table, out, json),
    options: {},
    columns: [
      { key: "O", rule: "R-GC-1" },
      { key: "E", rule: "R-GC-2" },
      { key: "C", rule: "R-GC-4" },
      { key: "P", rule: "R-GC-3" },
      { key: "I", rule: "R-GC-5" },
      { key: "max", rule: "R-GC-5" },
    ],
    gc: cands.map((c) => byId.get(c.id)!),
  };
}

const OUTCOME_ORDER = { reserve: 0, "awaiting-commission": 1, "not-admitted": 2, left: 3 } as const;

function rankFunnel(table: FileTable, file: string, lang: ExplainLang, every: (k: number) => void, tick: (p: Phase, d: number, t: number) => void, options: ReserveFunnelOptions): Ranked {
  const { candidates, lines } = funnelCandidates(table, file, lang, every);
  const total = candidates.length;
  tick("rank", 0, total);
  let r: ReserveFunnelResult;
  try {
    r = runReserveFunnel(candidates, options);
  } catch (e) {
    throw funnelInputError(e, lines, lang);
  }
  const ex: ReserveCandidateExplanation[] = new Array(total);
  for (let k = 0; k < total; k++) {
    if (k % 5000 === 0) tick("outcomes", k, total);
    ex[k] = explainReserveCandidate(r, candidates[k]!.id);
  }
  tick("outcomes", total, total);
  const stageIx = (s: string) => RESERVE_STAGES.indexOf(s as (typeof RESERVE_STAGES)[number]);
  const sectorIx = (s: string) => RESERVE_SECTORS.indexOf(s as (typeof RESERVE_SECTORS)[number]);
  const order = ex.map((_, k) => k);
  order.sort((a, b) => {
    const x = ex[a]!;
    const y = ex[b]!;
    return (
      stageIx(y.stage) - stageIx(x.stage) ||
      OUTCOME_ORDER[x.outcome] - OUTCOME_ORDER[y.outcome] ||
      sectorIx(x.sector) - sectorIx(y.sector) ||
      (x.rank ?? Infinity) - (y.rank ?? Infinity) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
    );
  });
  const out: Row[] = order.map((k, p) => {
    const e = ex[k]!;
    return {
      pos: p + 1,
      rank: e.rank ?? null,
      id: e.id,
      name: "",
      group: e.sector,
      values: [e.score ? shown(e.score) : null],
      decision: `pyr.${e.outcome}`,
      rule: "R-PYR-3",
      stage: e.stage,
    };
  });
  const summary: FunnelSummaryRow[] = r.stages.flatMap((st) =>
    RESERVE_SECTORS.map((sec) => {
      const x = st.bySector[sec];
      return {
        stage: st.stage,
        next: st.next,
        sector: sec,
        competed: x.competed,
        left: x.left.total,
        quota: x.quota,
        admitted: x.admitted,
        cutoff: x.cutoff ? shown(x.cutoff) : null,
        tied: x.tied.length,
        tiedAdmitted: x.tiedAdmitted,
      };
    }),
  );
  // the options applied, on every row (a file of candidates read alone still says how it was ranked)
  const { ties, halfRounding, finalQuotas } = r.options;
  const exportRows = (): OutCell[][] => [
    ["position", "id", "sector", "stage", "outcome", "rank", "score", "quota", "cutoff", "competed", "tie", "rule", ...FUNNEL_OPTION_COLUMNS],
    ...order.map((k, p): OutCell[] => {
      const e = ex[k]!;
      return [p + 1, e.id, e.sector, e.stage, e.outcome, e.rank ?? null, e.score?.toFixed() ?? null, e.quota, e.cutoff?.toFixed() ?? null, e.competed, e.tie, "R-PYR-3", ties, halfRounding, finalQuotas[e.sector as (typeof RESERVE_SECTORS)[number]]];
    }),
  ];
  const revised = RESERVE_SECTORS.filter((s) => options.finalQuotas?.[s] !== undefined);
  return {
    procedure: "funnel",
    file,
    format: table.format,
    count: total,
    columns: [{ key: "score", rule: "R-PYR-3" }],
    decisions: counts(out),
    summary,
    reserve: r.reserve,
    awaiting: r.awaitingCommission,
    rows: out,
    funnel: r,
    exportRows,
    options: { funnel: { ties, halfRounding, finalQuotas, revised } },
  };
}

/** The columns of the funnel's export that record its options: `ties`, `half_rounding`, and the final quota in effect for the row's sector. */
export const FUNNEL_OPTION_COLUMNS = ["ties", "half_rounding", "final_quota"] as const;

/** One explanation as the page shows it. */
export interface ShownExplanation {
  readonly rule: string;
  readonly text: string;
  readonly formula?: string;
  readonly citation: string;
}

const asShown = (e: Explanation): ShownExplanation => ({ rule: e.rule, text: e.text, ...(e.formula ? { formula: e.formula } : {}), citation: e.citation.text });

/** The explanations of the candidate at position `pos` (1-based) of `r`, in `lang`, from the library's explain* functions. */
export function explainRow(r: Ranked, pos: number, lang: ExplainLang): ShownExplanation[] {
  const row = r.rows[pos - 1];
  if (!row) return [];
  const o = { lang, decimals: SHOWN_DECIMALS };
  if (r.procedure === "funnel") return [asShown(explainReserveOutcome(r.funnel!, row.id, o))];
  if (r.procedure === "is") {
    const c = r.is![pos - 1]!;
    const admission = explainInterviewAdmission(
      r.rows.map((x) => ({ id: x.id, score: x.values[3]!.exact })),
      o,
    );
    return [
      explainSelectionPersonalQualities(c.S, o),
      explainSelectionInformation(c.S1, c.S2, o),
      ...c.essay.map((g) => explainSelectionEssay(g, o)),
      ...c.interview.map((g) => explainSelectionInterview(g, o)),
      admission,
    ].map(asShown);
  }
  const c = r.gc![pos - 1]!;
  const [O, E, C, P] = row.values.map((v) => v?.exact);
  const pq =
    c.track === "lower"
      ? explainCompetitionPersonalQualities({ track: "lower", iq: c.iq as Num }, o)
      : explainCompetitionPersonalQualities({ track: c.track as "leadership", competencies: c.competencies ?? [] }, o);
  const parts: Explanation[] = [pq];
  if (c.track === "leadership") {
    parts.push(explainCompetitionEssay(E!, o), explainCompetitionInterview(c.interview[0] as Num, c.interview[1] as Num, o));
    parts.push(explainCompetitionFinal({ track: "leadership", O: O!, E: E!, C: C! }, o));
  } else {
    parts.push(explainCompetitionPractical(c.practical[0] as Num, c.practical[1] as Num, o));
    parts.push(explainCompetitionFinal({ track: c.track, O: O!, P: P! } as never, o));
  }
  return parts.map(asShown);
}

/** The rows `from` … `from + count - 1` (0-based) of `r`. */
export const page = (r: Ranked, from: number, count: number): Row[] => r.rows.slice(Math.max(0, from), Math.max(0, from) + Math.max(0, count));

/** What the page keeps of a ranking: everything but the rows and the inputs. */
export const metaOf = (r: Ranked): RankedMeta => ({
  procedure: r.procedure,
  file: r.file,
  format: r.format,
  count: r.count,
  columns: r.columns,
  decisions: r.decisions,
  options: r.options,
  ...(r.summary ? { summary: r.summary, reserve: r.reserve!, awaiting: r.awaiting! } : {}),
});

/**
 * The options a ranking was made with, in one line of `lang` (the screen and the minutes): for an
 * IS selection the questions per block (or "not given"), for the funnel the ties, the half rounding
 * and the final quotas in effect (the sources' or revised). `undefined` for a general competition,
 * which has none.
 */
export function optionsText(meta: Pick<RankedMeta, "procedure" | "options">, lang: ExplainLang): string | undefined {
  if (meta.procedure === "is") {
    const q = meta.options.questionsPerBlock;
    return `${ui(lang, "opt.qpb.short")}: ${q === undefined ? ui(lang, "opt.qpb.none") : String(q)}`;
  }
  const f = meta.options.funnel;
  if (meta.procedure !== "funnel" || f === undefined) return undefined;
  const quotas = RESERVE_SECTORS.map((s) => f.finalQuotas[s]).join(" / ");
  const revised = f.revised.map((s) => message(lang, `label.sector.${s}` as MessageCode));
  const whose = revised.length ? `${ui(lang, "opt.final.revised")}: ${revised.join("; ")}` : ui(lang, "opt.final.sources");
  return [
    `${ui(lang, "opt.ties.short")}: ${ui(lang, `opt.ties.${f.ties}`)}`,
    `${ui(lang, "opt.half.short")}: ${ui(lang, `opt.half.${f.halfRounding}`)}`,
    `${ui(lang, "opt.final.short")}: ${quotas} (${whose})`,
  ].join("; ");
}
