import type { Decimal } from "decimal.js";
import { RuleInputError } from "../errors.js";
import { RESERVE_EXCLUSION_GROUNDS, type ReserveExclusionGround } from "../eligibility/reserve/exclusion-grounds.js";
import { runReserveFunnel } from "../eligibility/reserve/funnel/run-reserve-funnel.js";
import type { ReserveCandidate, ReserveStageEntry, ReserveFunnelResult } from "../eligibility/reserve/funnel/types.js";
import { RESERVE_STAGES, type ReserveStage } from "../eligibility/reserve/quotas.js";
import { RESERVE_SECTORS, type ReserveSector } from "../eligibility/reserve/sectors.js";
import { explainReserveOutcome } from "../explain/explain-reserve-outcome.js";
import { message, show } from "../explain/internal.js";
import type { MessageCode } from "../explain/messages/en.js";
import type { ExplainLang } from "../explain/types.js";
import { langOf, langOr, list, oneOf, parse } from "./args.js";
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

/** The help of `funnel` in `lang` (src/cli/i18n). */
export const funnelHelp = (lang: ExplainLang): string =>
  tr(lang, "help.funnel", { sectors: RESERVE_SECTORS.join(" | "), grounds: RESERVE_EXCLUSION_GROUNDS.join(", ") });
/** The English help (the tests' reference). */
export const FUNNEL_HELP = funnelHelp("en");

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
  if (values.help) return funnelHelp(langOr(values.lang));
  const lang: ExplainLang = langOf(values.lang);
  const ties = oneOf("ties", values.ties, ["admit-all", "strict"] as const, lang);
  const halfRounding = oneOf("half-rounding", values["half-rounding"], ["up", "down"] as const, lang);
  const finalQuotas: Record<string, number> = {};
  for (const q of list(values["final-quota"])) {
    const m = /^([a-z-]+)=(\d+)$/.exec(q);
    if (!m) throw new UsageError(tr(lang, "usage.finalQuota", { value: quoted(q) }));
    finalQuotas[m[1]!] = Number(m[2]);
  }
  if (positionals.length !== 1) throw new UsageError(`${tr(lang, "usage.funnelFile")}\n\n${funnelHelp(lang)}`);
  const path = positionals[0]!;
  const delimiter = delimiterOf(values.delimiter, lang);
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
      const e = entry(decimalComma(rec.fields[j] ?? "", input), rec.line, c, lang);
      if (e !== undefined) scores[c as ReserveStage] = e;
    }
    // the sector as written in the file: runReserveFunnel refuses one that is not a sector id
    candidates[k] = { id: (rec.fields[idCol] ?? "").trim(), sector: (rec.fields[secCol] ?? "").trim() as ReserveSector, scores };
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
