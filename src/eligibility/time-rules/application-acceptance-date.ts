import type { Calendar } from "../../calendars/calendar.js";
import { applicationAcceptance, type ApplicationAcceptanceOptions } from "./application-acceptance.js";

/**
 * **R-EL-5 (acceptance day, RULES.md §4)** — the Astana civil date a portal application counts
 * from: after working hours (from 18:30 Astana time) or on a day off → the next working day.
 *
 * > «…кандидаттың жұмыс уақыты аяқталғаннан кейін, демалыс және мереке күндері өтінген жағдайда …
 * > өтініштерді қабылдау … келесі жұмыс күні жүргізіледі»
 *
 * "…if applied after the end of working time, on days off and holidays, … the application is
 * accepted … on the next working day" (ASA-52-2026, testing rules App. 5 row 7, seed 001 line 1530,
 * from 11.07.2026; working time Monday–Friday 09:00–18:30, lunch 13:00–14:30, line 1528 —
 * {@link SERVICE_WORKING_HOURS}). For the reason and the edition, use {@link applicationAcceptance}.
 *
 * @rule R-EL-5
 * @param submittedAt - ISO instant with an offset (`Z` or `±HH:MM`).
 * @param cal - calendar (default the built-in one).
 * @param opts - `asOf`, `presume`, `publication`.
 * @returns the acceptance day, `YYYY-MM-DD`.
 * @throws A {@link RuleInputError} for an instant without offset or impossible, a year outside 2012–2077.
 *
 * @example
 * ```ts
 * applicationAcceptanceDate("2026-09-11T18:29:59+05:00") // "2026-09-11"
 * applicationAcceptanceDate("2026-09-11T18:30:00+05:00") // "2026-09-14"
 * applicationAcceptanceDate("2026-10-25T10:00:00+05:00") // "2026-10-27" (Sunday 25, Monday 26 carried)
 * ```
 * @category Time rules
 */
export function applicationAcceptanceDate(submittedAt: string, cal?: Calendar, opts?: ApplicationAcceptanceOptions): string {
  return applicationAcceptance(submittedAt, cal, opts).acceptedOn;
}
