import { addWorkingDays } from "../calendars/add-working-days.js";
import { calendarCoverage } from "../calendars/calendar-coverage.js";
import { daysOff } from "../calendars/days-off.js";
import { isWorkingDay } from "../calendars/is-working-day.js";
import { langOf, parse, wholeOf } from "./args.js";
import { atCell, UsageError } from "./errors.js";
import { quoted } from "./safe-text.js";
import { t } from "./labels.js";
import { table } from "./table.js";
import { tr } from "./i18n/index.js";

export const WORKDAYS_HELP = `Usage:
  kz-civil-service-rules workdays --year YYYY                  the days off of a year (R-CAL-1, R-CAL-2)
  kz-civil-service-rules workdays --after YYYY-MM-DD --days N  the N-th working day after a date
  kz-civil-service-rules workdays --check YYYY-MM-DD           is the date a working day?

Options: --json, --lang kk|ru|en (names of days off: Kazakh for kk, Russian for ru, English for en), -h/--help
A year from 2027 on is computed from the statute alone ("statutory-only") and may still change.
Exit codes: 0 ok, 1 invalid input, 2 usage.`;

export function workdays(argv: string[]): string {
  const { values, positionals } = parse(argv, {
    year: { type: "string" },
    after: { type: "string" },
    days: { type: "string" },
    check: { type: "string" },
  });
  if (values.help) return WORKDAYS_HELP;
  const lang = langOf(values.lang);
  if (positionals.length > 0) throw new UsageError(`workdays: unexpected argument ${quoted(positionals[0]!)}\n\n${WORKDAYS_HELP}`);
  const modes = [values.year, values.after, values.check].filter((v) => v !== undefined).length;
  if (modes !== 1) throw new UsageError("workdays: give one of --year, --after (with --days), --check\n\n" + WORKDAYS_HELP);
  if (values.year !== undefined) {
    const year = wholeOf("year", values.year)!;
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
  const n = wholeOf("days", values.days);
  if (n === undefined) throw new UsageError("workdays: --after needs --days N");
  const from = String(values.after);
  const result = atCell(undefined, "after", lang, () => addWorkingDays(from, n));
  return values.json ? JSON.stringify({ after: from, days: n, date: result }) : result;
}
