/**
 * **R-CAL-1, R-CAL-2** — Kazakhstan's days off as dated data: the statutory days off, the first
 * day of Kurban Ait per year, and the day-off transfers per year. The logic that turns them into
 * working days is in {@link kazakhstanCalendar}; nothing here is computed.
 *
 * Sources (cited once here; `ruleSource("R-CAL-1")` / `("R-CAL-2")` give the registry entries):
 * - Law of the Republic of Kazakhstan "On holidays in the Republic of Kazakhstan"
 *   («Қазақстан Республикасындағы мерекелер туралы») No. 267-II of 13.12.2001, as amended;
 * - the Labour Code of the Republic of Kazakhstan, the article on holidays (non-working holidays,
 *   and a day off that coincides with a holiday moves to the next working day); transfers of
 *   days off are made under art. 85 para 3 of the Labour Code (quoted in the 2024 transfer order);
 * - the Constitution of 2026 (adopted at the referendum of 15.03.2026, in force 01.07.2026):
 *   Constitution Day is 15 March from 2027; the number of the act amending the holidays law is
 *   not known to this library and is not given;
 * - the yearly transfer acts (Government resolutions until 2023, orders of the Minister of
 *   Labour and Social Protection from 2024), cited one by one below.
 *
 * The seed texts point to the same two acts: the service standards of ASA-52-2026 (testing rules
 * App. 5 row 7, `sources/001_a64fa5ff937c345c.txt` lines 1528, 1530) give the working schedule
 * as Monday–Friday «Қазақстан Республикасының Еңбек кодексіне және "Қазақстан Республикасындағы
 * мерекелер туралы" Қазақстан Республикасының Заңына сәйкес демалыс және мереке күндерін
 * қоспағанда» ("except days off and holidays under the Labour Code and the Law On holidays").
 *
 * Cross-checked against python `holidays` (vacanza/holidays, `holidays/countries/kazakhstan.py`,
 * the version with the 2026 Constitution change): same days off, same transfers (same adilet
 * documents), same Kurban Ait dates 2012–2025; see docs/calendars.md for the differences.
 *
 * @module
 */

/** First year the Kazakhstan working-day calendar covers. */
export const CALENDAR_FIRST_YEAR = 2012;
/**
 * Last year the working-day calendar covers: the last year with a (estimated) Kurban Ait date in
 * {@link KURBAN_AIT_DATES}. Beyond it the calendar would silently miss a day off, so it stops.
 */
export const CALENDAR_LAST_YEAR = 2077;

/** Kind of a statutory day off. `religious` days are never carried to a working day. */
export type StatutoryKind = "holiday" | "religious";

/**
 * One statutory day off (R-CAL-1), fixed by month and day, with the years it applies.
 *
 * @category Calendars
 */
export interface StatutoryDayOff {
  readonly month: number;
  readonly day: number;
  /** First year it is a day off *in this library* (a value of 2012 means "already before 2012"). */
  readonly fromYear: number;
  /** Last year it is a day off (inclusive); absent = still in force. */
  readonly toYear?: number;
  readonly kind: StatutoryKind;
  /** Kazakh name. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** Russian name. */
  readonly nameRu: string;
  /** Whether it moves to the next working day when it falls on a Saturday or Sunday. */
  readonly carried: boolean;
  /** Where the rule comes from. */
  readonly source: string;
  readonly note?: string;
}

const LAW = 'Law "On holidays in the Republic of Kazakhstan" No. 267-II of 13.12.2001, as amended';
const LAW_AND_CODE = /* @__PURE__ */ (() => `${LAW}; Labour Code of the Republic of Kazakhstan, the article on holidays`)();
const CONSTITUTION_2026 =
  "Constitution of 2026 (adopted at the referendum of 15.03.2026, in force 01.07.2026) and the amendment of the holidays law that followed it (act number not known here)";

/** Russian names of the days off, keyed by their Kazakh names (the official Russian titles of the holidays law). */
export const DAY_OFF_NAMES_RU: Readonly<Record<string, string>> = /* @__PURE__ */ (() => Object.freeze({
  "Жаңа жыл": "Новый год",
  "Православиелік Рождество": "Православное Рождество",
  "Халықаралық әйелдер күні": "Международный женский день",
  "Қазақстан Республикасының Конституциясы күні": "День Конституции Республики Казахстан",
  "Наурыз мейрамы": "Наурыз мейрамы",
  "Қазақстан халқының бірлігі мерекесі": "Праздник единства народа Казахстана",
  "Отан қорғаушы күні": "День защитника Отечества",
  "Жеңіс күні": "День Победы",
  "Астана күні": "День столицы",
  "Республика күні": "День Республики",
  "Қазақстан Республикасы күні": "День Республики Казахстан",
  "Қазақстан Республикасының Тұңғыш Президенті күні": "День Первого Президента Республики Казахстан",
  "Тәуелсіздік күні": "День Независимости",
  "Құрбан айт": "Курбан айт",
  "Ауыстырылған демалыс күні": "Перенесённый выходной день",
}))();

