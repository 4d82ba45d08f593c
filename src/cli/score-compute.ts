/**
 * The scores, ranks and decisions of an IS selection (R-SEL-1…5) and of a general competition
 * (R-GC-1…5) as the `score` command prints them (table, `--json`, `--explain`) and writes them
 * (`--out`): the pure part of score.ts (no `node:` import), shared with the browser workbench
 * (workbench/src/), which shows the same `--json` result and writes the same `--out` table.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { admitToInterview } from "../eligibility/commissions/admit-to-interview.js";
import { explainCompetitionFinal } from "../explain/explain-competition-final.js";
import { explainInterviewAdmission } from "../explain/explain-interview-admission.js";
import { show } from "../explain/internal.js";
import type { ExplainLang, Explanation } from "../explain/types.js";
import { D } from "../internal/decimal.js";
import type { Num } from "../internal/validate.js";
import { competitionFinalResult } from "../scoring/competition-final-result.js";
import { competitionInterview } from "../scoring/competition-interview.js";
import { competitionPersonalQualities } from "../scoring/competition-personal-qualities.js";
import { competitionPractical } from "../scoring/competition-practical.js";
import { meanOfGrades } from "../scoring/mean-of-grades.js";
import { selectionEssay } from "../scoring/selection-essay.js";
import { selectionInformation } from "../scoring/selection-information.js";
import { selectionInterview } from "../scoring/selection-interview.js";
import { selectionPersonalQualities } from "../scoring/selection-personal-qualities.js";
import { TRACKS, type Track } from "../scoring/tracks.js";
import { atCell, InputError, where } from "./errors.js";
import { t } from "./labels.js";
import { MESSAGE_VALUE_MAX, safeText } from "./safe-text.js";
import type { GcRow, IsRow } from "./score-rows.js";
import { table } from "./table.js";
import { tr } from "./i18n/index.js";
import type { OutCell } from "./read/write.js";

/** An id as printed outside a table: escaped and cut by {@link safeText}, as in a table cell. */
const safeId = (id: string): string => safeText(id, MESSAGE_VALUE_MAX);

/**
 * The admission's explanation for the table output: computed again with the ids as printed
 * ({@link safeId}) when one of them needs an escape or a cut, so the sentence lists them as the
 * table does (a line break in an id does not break the sentence's line). If two ids print alike
 * (an id holding the six characters `\u001b` and one holding ESC), the explanation with the ids
 * as read is kept; run.ts escapes its controls all the same.
 */
function admissionForTable(candidates: readonly { id: string; score: Decimal }[], ex: Explanation, lang: ExplainLang, dp: number): Explanation {
  const safe = candidates.map((c) => ({ id: safeId(c.id), score: c.score }));
  if (safe.every((c, k) => c.id === candidates[k]!.id) || new Set(safe.map((c) => c.id)).size < safe.length) return ex;
  return explainInterviewAdmission(safe, { lang, decimals: dp });
}

function ranks(scores: readonly Decimal[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]!.comparedTo(scores[a]!));
  const out = new Array<number>(scores.length);
  order.forEach((i, k) => {
    const prev = order[k - 1];
    out[i] = prev !== undefined && scores[prev]!.eq(scores[i]!) ? out[prev]! : k + 1;
  });
  return out;
}

const loc = (r: { line?: number }, k: number) => (r.line === undefined ? `candidates[${k}]` : undefined);

/** One candidate of `score --json` for an IS selection (read back by the workbench and the tests). */
export interface ScoreIsCandidateJson {
  rank: number;
  id: string;
  name: string;
  personalQualities: string;
  information: string;
  essayMean: string;
  total: string;
  interviewMean: string | null;
  interview: "admitted" | "tied" | "not-admitted";
}

/** One candidate of `score --json` for a general competition (its `explanation` aside). */
export interface ScoreGcCandidateJson {
  rank: number;
  id: string;
  name: string;
  track: Track;
  O: string;
  E?: string;
  C?: string;
  P?: string;
  I: string;
  max: string;
  presumed: boolean;
}

