import type { Decimal } from "decimal.js";
import { RuleInputError } from "../errors.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../eligibility/reserve/exclusion-grounds.js";
import { runReserveFunnel } from "../eligibility/reserve/funnel/run-reserve-funnel.js";
import type { ReserveCandidate, ReserveStageEntry, ReserveFunnelResult } from "../eligibility/reserve/funnel/types.js";
import { RESERVE_STAGES, type ReserveStage } from "../eligibility/reserve/quotas.js";
import { RESERVE_SECTORS } from "../eligibility/reserve/sectors.js";
import { explainReserveOutcome } from "../explain/explain-reserve-outcome.js";
import { message, show } from "../explain/internal.js";
import type { MessageCode } from "../explain/messages/en.js";
import type { ExplainLang } from "../explain/types.js";
import { langOf, list, oneOf, parse } from "./args.js";
import { InputError, ruleErrorLines, UsageError, where } from "./errors.js";
import { tr } from "./i18n/index.js";
import { Progress, readFileTable, writeOut } from "./io.js";
import { decimalComma } from "./read/sheet.js";
import { delimiterOf, TABLE_OPTIONS, tableColumns } from "./table-input.js";
import { t } from "./labels.js";
import { MESSAGE_VALUE_MAX, quoted, safeText } from "./safe-text.js";
import { table } from "./table.js";

/**
 * Most candidates of one `funnel` campaign (CSV rows after the header): four times the Reserve's
 * ~500,000 applicants. 1,000,000 rows took 9.6 s and 1.3 GB, 2,000,000 rows 26 s and 2.3 GB.
 */
export const FUNNEL_MAX_ROWS = 2_000_000;

export const FUNNEL_HELP = `Usage: kz-civil-service-rules funnel <campaign.csv> [options]

Runs the Presidential Youth Reserve 2025 funnel (R-PYR-3) on a campaign file (CSV or .xlsx) and
prints, for every stage, a per-sector table: competed, left, quota, admitted, cut-off, tied.

Options:
  --ties admit-all|strict     ties across a quota at a selection stage (default admit-all)
  --half-rounding up|down     50 % of an odd number after block 1 (default up: a choice, not the text's)
  --final-quota SECTOR=N      the National Commission's revised quota of a sector (repeatable)
  --explain ID                explain where candidate ID stopped and why (repeatable)
  --json                      JSON output (exact values as strings)
  --out FILE.xlsx|FILE.csv    also write the per-stage, per-sector table to a workbook or CSV file
  --delimiter , | ; | tab     the CSV separator (default: detected on the header line)
  --sheet NAME                the sheet of an .xlsx workbook (default: the first)
  --lang kk|ru|en             language (default en)
  -h, --help                  this help

CSV: a header row, then one row per candidate:
  id,sector,text,numeric,situational,assessment,interview,expert,national
  sector = ${RESERVE_SECTORS.join(" | ")}
  a stage cell: a score (e.g. 21, 4.5); empty = stage not reached; "absent"; "excluded" or
  "excluded:<ground>" (${RESERVE_EXCLUSION_GROUNDS.join(", ")}); "null" = left without saying why.
Exit codes: 0 ok, 1 invalid input (with the line and field), 2 usage.`;

function entry(cell: string, line: number, stage: string): ReserveStageEntry | undefined {
  const v = cell.trim();
  if (v === "") return undefined;
  if (v === "null") return null;
  if (v === "absent") return { status: "absent" };
  if (v === "excluded") return { status: "excluded" };
  if (v.startsWith("excluded:")) {
    const g = v.slice("excluded:".length);
    if (!(RESERVE_EXCLUSION_GROUNDS as readonly string[]).includes(g)) {
      throw new InputError(`line ${line}, field ${stage}: unknown exclusion ground ${quoted(g)} (expected ${RESERVE_EXCLUSION_GROUNDS.join(", ")})`);
    }
    return { status: "excluded", ground: g as ReserveExclusionGround };
  }
  return v;
}

/**
 * An explanation's sentence with the candidate's id in it as {@link safeText} shows it (a line
 * break or an escape sequence in an id given to `--explain` is escaped, a long id cut); the
 * sentence itself when the id needs neither.
 */
function withSafeId(text: string, id: string): string {
  const safe = safeText(id, MESSAGE_VALUE_MAX);
  return safe === id ? text : text.split(id).join(safe);
}

const dec = (d: Decimal | undefined) => (d === undefined ? null : d.toFixed());