function d(
  month: number,
  day: number,
  fromYear: number,
  toYear: number | undefined,
  kind: StatutoryKind,
  name: string,
  nameEn: string,
  source: string = LAW_AND_CODE,
  note?: string,
): StatutoryDayOff {
  return Object.freeze({
    month,
    day,
    fromYear,
    ...(toYear === undefined ? {} : { toYear }),
    kind,
    name,
    nameEn,
    nameRu: DAY_OFF_NAMES_RU[name] ?? name,
    carried: kind === "holiday",
    source,
    ...(note === undefined ? {} : { note }),
  });
}

/**
 * The statutory days off of Kazakhstan from 2012 (R-CAL-1), in calendar order. Kurban Ait, whose
 * date changes every year, is in {@link KURBAN_AIT_DATES}.
 *
 * @category Calendars
 */
export const STATUTORY_DAYS_OFF: readonly StatutoryDayOff[] = /* @__PURE__ */ (() => Object.freeze([
  d(1, 1, 2012, undefined, "holiday", "Жаңа жыл", "New Year"),
  d(1, 2, 2012, undefined, "holiday", "Жаңа жыл", "New Year"),
  d(1, 7, 2012, undefined, "religious", "Православиелік Рождество", "Orthodox Christmas", LAW_AND_CODE,
    "religious holiday: a day off, never carried when it falls on a weekend"),
  d(3, 8, 2012, undefined, "holiday", "Халықаралық әйелдер күні", "International Women's Day"),
  d(3, 15, 2027, undefined, "holiday", "Қазақстан Республикасының Конституциясы күні", "Constitution Day",
    CONSTITUTION_2026,
    "Constitution Day is the day of the 2026 constitutional referendum (15.03.2026) from 2027; Monday 16.03.2026 was a working day"),
  d(3, 21, 2012, undefined, "holiday", "Наурыз мейрамы", "Nauryz"),
  d(3, 22, 2012, undefined, "holiday", "Наурыз мейрамы", "Nauryz"),
  d(3, 23, 2012, undefined, "holiday", "Наурыз мейрамы", "Nauryz"),
  d(5, 1, 2012, undefined, "holiday", "Қазақстан халқының бірлігі мерекесі", "Kazakhstan People's Unity Day"),
  d(5, 7, 2013, undefined, "holiday", "Отан қорғаушы күні", "Defender of the Fatherland Day", LAW_AND_CODE,
    "a day off from 2013 (as in python holidays); 7 May 2012 was a working day"),
  d(5, 9, 2012, undefined, "holiday", "Жеңіс күні", "Victory Day"),
  d(7, 6, 2012, undefined, "holiday", "Астана күні", "Capital Day"),
  d(8, 30, 2012, 2025, "holiday", "Қазақстан Республикасының Конституциясы күні", "Constitution Day", LAW_AND_CODE,
    "30 August is a day off until 2025 only; 2026 has no Constitution Day off (30.08.2026 is a Sunday and carries nothing; Monday 31.08.2026 is a working day)"),
  d(10, 25, 2022, 2025, "holiday", "Республика күні", "Republic Day", LAW_AND_CODE,
    "a day off again from 2022 (it had not been one since 2009)"),
  d(10, 25, 2026, undefined, "holiday", "Қазақстан Республикасы күні", "Day of the Republic of Kazakhstan",
    `${LAW_AND_CODE}; ${CONSTITUTION_2026}`, "renamed from 2026 (before: «Республика күні»)"),
  d(12, 1, 2012, 2021, "holiday", "Қазақстан Республикасының Тұңғыш Президенті күні", "First President Day", LAW_AND_CODE,
    "abolished as a holiday in 2022"),
  d(12, 16, 2012, undefined, "holiday", "Тәуелсіздік күні", "Independence Day"),
  d(12, 17, 2012, 2021, "holiday", "Тәуелсіздік күні", "Independence Day", LAW_AND_CODE,
    "Independence Day was 16–17 December until 2021; from 2022 it is 16 December only"),
]))();

/** Kazakh and English names of the first day of Kurban Ait (Eid al-Adha). */
export const KURBAN_AIT_NAME = /* @__PURE__ */ (() => Object.freeze({ name: "Құрбан айт", nameEn: "Kurban Ait (first day)", nameRu: "Курбан айт (первый день)" }))();

