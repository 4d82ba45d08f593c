/**
 * The durations the 2025 Reserve procedure states (R-PYR-4), as data with their citations.
 *
 * @module
 */
import { SEEDS } from "../../sources/acts.js";

/**
 * One duration of the 2025 Reserve selection.
 *
 * @category Eligibility
 */
export interface ReserveDuration {
  readonly id: string;
  /** Section of the procedure. */
  readonly section: number;
  readonly what: string;
  /** Least and greatest length in minutes (equal when the text gives one length; `min` 0 for "not more than"). */
  readonly minutes: { readonly min: number; readonly max: number };
  /** How the text states it. */
  readonly kind: "exactly" | "at-most" | "range";
  readonly quote: string;
  readonly seed: string;
  readonly lines: string;
  readonly rule: "R-PYR-4";
}

const DATA: readonly Omit<ReserveDuration, "seed" | "rule">[] = [
  { id: "test-block", section: 5, what: "each test block (text information; numeric information)", minutes: { min: 25, max: 25 }, kind: "exactly",
    quote: "Әрбір тестілеу блогының ұзақтығы 25 минутты құрайды.", lines: "381" },
  { id: "situational-tasks", section: 6, what: "the situational-tasks stage (and the answer: at most 500 words)", minutes: { min: 0, max: 45 }, kind: "at-most",
    quote: "Кезеңнің ұзақтығы 45 минуттан аспайды, бұл ретте ситуациялық тапсырманы шешу көлемі 500 сөзден аспауға тиіс.", lines: "466-470" },
  { id: "assessment-centre", section: 7, what: "the assessment-centre block, per candidate (offline, at the Academy)", minutes: { min: 300, max: 360 }, kind: "range",
    quote: "Бір кандидат үшін «Ассессмент-орталық» блогы рәсімінің ұзақтығы 5-тен 6 сағатқа дейін созылады.", lines: "582-584" },
  { id: "expert-commission-presentation", section: 8, what: "the candidate's presentation of their view on developing the sector at the Expert Commission, before the members' questions", minutes: { min: 0, max: 5 }, kind: "at-most",
    quote: "Сараптама комиссиясындағы әңгімелесуде кандидат 5 минут ішінде тиісті саланы, бағдарды немесе қызмет бағыттарын дамытуға өзінің көзқарасын таныстыруы қажет.", lines: "713-717" },
];

/**
 * **R-PYR-4** — the durations stated in the 2025 Reserve procedure (seed 004): each test block 25
 * minutes; the situational tasks at most 45 minutes (and at most 500 words); the assessment centre
 * 5 to 6 hours per candidate; the candidate's presentation at the Expert Commission 5 minutes.
 *
 * The text gives these as facts of the stages; no rule of the procedure turns them into a date or a
 * score. The 5-minute presentation: «кандидат 5 минут ішінде … өзінің көзқарасын таныстыруы қажет»
 * — "within 5 minutes" — is read as a limit of 5 minutes (`kind: "at-most"`).
 *
 * @rule R-PYR-4
 * @category Eligibility
 */
export const RESERVE_2025_DURATIONS: readonly ReserveDuration[] = /* @__PURE__ */ (() => Object.freeze(
  DATA.map((d): ReserveDuration => Object.freeze({ ...d, minutes: Object.freeze({ ...d.minutes }), seed: SEEDS.pyr2025, rule: "R-PYR-4" })),
))();

/** Greatest length of the situational-tasks answer, in words (seed 004 line 470). @category Eligibility */
export const RESERVE_2025_SITUATIONAL_MAX_WORDS = 500;
