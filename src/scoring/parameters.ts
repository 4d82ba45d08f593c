import type { Track } from "./tracks.js";

// Parameters of the scoring rules, as typed constant data with their place in the sources (line
// numbers of the seed files under `sources/`). The functions of this module read them; no number
// of the law is written inside logic. Values are decimal strings (build Decimals from them).

/**
 * Where a parameter is printed: seed file and line range.
 *
 * @category Scoring
 */
export interface ParameterSource {
  readonly seed: string;
  readonly lines: string;
}

const ASA52 = "sources/001_a64fa5ff937c345c.txt";
const ASA184 = "sources/000_841e172d5348f664.txt";

/**
 * IS selection (R-SEL-1…4): coefficients and scales of App. 1 "Бағалау әдістемесі" of the IS
 * selection rules (ASA-52-2026 App. 7; earlier edition ASA-184-2024 App. 1).
 *
 * @category Scoring
 */
export const SELECTION_PARAMETERS = {
  /** R-SEL-1: «0,02 – жеке қасиеттерін бағалау коэффициенті». */
  personalQualitiesCoefficient: "0.02",
  /** R-SEL-1: S is a percentage, 0–100. */
  personalQualitiesMaxPercent: "100",
  /** R-SEL-2: «0,1 – мәтіндік ақпаратпен жұмыс істеу қабілетін бағалау коэффициенті». */
  textCoefficient: "0.1",
  /** R-SEL-2: «0,1 – сандық ақпаратпен жұмыс істеу қабілетін бағалау коэффициенті». */
  numericCoefficient: "0.1",
  /** R-SEL-3: the essay rubric runs from 0 to 5 points. */
  essayMaxPoints: "5",
  /** R-SEL-4: the interview rubric runs from 0 to 3 points. */
  interviewMaxPoints: "3",
  source: { seed: ASA52, lines: "2258-2287" } as ParameterSource,
  earlierSource: { seed: ASA184, lines: "243-247" } as ParameterSource,
} as const;

/**
 * Personal-qualities parameters of one track (R-GC-1).
 *
 * @category Scoring
 */
export interface PersonalQualitiesParameters {
  readonly track: Track;
  /** The formula exactly as printed (Kazakh text). */
  readonly printed: string;
  /** Number of competency scores (leadership 10, non-leadership 7); absent for the lower track. */
  readonly competencies?: number;
  /** «5 баллға келтіру коэффициенті» — the coefficient bringing the result to 5 points. */
  readonly divisor: string;
  /** Upper bound of one competency score (inferred from the 5-point scale, not stated). */
  readonly competencyMax?: string;
  /** Upper bound of IQ (inferred: 30 logic questions, 30 / 6 = 5; not stated). */
  readonly iqMax?: string;
  readonly source: ParameterSource;
}

/**
 * General competition, personal qualities О (R-GC-1), per track: the competency count, the
 * coefficient «бағалауды 5 баллға келтіру» and the inferred bounds of the inputs.
 *
 * @category Scoring
 */
export const PERSONAL_QUALITIES_PARAMETERS: Readonly<Record<Track, PersonalQualitiesParameters>> = {
  leadership: {
    track: "leadership",
    printed: "О= О1+О2+О3+О4+О5+О6+О7+О+8+О9+О10/10",
    competencies: 10,
    divisor: "10",
    competencyMax: "5",
    source: { seed: ASA52, lines: "1952-1962" },
  },
  "non-leadership": {
    track: "non-leadership",
    printed: "О = О1+О2+О3+О4+О5+О6+О7/7",
    competencies: 7,
    divisor: "7",
    competencyMax: "5",
    source: { seed: ASA52, lines: "1964-1974" },
  },
  lower: {
    track: "lower",
    printed: "О= (IQ/6);",
    divisor: "6",
    iqMax: "30",
    source: { seed: ASA52, lines: "1976-1984" },
  },
};

/**
 * General competition, practical assessment П (R-GC-3) and interview С (R-GC-4): two tasks /
 * two questions, each graded «0-5 балл».
 *
 * @category Scoring
 */