/**
 * One year's first day(s) of Kurban Ait. A Gregorian year can hold two (2039, 2071).
 *
 * @category Calendars
 */
export interface KurbanAitYear {
  readonly dates: readonly string[];
  /** `confirmed`: the published date; `estimated`: a computed date that may move by a day. */
  readonly status: "confirmed" | "estimated";
  readonly source: string;
}

const KA_CONFIRMED = /* @__PURE__ */ (() => `${LAW_AND_CODE} (first day of Kurban Ait, date fixed yearly); date as in python holidays' Kazakhstan data (confirmed years 2006–2025)`)();
const KA_2026 = /* @__PURE__ */ (() => `${LAW_AND_CODE}; the published 2026 production calendar (RULES.md R-CAL-1: Kurban Ait 27.05.2026)`)();
const KA_ESTIMATED = "estimated: python holidays' Islamic-calendar table (Eid al-Adha); Kazakhstan's announced date may differ by a day";

const KA_TABLE: Readonly<Record<number, string | readonly string[]>> = {
  2012: "2012-10-26", 2013: "2013-10-15", 2014: "2014-10-04", 2015: "2015-09-24", 2016: "2016-09-12",
  2017: "2017-09-01", 2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31", 2021: "2021-07-20",
  2022: "2022-07-09", 2023: "2023-06-28", 2024: "2024-06-16", 2025: "2025-06-06", 2026: "2026-05-27",
  2027: "2027-05-16", 2028: "2028-05-05", 2029: "2029-04-24", 2030: "2030-04-13", 2031: "2031-04-02",
  2032: "2032-03-22", 2033: "2033-03-11", 2034: "2034-03-01", 2035: "2035-02-18", 2036: "2036-02-07",
  2037: "2037-01-26", 2038: "2038-01-16", 2039: ["2039-01-05", "2039-12-26"], 2040: "2040-12-14",
  2041: "2041-12-04", 2042: "2042-11-23", 2043: "2043-11-12", 2044: "2044-10-31", 2045: "2045-10-21",
  2046: "2046-10-10", 2047: "2047-09-30", 2048: "2048-09-19", 2049: "2049-09-08", 2050: "2050-08-28",
  2051: "2051-08-17", 2052: "2052-08-05", 2053: "2053-07-26", 2054: "2054-07-15", 2055: "2055-07-05",
  2056: "2056-06-23", 2057: "2057-06-12", 2058: "2058-06-01", 2059: "2059-05-22", 2060: "2060-05-10",
  2061: "2061-04-30", 2062: "2062-04-20", 2063: "2063-04-09", 2064: "2064-03-28", 2065: "2065-03-17",
  2066: "2066-03-06", 2067: "2067-02-24", 2068: "2068-02-13", 2069: "2069-02-02", 2070: "2070-01-22",
  2071: ["2071-01-11", "2071-12-31"], 2072: "2072-12-20", 2073: "2073-12-09", 2074: "2074-11-29",
  2075: "2075-11-18", 2076: "2076-11-07", 2077: "2077-10-27",
};

/**
 * First day of Kurban Ait per year, 2012–2077 (R-CAL-1): confirmed 2012–2026, estimated from 2027.
 * Kurban Ait is a religious day off: never carried. Callers who know a later year's announced
 * date pass it to {@link kazakhstanCalendar} (`kurbanAit`).
 *
 * @category Calendars
 */
export const KURBAN_AIT_DATES: Readonly<Record<number, KurbanAitYear>> = /* @__PURE__ */ (() => Object.freeze(
  Object.fromEntries(
    Object.entries(KA_TABLE).map(([y, v]) => {
      const year = Number(y);
      const status = year <= 2026 ? "confirmed" : "estimated";
      const source = year <= 2025 ? KA_CONFIRMED : year === 2026 ? KA_2026 : KA_ESTIMATED;
      const dates = Object.freeze(typeof v === "string" ? [v] : [...v]);
      return [year, Object.freeze({ dates, status, source })];
    }),
  ) as Record<number, KurbanAitYear>,
))();

/**
 * One transfer of a day off (R-CAL-2): `off` becomes a day off, `worked` (usually a Saturday or
 * Sunday, or a carried day off) becomes a working day.
 *
 * @category Calendars
 */
export interface DayOffTransfer {
  readonly off: string;
  readonly worked?: string;
  /** The act that made the transfer. */
  readonly act: string;
  readonly note?: string;
}

