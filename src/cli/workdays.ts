import { addWorkingDays } from "../calendars/add-working-days.js";
import { calendarCoverage } from "../calendars/calendar-coverage.js";
import { daysOff } from "../calendars/days-off.js";
import { isWorkingDay } from "../calendars/is-working-day.js";
import type { ExplainLang } from "../explain/types.js";
import { langOf, langOr, parse, wholeOf } from "./args.js";
import { atCell, UsageError } from "./errors.js";
import { quoted } from "./safe-text.js";
import { t } from "./labels.js";
import { table } from "./table.js";
import { tr } from "./i18n/index.js";

/** The help of `workdays` in `lang` (src/cli/i18n). */
export const workdaysHelp = (lang: ExplainLang): string => tr(lang, "help.workdays");
/** The English help (the tests' reference). */
export const WORKDAYS_HELP = workdaysHelp("en");

export function workdays(argv: string[]): string {
  const { values, positionals } = parse(argv, {
    year: { type: "string" },
    after: { type: "string" },
    days: { type: "string" },
    check: { type: "string" },
  });
  if (values.help) return workdaysHelp(langOr(values.lang));
  const lang = langOf(values.lang);
  if (positionals.length > 0) {
    throw new UsageError(`${tr(lang, "usage.unexpectedArgument", { command: "workdays", value: quoted(positionals[0]!) })}\n\n${workdaysHelp(lang)}`);
  }
  const modes = [values.year, values.after, values.check].filter((v) => v !== undefined).length;
  if (modes !== 1) throw new UsageError(`${tr(lang, "usage.workdaysMode")}\n\n${workdaysHelp(lang)}`);
  if (values.year !== undefined) {
    const year = wholeOf("year", values.year, 0, lang)!;
    const list = atCell(undefined, "year", lang, () => daysOff(year));
    const coverage = atCell(undefined, "year", lang, () => calendarCoverage(year));
    if (values.json) return JSON.stringify({ year, coverage, daysOff: list }, null, 2);
    return [
      table([t("date", lang), t("kind", lang), t("dayName", lang)], list.map((d) => [d.date, tr(lang, `kind.${d.kind}`), lang === "en" ? d.nameEn : lang === "ru" ? d.nameRu : d.name])),
      `${t("coverage", lang)} ${year}: ${coverage}`,
    ].join("\n");
  }
  if (values.check !== undefined) {
    const d = String(values.check);
    const working = atCell(undefined, "check", lang, () => isWorkingDay(d));
    return values.json ? JSON.stringify({ date: d, workingDay: working }) : `${d}: ${tr(lang, working ? "workdays.working" : "workdays.off")}`;
  }
  const n = wholeOf("days", values.days, 0, lang);
  if (n === undefined) throw new UsageError(tr(lang, "usage.afterDays"));
  const from = String(values.after);
  const result = atCell(undefined, "after", lang, () => addWorkingDays(from, n));
  return values.json ? JSON.stringify({ after: from, days: n, date: result }) : result;
}