export function scoreIs(rows: IsRow[], qpb: number | undefined, lang: ExplainLang, dp: number, json: boolean, explain: boolean): string {
  const computed = rows.map((r, k) => {
    const at = <T>(field: string, f: () => T) => atCell(r.line, loc(r, k) ? `${loc(r, k)}.${field}` : field, lang, f);
    const T1 = at("S", () => selectionPersonalQualities(r.S));
    const T2 = at("", () => selectionInformation(r.S1, r.S2, qpb === undefined ? undefined : { questionsPerBlock: qpb }));
    const essay = at("essay", () => meanOfGrades(r.essay.map((g) => selectionEssay(g))));
    const interview = r.interview.length ? at("interview", () => meanOfGrades(r.interview.map((g) => selectionInterview(g)))) : undefined;
    // computed with the library's own Decimal (40 digits): the results are the caller-facing main constructor's
    return { r, T1, T2, essay, interview, total: new D(T1).plus(T2).plus(essay) };
  });
  const rk = ranks(computed.map((c) => c.total));
  const scored = computed.map((c) => ({ id: c.r.id, score: c.total }));
  const admission = admitToInterview(scored);
  const ex = explainInterviewAdmission(scored, { lang, decimals: dp });
  const order = computed.map((_, i) => i).sort((a, b) => rk[a]! - rk[b]! || (computed[a]!.r.id < computed[b]!.r.id ? -1 : 1));
  if (json) {
    return JSON.stringify(
      {
        kind: "is-selection",
        rules: ["R-SEL-1", "R-SEL-2", "R-SEL-3", "R-SEL-4", "R-SEL-5"],
        candidates: order.map((i) => {
          const c = computed[i]!;
          const cand: ScoreIsCandidateJson = {
            rank: rk[i]!,
            id: c.r.id,
            name: c.r.name,
            personalQualities: c.T1.toFixed(),
            information: c.T2.toFixed(),
            essayMean: c.essay.toFixed(),
            total: c.total.toFixed(),
            interviewMean: c.interview?.toFixed() ?? null,
            interview: admission.admitted.includes(c.r.id) ? "admitted" : admission.tiedAtCutoff.includes(c.r.id) ? "tied" : "not-admitted",
          };
          return cand;
        }),
        admission: ex,
        note: tr(lang, "score.jsonNote"),
      },
      null,
      2,
    );
  }
  const body = table(
    [t("rank", lang), "id", t("name", lang), "T (R-SEL-1)", "T (R-SEL-2)", t("essayMean", lang), t("total", lang), `${t("interview", lang)} (R-SEL-5)`],
    order.map((i) => {
      const c = computed[i]!;
      const adm = admission.admitted.includes(c.r.id) ? t("admitted", lang) : admission.tiedAtCutoff.includes(c.r.id) ? t("tied", lang) : "—";
      return [rk[i]!, c.r.id, c.r.name, show(c.T1, dp), show(c.T2, dp), show(c.essay, dp), show(c.total, dp), adm];
    }),
    ["r", "l", "l", "r", "r", "r", "r", "l"],
  );
  const shown = admissionForTable(scored, ex, lang, dp);
  const lines = [body, "", shown.text, ...(explain ? [shown.formula ?? "", shown.citation.text] : []), t("meanNote", lang), t("roundNote", lang)];
  return lines.join("\n");
}

/** The index (into computed) of the best-ranked candidate of a track, ties by id. */
function order0(idx: number[], rk: number[]): number {
  return idx.map((i, k) => ({ i, r: rk[k]! })).sort((a, b) => a.r - b.r)[0]!.i;
}

