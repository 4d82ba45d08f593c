import { SEEDS } from "../../sources/acts.js";

/**
 * **R-EL-5 (acceptance day)** — the working schedule of the testing service, as data
 * (ASA-52-2026, testing rules App. 5 row 7, new wording from 11.07.2026, seed 001 lines 1528–1530):
 *
 * > «1) көрсетілетін қызметті беруші – … демалыс және мереке күндерін қоспағанда, дүйсенбі – жұма
 * > аралығында сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 09.00-ден 18.30-ға дейін.
 * > Бұл ретте, көрсетілетін қызметті берушінің шешімі бойынша тестілеу залдарының жұмыс уақытын
 * > 23.00-ге дейін ұзартуға жол беріледі;
 * > 2) портал – техникалық жұмыстарды жүргізуге байланысты үзілістерді қоспағанда тәулік бойы
 * > (кандидаттың жұмыс уақыты аяқталғаннан кейін, демалыс және мереке күндері өтінген жағдайда …
 * > өтініштерді қабылдау және мемлекеттік көрсетілетін қызметті көрсету нәтижесін беру келесі жұмыс
 * > күні жүргізіледі).»
 *
 * "1) the service provider — Monday to Friday from 09:00 to 18:30 with a lunch break from 13:00 to
 * 14:30, except days off and holidays under the Labour Code and the Law "On holidays"; test halls
 * may work until 23:00 by the provider's decision; 2) the portal — round the clock except breaks
 * for technical work (if applied after the end of working time, on days off and holidays, the
 * application is accepted and the result given on the next working day)."
 *
 * Clock times are Astana time (R-CAL-3). The text writes «кандидаттың жұмыс уақыты» ("the
 * candidate's working time"); the library reads it as the provider's working time of sub-point 1
 * (a candidate has no working time in this service) — a reading, documented in docs/time-rules.md.
 *
 * @category Time rules
 */
export const SERVICE_WORKING_HOURS = /* @__PURE__ */ (() => Object.freeze({
  rule: "R-EL-5",
  /** Working days: Monday–Friday except the days off (R-CAL-1). */
  days: "Monday–Friday, except days off and holidays (Labour Code; Law \"On holidays in the Republic of Kazakhstan\")",
  /** Opening time, Astana. */
  opens: "09:00",
  /** End of working time, Astana: from this instant on, a portal application counts from the next working day. */
  closes: "18:30",
  /** Lunch break (within working time: not "after the end of working time"). */
  lunch: Object.freeze({ from: "13:00", to: "14:30" }),
  /** Test halls may work until 23:00 by the provider's decision — halls only, not the acceptance of applications. */
  testHallsMayExtendTo: "23:00",
  act: "ASA-52-2026",
  locator: "List point 16, paragraphs 89–90: testing rules App. 5 (service standard) row 7 «Жұмыс кестесі», in force from 11.07.2026",
  seed: SEEDS.asa52,
  lines: "1520-1540",
}))();
