import { SEEDS } from "../acts.js";
import { cite, type Citation } from "../citation.js";

/** Citations of the rules of this module (see RULES.md). */
export const CALENDAR_CITATIONS = /* @__PURE__ */ (() => ({
  "R-CAL-1": cite({
    rule: "R-CAL-1",
    title:
      "Working days of Kazakhstan: Monday–Friday minus the statutory days off (carried to the next working day when on a weekend, except 7 January and Kurban Ait)",
    act: "ASA-52-2026",
    locator:
      "List point 16: testing rules App. 5 (service standard) row 7, working schedule «дүйсенбі – жұма … демалыс және мереке күндерін қоспағанда», which refers to the Labour Code and the Law \"On holidays in the Republic of Kazakhstan\"; the days off themselves are in that Law and the Labour Code (not in the sources)",
    seed: SEEDS.asa52,
    lines: "1528-1530",
    also: [
      "Law of the Republic of Kazakhstan \"On holidays in the Republic of Kazakhstan\" No. 267-II of 13.12.2001, as amended (list of holidays)",
      "Labour Code of the Republic of Kazakhstan, the article on holidays (non-working holidays; a day off coinciding with a holiday moves to the next working day)",
      "Constitution of 2026 (referendum of 15.03.2026, in force 01.07.2026): Constitution Day 15 March from 2027, no Constitution Day off in 2026; the amending act's number is not known here",
      "Data: src/calendars/days-off-data.ts (STATUTORY_DAYS_OFF, KURBAN_AIT_DATES), cross-checked with python holidays (vacanza/holidays, holidays/countries/kazakhstan.py)",
    ],
  }),
  "R-CAL-2": cite({
    rule: "R-CAL-2",
    title: "Transfers of days off by the Government (per year, each with its act); years without data are computed from the statute alone",
    act: "ASA-52-2026",
    locator:
      "List point 16: testing rules App. 5 row 7 (working days under the Labour Code and the Law \"On holidays\"); the transfers are acts of the Government (resolutions until 2023) and of the Minister of Labour and Social Protection (orders from 2024) under art. 85 para 3 of the Labour Code, not in the sources",
    seed: SEEDS.asa52,
    lines: "1528-1530",
    also: [
      "2024: order of the acting Minister of Labour and Social Protection of 17.04.2024 \"On the transfer of a day of rest in 2024\" (Sat 04.05 worked, Wed 08.05 off), adilet.zan.kz G24G0000109",
      "2025: order of the Minister of Labour and Social Protection (November 2024) (Sun 05.01 worked, Fri 03.01 off), adilet.zan.kz G24G0000436",
      "2012–2023: Government resolutions, adilet.zan.kz P1200000268, P1200000458, P1200001538, P1300000345, P1300001068, P1300001322, P1400000365, P1600000067, P1700000005, P1700000864, P1800000888, P1900000820, P2000000930, P2200000796, P2300000326 (as cited by python holidays)",
      "Data: src/calendars/days-off-data.ts (DAY_OFF_TRANSFERS, CONFIRMED_YEARS)",
    ],
  }),
  "R-CAL-3": cite({
    rule: "R-CAL-3",
    title: "Astana time: the orders' clock times are Astana time, UTC+6 until 2024-03-01 00:00 (= 2024-02-29T18:00:00Z), UTC+5 from then",
    act: "PYR-2025",
    locator:
      "clock times of the orders, e.g. PYR-2025 section 2 «1 маусым (00 сағат 00 минут) мен 30 маусым (23 сағат 59 минут)» and section 7 «22 қыркүйекте сағат 23:59-ға дейін»; the sources name no time zone — RULES.md R-CAL-3 reads them as Astana time. The move of Kazakhstan to a single UTC+5 on 01.03.2024 is a decision of the Government, not in the sources (its number is not given here)",
    seed: SEEDS.pyr2025,
    lines: "56-58, 634",
    also: [
      "ASA-52-2026 List point 16, para 56: testing rules point 15 «жиырма төрт сағат ішінде» (an instant-based period), seed 001 line 1416",
      "IANA tz database, zone Asia/Almaty: +06 until 2024 Mar 1 0:00, then +05 — used only to cross-check the tests, never at run time",
    ],
  }),
  "R-CAL-4": cite({
    rule: "R-CAL-4",
    title: "Rule versions in time: each rule's edition and the period it applies (docs/effective-dates.md as data)",
    act: "ASA-52-2026",
    locator:
      "point 4: in force «алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң», except the listed paragraphs of the List, in force from 11.07.2026 (publication date not in the sources)",
    seed: SEEDS.asa52,
    lines: "19-27",
    also: [
      "ASA-184-2024 point 4: in force after the day of first official publication, except paragraphs 16–25 of its point 1 from 01.01.2025 — which presupposes publication by 31.12.2024, the library's one presumption for the whole act (issue 18); repealed from 01.01.2026 (sources/000_841e172d5348f664.txt lines 7-9, 123-125)",
      "ASA-180-2012 point 4 and the note on its repeal by order No. 04-2-4/56 of 29.03.2014 (sources/003_933028b0de46bbd3.txt lines 9-13, 26-27)",
      "Data: src/sources/effective-dates.ts (PUBLICATIONS, AMENDMENT_SCHEDULE, RULE_VERSIONS); docs/versions.md",
    ],
  }),
} as const satisfies Record<string, Citation>))();