export function scoreGc(rows: GcRow[], lang: ExplainLang, dp: number, json: boolean, explain: boolean): string {
  const computed = rows.map((r, k) => {
    const at = <T>(field: string, f: () => T) => atCell(r.line, loc(r, k) ? `${loc(r, k)}.${field}` : field, lang, f);
    const O =
      r.track === "lower"
        ? at("iq", () => competitionPersonalQualities({ track: "lower", iq: r.iq as Num }))
        : at("competencies", () => competitionPersonalQualities({ track: r.track as "leadership", competencies: r.competencies ?? [] }));
    let input: Parameters<typeof competitionFinalResult>[0];
    let E: Decimal | undefined;
    let C: Decimal | undefined;
    let P: Decimal | undefined;
    if (r.track === "leadership") {
      E = at("essay", () => meanOfGrades(r.essay.map((g) => selectionEssay(g))));
      C = at("interview", () => competitionInterview(r.interview[0] as Num, r.interview[1] as Num));
      if (r.interview.length > 2) throw new InputError(`${where(r.line, loc(r, k) ? `${loc(r, k)}.interview` : "interview", lang)}: ${tr(lang, "value.twoGrades", { grades: "С1 С2" })}`);
      input = { track: "leadership", O, E, C };
    } else {
      P = at("practical", () => competitionPractical(r.practical[0] as Num, r.practical[1] as Num));
      if (r.practical.length > 2) throw new InputError(`${where(r.line, loc(r, k) ? `${loc(r, k)}.practical` : "practical", lang)}: ${tr(lang, "value.twoGrades", { grades: "П1 П2" })}`);
      input = { track: r.track, O, P };
    }
    // О, Э, С and П were checked above within the bounds competitionFinalResult checks.
    const res = competitionFinalResult(input);
    return { r, O, E, C, P, res, input };
  });
  // Rank within each track: the scales differ (6 against 8.5), never compare across tracks.
  const out: string[] = [];
  const jsonOut: unknown[] = [];
  for (const track of TRACKS) {
    const idx = computed.map((_, i) => i).filter((i) => computed[i]!.r.track === track);
    if (idx.length === 0) continue;
    const rk = ranks(idx.map((i) => computed[i]!.res.value));
    const order = idx.map((i, k) => ({ i, rank: rk[k]! })).sort((a, b) => a.rank - b.rank || (computed[a.i]!.r.id < computed[b.i]!.r.id ? -1 : 1));
    const first = computed[idx[0]!]!;
    const top = computed[order0(idx, rk)]!;
    const ex0 = explainCompetitionFinal(top.input, { lang, decimals: dp });
    if (json) {
      for (const { i, rank } of order) {
        const c = computed[i]!;
        const ex = explainCompetitionFinal(c.input, { lang, decimals: dp });
        const cand: ScoreGcCandidateJson & { explanation: Explanation } = {
          rank,
          id: c.r.id,
          name: c.r.name,
          track,
          O: c.O.toFixed(),
          ...(c.E ? { E: c.E.toFixed() } : {}),
          ...(c.C ? { C: c.C.toFixed() } : {}),
          ...(c.P ? { P: c.P.toFixed() } : {}),
          I: c.res.value.toFixed(),
          max: c.res.max.toFixed(),
          presumed: c.res.presumed,
          explanation: ex,
        };
        jsonOut.push(cand);
      }
      continue;
    }
    const heads = track === "leadership" ? ["Э*", "С"] : ["П"];
    out.push(
      `${t("track", lang)}: ${track}`,
      table(
        [t("rank", lang), "id", t("name", lang), "О (R-GC-1)", ...heads, `И (R-GC-5, ${t("max", lang)} ${show(first.res.max, dp)})`],
        order.map(({ i, rank }) => {
          const c = computed[i]!;
          const parts = track === "leadership" ? [show(c.E!, dp), show(c.C!, dp)] : [show(c.P!, dp)];
          return [rank, c.r.id, c.r.name, show(c.O, dp), ...parts, show(c.res.value, dp)];
        }),
        ["r", "l", "l", "r", ...heads.map(() => "r" as const), "r"],
      ),
    );
    // The formula sentence once per track (for the lower track it says "presumed, not stated").
    out.push(`${safeId(top.r.id)}: ${ex0.text}`);
    if (explain) {
      for (const { i } of order) {
        const ex = explainCompetitionFinal(computed[i]!.input, { lang, decimals: dp });
        out.push(`  ${safeId(computed[i]!.r.id)}: ${ex.formula}`);
      }
      out.push(`  ${ex0.citation.text}`);
    }
    out.push("");
  }
  if (json) return JSON.stringify({ kind: "general-competition", rules: ["R-GC-1", "R-GC-3", "R-GC-4", "R-GC-5"], candidates: jsonOut }, null, 2);
  if (computed.some((c) => c.r.track === "leadership")) out.push(t("meanNote", lang));
  out.push(t("roundNote", lang));
  return out.join("\n");
}

/**
 * The rows of `--out`: a heading row of the `--json` candidates' fields, then one row per
 * candidate in rank order (exact values as strings: read/write.ts writes them as numbers when a
 * double holds them exactly); the explanation objects are left out.
 */
export function resultRows(json: string): OutCell[][] {
  const cands = (JSON.parse(json) as { candidates: Record<string, unknown>[] }).candidates;
  const keys = [...new Set(cands.flatMap((c) => Object.keys(c)))].filter((k) => k !== "explanation");
  return [keys, ...cands.map((c) => keys.map((k) => (c[k] === undefined ? null : (c[k] as OutCell))))];
}