export async function funnel(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv, {
    ties: { type: "string" },
    "half-rounding": { type: "string" },
    "final-quota": { type: "string", multiple: true },
    explain: { type: "string", multiple: true },
    ...TABLE_OPTIONS,
  });
  if (values.help) return FUNNEL_HELP;
  const lang: ExplainLang = langOf(values.lang);
  const ties = oneOf("ties", values.ties, ["admit-all", "strict"] as const);
  const halfRounding = oneOf("half-rounding", values["half-rounding"], ["up", "down"] as const);
  const finalQuotas: Record<string, number> = {};
  for (const q of list(values["final-quota"])) {
    const m = /^([a-z-]+)=(\d+)$/.exec(q);
    if (!m) throw new UsageError(`--final-quota: expected SECTOR=N, got ${quoted(q)}`);
    finalQuotas[m[1]!] = Number(m[2]);
  }
  if (positionals.length !== 1) throw new UsageError("funnel: give exactly one campaign CSV file\n\n" + FUNNEL_HELP);
  const path = positionals[0]!;
  const delimiter = delimiterOf(values.delimiter);
  const input = await readFileTable(
    path,
    { ...(delimiter ? { delimiter } : {}), ...(typeof values.sheet === "string" ? { sheet: values.sheet } : {}), maxRows: FUNNEL_MAX_ROWS },
    lang,
  );
  const cols = tableColumns(input, ["id", "sector", ...RESERVE_STAGES], ["id", "sector"], path, lang);
  const records = input.rows;
  const progress = new Progress(records.length, tr(lang, "progress.reading"), undefined, lang);
  const candidates: ReserveCandidate[] = new Array(records.length);
  const lines: number[] = new Array(records.length);
  const idCol = cols.indexOf("id");
  const secCol = cols.indexOf("sector");
  const stageCols = cols.map((c, j) => [c, j] as const).filter(([c]) => (RESERVE_STAGES as readonly string[]).includes(c));
  records.forEach((rec, k) => {
    progress.tick(k);
    // a workbook's row may end before its last empty cells
    if (rec.fields.length > cols.length || (input.format === "csv" && rec.fields.length !== cols.length)) {
      throw new InputError(tr(lang, "read.fieldCount", { line: rec.line, count: rec.fields.length, header: cols.length }));
    }
    const scores: Partial<Record<ReserveStage, ReserveStageEntry>> = {};
    for (const [c, j] of stageCols) {
      const e = entry(decimalComma(rec.fields[j] ?? "", input), rec.line, c);
      if (e !== undefined) scores[c as ReserveStage] = e;
    }
    candidates[k] = { id: (rec.fields[idCol] ?? "").trim(), sector: (rec.fields[secCol] ?? "").trim(), scores };
    lines[k] = rec.line;
  });
  progress.done();
  progress.note(tr(lang, "progress.funnel", { count: records.length }));
  let r: ReserveFunnelResult;
  try {
    r = runReserveFunnel(candidates, {
      ...(ties ? { ties } : {}),
      ...(halfRounding ? { halfRounding } : {}),
      ...(Object.keys(finalQuotas).length ? { finalQuotas } : {}),
    });
  } catch (e) {
    if (e instanceof RuleInputError) {
      // Name the CSV line and column of each problem (candidates[i].scores.stage → line, stage).
      const msgs = ruleErrorLines(e, lang);
      const out = e.issues.map((iss, n) => {
        const m = /^candidates\[(\d+)\](?:\.scores)?(?:\.(\w+))?/.exec(iss.field);
        if (!m) return msgs[n]!;
        return `${where(lines[Number(m[1])], m[2] ?? "row", lang)}: ${msgs[n]}`;
      });
      throw new InputError(out.join("\n"));
    }
    throw e;
  }
  const outNote =
    typeof values.out === "string"
      ? await writeOut(
          values.out,
          [
            ["stage", "next", "sector", "competed", "left", "quota", "admitted", "cutoff", "tied"],
            ...r.stages.flatMap((st) =>
              RESERVE_SECTORS.map((sec) => {
                const x = st.bySector[sec];
                return [st.stage, st.next, sec, x.competed, x.left.total, x.quota, x.admitted, dec(x.cutoff), x.tied.length];
              }),
            ),
          ],
          lang,
        )
      : undefined;
  const explained = list(values.explain).map((id) => explainReserveOutcome(r, id, { lang }));
  if (values.json) {
    return JSON.stringify(
      {
        rule: "R-PYR-3",
        options: r.options,
        stages: r.stages.map((s) => ({
          stage: s.stage,
          next: s.next,
          admitted: s.admitted.length,
          bySector: Object.fromEntries(
            Object.entries(s.bySector).map(([sec, x]) => [sec, { ...x, cutoff: dec(x.cutoff), tiedScore: dec(x.tiedScore) }]),
          ),
        })),
        reserve: r.reserve,
        awaitingCommission: r.awaitingCommission,
        explanations: explained,
      },
      null,
      2,
    );
  }
  const out: string[] = [];
  for (const s of r.stages) {
    const stageName = message(lang, `label.stage.${s.stage}` as MessageCode);
    const nextName = message(lang, `label.stage.${s.next}` as MessageCode);
    out.push(`${s.stage}: ${stageName} → ${nextName}`);
    out.push(
      table(
        [t("sector", lang), t("competed", lang), t("left", lang), t("quota", lang), t("admitted", lang), t("cutoff", lang), t("tied", lang)],
        RESERVE_SECTORS.map((sec) => {
          const x = s.bySector[sec];
          return [sec, x.competed, x.left.total, x.quota, x.admitted, x.cutoff ? show(x.cutoff, 4) : "—", x.tied.length ? `${x.tied.length}${x.tiedAdmitted ? " (+)" : ""}` : "—"];
        }),
        ["l", "r", "r", "r", "r", "r", "r"],
      ),
      "",
    );
  }
  const awaiting = r.awaitingCommission.map((id) => safeText(id, MESSAGE_VALUE_MAX)).join(", ");
  out.push(`${t("reserve", lang)}: ${r.reserve.length}; ${t("awaiting", lang)}: ${r.awaitingCommission.length}${r.awaitingCommission.length ? ` (${awaiting})` : ""}`);
  list(values.explain).forEach((id, k) => {
    const e = explained[k]!;
    out.push("", withSafeId(e.text, id), `  ${withSafeId(e.formula ?? "", id)}`, `  ${e.citation.text}`);
  });
  if (outNote !== undefined) out.push(outNote);
  return out.join("\n");
}
