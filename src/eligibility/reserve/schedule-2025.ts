/**
 * The calendar of the 2025 selection to the Presidential Youth Reserve (R-PYR-6), as data.
 *
 * @module
 */
import { SEEDS } from "../../sources/acts.js";

/**
 * One dated window of the 2025 Reserve selection.
 *
 * Dates are Astana civil dates. A window runs from 00:00 of `from` to the end of `to`
 * (24:00, i.e. its last instant is 23:59:59.999), except where `toTime: "23:59"` — the text gives
 * the minute, read by {@link MinuteReading}.
 *
 * @category Calendars
 */
export interface ReserveWindow {
  /** Stable id, e.g. `"text-block"`. */
  readonly id: string;
  /** Section of the procedure (1–9). */
  readonly section: number;
  /** English name. */
  readonly name: string;
  /** First day (Astana). */
  readonly from: string;
  /** Last day (Astana); `null` = open-ended (undated in the text). */
  readonly to: string | null;
  /** `"23:59"` where the text ends the window at 23:59 of `to`. */
  readonly toTime?: "23:59";
  /** Where the start is not dated in the text: the library's presumption, stated. */
  readonly startPresumed?: string;
  /** Where the end is read one of two ways: the reading used. */
  readonly endReading?: string;
  /** The Kazakh words that date the window. */
  readonly quote: string;
  /** Lines in seed 004. */
  readonly lines: string;
  /** The windows it belongs to (e.g. the text block is part of section 5's window). */
  readonly partOf?: string;
}

/**
 * **R-PYR-6** — the 2025 calendar of the Presidential Youth Reserve selection
 * (PYR-2025, seed 004), every date checked against the Kazakh text. All dates 2025.
 *
 * Times: the procedure gives clock times (00:00, 23:59) without naming a time zone; the library
 * reads them as Astana time (R-CAL-3: UTC+5 throughout 2025) — RULES.md's reading, not a
 * sentence of seed 004.
 *
 * Not a window: during document acceptance the Agency sends weekly lists of candidates to the
 * Prosecutor General's Office, the NSC, the Anti-Corruption and Financial Monitoring agencies and
 * the ministries of Internal Affairs, Justice and Finance, which answer within one week of
 * receiving a list (§4, lines 276–291) — see {@link RESERVE_2025_VERIFICATION_REPLY}.
 *
 * @category Calendars
 */