export const COMPETITION_STAGE_PARAMETERS = {
  /** «П1 – бірінші тапсырманың бағасы 0-5 балл; П2 – екінші тапсырманың бағасы 0-5 балл». */
  practicalTaskMax: "5",
  /** «С1 – бірінші сұрақ жауабы үшін баға 0-5 балл; С2 – екінші сұрақ жауабы үшін баға 0-5 балл». */
  interviewQuestionMax: "5",
  /** Э: the essay rubric runs from 0 to 5 points. */
  essayMax: "5",
  practicalSource: { seed: ASA52, lines: "1994-2002" } as ParameterSource,
  interviewSource: { seed: ASA52, lines: "2024-2032" } as ParameterSource,
} as const;

/**
 * One stage's weight and the upper bound of its result in a final-score formula (R-GC-5).
 *
 * @category Scoring
 */
export interface FinalTerm {
  /** Stage symbol: О, Э, С or П (Latin field names O, E, C, P in the API). */
  readonly field: "O" | "E" | "C" | "P";
  readonly symbol: "О" | "Э" | "С" | "П";
  readonly weight: string;
  readonly max: string;
}

/**
 * The final-score formula of one track (R-GC-5).
 *
 * @category Scoring
 */
export interface FinalFormula {
  readonly track: Track;
  readonly terms: readonly FinalTerm[];
  /** The formula in the library's notation. */
  readonly formula: string;
  /** The formula as printed in the order; `null` where the order prints none (lower track). */
  readonly printed: string | null;
  /** `true` where the order gives no formula and the library presumes one (lower track). */
  readonly presumed: boolean;
  /** Why the formula applies; for a presumption, the reasoning and the formulas the text does give. */
  readonly note: string;
  readonly source: ParameterSource;
}

const PRESUMPTION_NOTE =
  "presumed, not stated: the evaluation methodology prints a final-score formula only for leadership positions " +
  "(«Басшылық лауазымдар үшін: И=0,4*О+0,4 *Э +0,2*С», line 2048) and for non-leadership positions " +
  "(«Басшылық емес лауазымдар үшін: И=0,3*О+0,7*П», line 2068); it gives none for lower positions. " +
  "Lower positions are not leadership positions and are assessed, like non-leadership ones, by О and П, " +
  "so the library applies И = 0.3·О + 0.7·П to them as a presumption.";

/**
 * General competition, final score И (R-GC-5), per track: weights, input maxima, whether the
 * formula is stated by the order or presumed by the library.
 *
 * @category Scoring
 */
export const COMPETITION_FINAL_FORMULAS: Readonly<Record<Track, FinalFormula>> = {
  leadership: {
    track: "leadership",
    terms: [
      { field: "O", symbol: "О", weight: "0.4", max: "5" },
      { field: "E", symbol: "Э", weight: "0.4", max: "5" },
      { field: "C", symbol: "С", weight: "0.2", max: "10" },
    ],
    formula: "И = 0.4·О + 0.4·Э + 0.2·С",
    printed: "И=0,4*О+0,4 *Э +0,2*С",
    presumed: false,
    note: "stated: «Басшылық лауазымдар үшін: И=0,4*О+0,4 *Э +0,2*С» (weights 40 %, 40 %, 20 %)",
    source: { seed: ASA52, lines: "2044-2064" },
  },
  "non-leadership": {
    track: "non-leadership",
    terms: [
      { field: "O", symbol: "О", weight: "0.3", max: "5" },
      { field: "P", symbol: "П", weight: "0.7", max: "10" },
    ],
    formula: "И = 0.3·О + 0.7·П",
    printed: "И=0,3*О+0,7*П",
    presumed: false,
    note: "stated: «Басшылық емес лауазымдар үшін: И=0,3*О+0,7*П» (weights 30 %, 70 %)",
    source: { seed: ASA52, lines: "2066-2080" },
  },
  lower: {
    track: "lower",
    terms: [
      { field: "O", symbol: "О", weight: "0.3", max: "5" },
      { field: "P", symbol: "П", weight: "0.7", max: "10" },
    ],
    formula: "И = 0.3·О + 0.7·П (presumed, not stated)",
    printed: null,
    presumed: true,
    note: PRESUMPTION_NOTE,
    source: { seed: ASA52, lines: "2044-2080" },
  },
};
