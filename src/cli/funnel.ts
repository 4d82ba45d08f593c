import type { Decimal } from "decimal.js";
import { RESERVE_EXCLUSION_GROUNDS } from "../eligibility/reserve/exclusion-grounds.js";
import { runReserveFunnel } from "../eligibility/reserve/funnel/run-reserve-funnel.js";
import type { ReserveFunnelResult } from "../eligibility/reserve/funnel/types.js";
import { RESERVE_SECTORS } from "../eligibility/reserve/sectors.js";
import { explainReserveOutcome } from "../explain/explain-reserve-outcome.js";
import { message, show } from "../explain/internal.js";
import type { MessageCode } from "../explain/messages/en.js";
import type { ExplainLang } from "../explain/types.js";
import { langOf, langOr, list, oneOf, parse } from "./args.js";
import { UsageError } from "./errors.js";
import { FUNNEL_MAX_ROWS, funnelCandidates, funnelInputError } from "./funnel-rows.js";
import { tr } from "./i18n/index.js";
import { Progress, readFileTable, writeOut } from "./io.js";
import { delimiterOf, TABLE_OPTIONS } from "./table-input.js";
import { t } from "./labels.js";
import { MESSAGE_VALUE_MAX, quoted, safeText } from "./safe-text.js";
import { table } from "./table.js";

export { FUNNEL_MAX_ROWS } from "./funnel-rows.js";

/** The help of `funnel` in `lang` (src/cli/i18n). */
export const funnelHelp = (lang: ExplainLang): string =>
  tr(lang, "help.funnel", { sectors: RESERVE_SECTORS.join(" | "), grounds: RESERVE_EXCLUSION_GROUNDS.join(", ") });
/** The English help (the tests' reference). */
export const FUNNEL_HELP = funnelHelp("en");

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
  const progress = new Progress(input.rows.length, tr(lang, "progress.reading"), undefined, lang);
  const { candidates, lines } = funnelCandidates(input, path, lang, (k) => progress.tick(k));
  progress.done();
  progress.note(tr(lang, "progress.funnel", { count: candidates.length }));
  let r: ReserveFunnelResult;
  try {
    r = runReserveFunnel(candidates, {
      ...(ties ? { ties } : {}),
      ...(halfRounding ? { halfRounding } : {}),
      ...(Object.keys(finalQuotas).length ? { finalQuotas } : {}),
    });
  } catch (e) {
    throw funnelInputError(e, lines, lang);
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