function adilet(code: string): string {
  return `adilet.zan.kz/kaz/docs/${code}`;
}
function gov(code: string, what = "Government resolution"): string {
  return `${what}, ${adilet(code)} (the document python holidays cites for this year)`;
}
function t(off: string, worked: string, act: string, note?: string): DayOffTransfer {
  return Object.freeze({ off, worked, act, ...(note === undefined ? {} : { note }) });
}

/**
 * Known transfers of days off by year, 2012–2025 (R-CAL-2). Until 2023 they were made by
 * resolutions of the Government; from 2024 by orders of the Minister of Labour and Social
 * Protection under art. 85 para 3 of the Labour Code. No transfer is known for 2026 (the Ministry
 * said in January 2026 that none was planned for January). A year absent here has no known
 * transfer; whether it is fully known is {@link CONFIRMED_YEARS}.
 *
 * @category Calendars
 */
export const DAY_OFF_TRANSFERS: Readonly<Record<number, readonly DayOffTransfer[]>> = /* @__PURE__ */ (() => Object.freeze({
  2012: Object.freeze([
    t("2012-03-09", "2012-03-11", gov("P1200000268")),
    t("2012-04-30", "2012-04-28", gov("P1200000458")),
    t("2012-12-31", "2012-12-29", gov("P1200001538")),
  ]),
  2013: Object.freeze([
    t("2013-05-10", "2013-05-04", gov("P1300000345")),
    t("2013-10-14", "2013-10-12", gov("P1300001068")),
  ]),
  2014: Object.freeze([
    t("2014-01-03", "2013-12-28", gov("P1300001322"), "made in 2013 for 2014: Saturday 28.12.2013 worked"),
    t("2014-05-02", "2014-05-04", gov("P1400000365")),
    t("2014-05-08", "2014-05-11", gov("P1400000365")),
  ]),
  2016: Object.freeze([t("2016-03-07", "2016-03-05", gov("P1600000067"))]),
  2017: Object.freeze([
    t("2017-03-20", "2017-03-18", gov("P1700000005")),
    t("2017-07-07", "2017-07-01", gov("P1700000005")),
  ]),
  2018: Object.freeze([
    t("2018-03-09", "2018-03-03", gov("P1700000864")),
    t("2018-04-30", "2018-04-28", gov("P1700000864")),
    t("2018-05-08", "2018-05-05", gov("P1700000864")),
    t("2018-08-31", "2018-08-25", gov("P1700000864")),
    t("2018-12-31", "2018-12-29", gov("P1700000864")),
  ]),
  2019: Object.freeze([t("2019-05-10", "2019-05-04", gov("P1800000888"))]),
  2020: Object.freeze([
    t("2020-01-03", "2020-01-05", gov("P1900000820")),
    t("2020-05-08", "2020-05-11", "as in python holidays' 2020 data (no separate act cited there; not verified here)",
      "Victory Day 09.05.2020 fell on a Saturday: the carried day off moved from Monday 11.05 to Friday 08.05"),
    t("2020-12-18", "2020-12-20", gov("P1900000820")),
  ]),
  2021: Object.freeze([t("2021-07-05", "2021-07-03", gov("P2000000930"))]),
  2022: Object.freeze([
    t("2022-03-07", "2022-03-05", gov("P2200000796")),
    t("2022-08-29", "2022-08-27", gov("P2200000796")),
    t("2022-10-24", "2022-10-22", gov("P2200000796"), "Saturday 22.10.2022 worked for Monday 24.10.2022 (Republic Day on Tuesday 25.10)"),
  ]),
  2023: Object.freeze([t("2023-07-07", "2023-07-01", gov("P2300000326"))]),
  2024: Object.freeze([
    t("2024-05-08", "2024-05-04",
      `Order of the acting Minister of Labour and Social Protection of 17.04.2024 "On the transfer of a day of rest in 2024", under art. 85 para 3 of the Labour Code, ${adilet("G24G0000109")}`),
  ]),
  2025: Object.freeze([
    t("2025-01-03", "2025-01-05",
      `Order of the Minister of Labour and Social Protection (November 2024) on the transfer of a day of rest in 2025, ${adilet("G24G0000436")}`),
  ]),
}))();

/**
 * Years whose transfers and Kurban Ait date are known data (R-CAL-2): 2012–2026. Other years are
 * computed from the statute alone ("statutory-only", see {@link calendarCoverage}).
 *
 * @category Calendars
 */
export const CONFIRMED_YEARS: readonly number[] = /* @__PURE__ */ (() => Object.freeze(
  Array.from({ length: 2026 - CALENDAR_FIRST_YEAR + 1 }, (_, i) => CALENDAR_FIRST_YEAR + i),
))();