export const RESERVE_2025_SCHEDULE: readonly ReserveWindow[] = /* @__PURE__ */ (() => Object.freeze([
  { id: "information-campaign", section: 1, name: "Information and explanation campaign", from: "2025-05-19", to: "2025-05-30", quote: "2025 жылғы 19 – 30 мамыр кезеңінде", lines: "5" },
  { id: "document-acceptance", section: 2, name: "Acceptance of candidates' documents (www.pkrezerv.gov.kz)", from: "2025-06-01", to: "2025-06-30", toTime: "23:59", quote: "2025 жылғы 1 маусым (00 сағат 00 минут) мен 30 маусым (23 сағат 59 минут) кезеңінде", lines: "56-58" },
  { id: "verification", section: 4, name: "Verification of candidates and their documents", from: "2025-06-01", to: "2025-07-31", quote: "2025 жылғы 1 маусым – 31 шілде кезеңінде", lines: "238-240" },
  { id: "text-and-numeric-stage", section: 5, name: "Stage: working with text and numeric information (testing and proctoring)", from: "2025-08-02", to: "2025-08-15", quote: "2025 жылғы 2 – 15 тамыз кезеңінде (тестілеуден өтуді және прокторинг рәсімін қоса алғанда)", lines: "315-317" },
  { id: "text-block", section: 5, name: "Test block 1: text information", from: "2025-08-02", to: "2025-08-03", quote: "бірінші блогы 2025 жылғы 2–3 тамыз кезеңінде", lines: "337-339", partOf: "text-and-numeric-stage" },
  { id: "text-block-proctoring", section: 5, name: "Proctoring of block 1", from: "2025-08-04", to: "2025-08-07", quote: "(прокторинг – 2025 жылғы 4 – 7 тамыз кезеңінде)", lines: "339-341", partOf: "text-and-numeric-stage" },
  { id: "numeric-block", section: 5, name: "Test block 2: numeric information", from: "2025-08-09", to: "2025-08-10", quote: "екінші блогы 2025 жылғы 9 – 10 тамыз кезеңінде", lines: "353-355", partOf: "text-and-numeric-stage" },
  { id: "numeric-block-proctoring", section: 5, name: "Proctoring of block 2", from: "2025-08-11", to: "2025-08-14", quote: "(прокторинг – 2025 жылғы 11 – 14 тамыз кезеңінде)", lines: "355-357", partOf: "text-and-numeric-stage" },
  { id: "situational", section: 6, name: "Stage: situational tasks", from: "2025-08-16", to: "2025-08-17", quote: "Бұл кезең 2025 жылғы 16 – 17 тамыз кезеңінде", lines: "422" },
  { id: "situational-proctoring", section: 6, name: "Proctoring of the situational tasks", from: "2025-08-18", to: "2025-08-20", quote: "(прокторинг – 2025 жылғы 18 – 20 тамыз кезеңінде)", lines: "422-424" },
  { id: "competency-stage", section: 7, name: "Stage: competency assessment (assessment centre and competency interview)", from: "2025-08-22", to: "2025-10-03", quote: "2025 жылғы 22 тамыз – 3 қазан кезеңінде кандидаттардың «Құзыреттерді бағалау» кезеңі өткізіледі", lines: "553-555" },
  { id: "assessment-centre", section: 7, name: "Assessment centre (offline, Academy)", from: "2025-08-22", to: "2025-08-28", quote: "«Ассессмент-орталық» … бірінші блогы 2025 жылғы 22 – 28 тамыз кезеңінде", lines: "569-571", partOf: "competency-stage" },
  { id: "assessment-centre-reports", section: 7, name: "Assessment centre: preparation of reports", from: "2025-08-29", to: "2025-09-21", quote: "(есептерді дайындау – 29 тамыз – 21 қыркүйек кезеңінде", lines: "571", partOf: "competency-stage" },
  { id: "assessment-centre-results", section: 7, name: "Assessment centre: summing up of results", from: "2025-09-22", to: "2025-09-22", quote: "қорытындылау – 2025 жылғы 22 қыркүйекте)", lines: "573", partOf: "competency-stage" },
  {
    id: "interview-registration", section: 7, name: "Registration for the competency interview (top 200)", from: "2025-09-22", to: "2025-09-22", toTime: "23:59",
    startPresumed: "The text opens registration «from when the results of the assessment centre are posted» (undated); the results are summed up on 22.09.2025, so the library presumes the window opens at 00:00 on 22.09.2025.",
    quote: "Сұхбатқа тіркелу «Ассессмент-орталық» блогының нәтижелері орналастырылған кезден бастап ашылады және 2025 жылғы 22 қыркүйекте сағат 23:59-ға дейін қолжетімді болады", lines: "630-636", partOf: "competency-stage",
  },
  { id: "competency-interview", section: 7, name: "Competency interview", from: "2025-09-23", to: "2025-09-28", quote: "«Құзыреттер бойынша сұхбат» блогы 2025 жылғы 23 – 28 қыркүйек кезеңінде", lines: "622-624", partOf: "competency-stage" },
  { id: "competency-interview-reports", section: 7, name: "Competency interview: preparation of reports", from: "2025-09-29", to: "2025-10-02", quote: "есептерді дайындау – 2025 жылғы 29 қыркүйек – 2 қазан кезеңінде", lines: "624-626", partOf: "competency-stage" },
  {
    id: "expert-commission-preparatory-meeting", section: 8, name: "Preparatory meeting with Academy teachers for the candidates admitted to the Expert Commission (online or offline)", from: "2025-10-01", to: "2025-10-01",
    startPresumed: "The text dates the meeting only as «one week before» the Expert Commission stage begins (08.10.2025): 08.10.2025 − 7 days = 01.10.2025, read as one day; the text gives no other date.",
    quote: "«Сараптама комиссиясында кандидаттармен әңгімелесу» кезеңі басталардан бір апта бұрын осы кезеңге жіберілген кандидаттар үшін Академия оқытушыларымен … дайындық кездесу ұйымдастырылады (онлайн немесе оффлайн-режимде)", lines: "679-685",
  },
  { id: "expert-commission", section: 8, name: "Interview at the Expert Commission (offline, Agency)", from: "2025-10-08", to: "2025-10-15", quote: "2025 жылғы 8–15 қазан кезеңінде", lines: "667-671" },
  {
    id: "national-commission", section: 9, name: "National Commission: review of the candidates proposed by the Expert Commission", from: "2025-10-16", to: "2025-10-25",
    startPresumed: "Undated start: the text says only «until 25 October» for candidates proposed by the Expert Commission, whose interviews end on 15.10.2025; the library presumes the window opens on 16.10.2025.",
    endReading: "«2025 жылғы 25 қазанға дейін» (until 25 October) is read as including 25 October, consistent with the results being published «after 25 October» (from 26.10.2025).",
    quote: "2025 жылғы 25 қазанға дейін Сараптама комиссиясы ұсынған кандидаттарды Ұлттық комиссия отырысында қарау кезеңі өтеді", lines: "752-754",
  },
  { id: "results-publication", section: 9, name: "Publication of the final results (by the Agency)", from: "2025-10-26", to: null, quote: "Резервке іріктеудің қорытынды нәтижелерін жариялауды Агенттік 2025 жылғы 25 қазаннан кейін жүзеге асырады", lines: "780-782", endReading: "«after 25 October»: from 26.10.2025; the text gives no end." },
] satisfies ReserveWindow[]))();

/**
 * PYR-2025 §4: state bodies answer the Agency's weekly verification lists within one week of
 * receiving them («тізімін алғаннан бастап бір апта мерзімде», seed 004 lines 287–291).
 *
 * @category Calendars
 */
export const RESERVE_2025_VERIFICATION_REPLY = /* @__PURE__ */ (() => Object.freeze({
  rule: "R-PYR-6",
  listsSent: "weekly, during document acceptance (01.06.2025–30.06.2025)",
  replyWithin: { weeks: 1, from: "receipt of the list" },
  quote: "Көрсетілген мемлекеттік органдар кандидаттардың тізімін алғаннан бастап бір апта мерзімде Агенттікке … тексеру нәтижелерін жолдайды.",
  seed: SEEDS.pyr2025,
  lines: "276-291",
} as const))();

/** Ids of the windows of {@link RESERVE_2025_SCHEDULE}. @category Calendars */
export type ReserveWindowId = (typeof RESERVE_2025_SCHEDULE)[number]["id"];
