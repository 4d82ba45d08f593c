/**
 * R-TH-1, R-TH-2, R-TH-3 — the three testing programs of the personal-qualities test for corps "B"
 * positions, as data (testing rules App. 6, new edition by ASA-52-2026, List point 16, App. 5;
 * `sources/001_a64fa5ff937c345c.txt` lines 2135–2163).
 *
 * @module
 */
import { SEEDS } from "../../sources/acts.js";

/** One competency (or test block) of a program. */
export interface ProgramCompetency {
  /** Stable English id, e.g. `"proactivity"`. */
  readonly id: string;
  /** Kazakh name as printed in the source. */
  readonly kk: string;
  /** English name. */
  readonly en: string;
  /** Number of tasks (or questions) the source gives for it. */
  readonly tasks: number;
  /** Whether the source counts them as "тапсырма" (tasks) or "сұрақ" (questions). */
  readonly unit: "tasks" | "questions";
}

/** A personal-qualities testing program (R-TH-1…3). */
export interface PersonalQualitiesProgram {
  /** 1, 2 or 3. */
  readonly program: 1 | 2 | 3;
  /** Rule id. */
  readonly rule: "R-TH-1" | "R-TH-2" | "R-TH-3";
  /** Which positions: leadership, non-leadership, lower (not requiring work experience). */
  readonly track: "leadership" | "non-leadership" | "lower";
  /** Category codes the program is for, in the source's order, Latin letters (see {@link normalizeCategory}). */
  readonly categories: readonly string[];
  /** The categories exactly as printed (the source mixes Cyrillic and Latin look-alikes). */
  readonly categoriesAsPrinted: string;
  /** Competencies (programs 1, 2) or test blocks (program 3), in the source's order. */
  readonly competencies: readonly ProgramCompetency[];
  /** Pass marks; `null` where the source sets none. Decimal strings. */
  readonly passMarks: {
    /** Minimum total, inclusive ("кемінде"). Programs 1 and 2 only. */
    readonly total: string | null;
    /** Minimum of every competency, inclusive. Programs 1 and 2 only. */
    readonly eachCompetency: string | null;
    /** Minimum of the logical-thinking block, inclusive. Program 3 only. */
    readonly logic: string | null;
  };
  /**
   * Time limits in minutes as the source gives them; `null` where the source is silent.
   * The only sentence on time ("Тесттерді орындауға жалпы берілетін уақыт 120 минут, оның ішінде
   * логикалық ойлау – 30 минут", line 2163) follows program 3 and names its logic block, so it is
   * read as program 3's; for programs 1 and 2 App. 6 gives no time.
   */
  readonly minutes: { readonly total: number | null; readonly logic: number | null };
  /** Score scale of one competency / block: stated in the source, or inferred (see notes). */
  readonly scale: { readonly min: string; readonly max: string; readonly stated: boolean };
  /** Seed file and lines. */
  readonly seed: string;
  readonly lines: string;
  /** Notes on readings and inferences. */
  readonly notes: readonly string[];
}

/** The ten competencies of program 1, in the source's order (line 2143). */
const C = {
  proactivity: { id: "proactivity", kk: "проактивтілік", en: "proactivity", tasks: 12, unit: "tasks" },
  communication: { id: "communication", kk: "коммуникативтілік", en: "communication skills", tasks: 12, unit: "tasks" },
  analyticalThinking: { id: "analytical-thinking", kk: "талдамалық ойлау", en: "analytical thinking", tasks: 12, unit: "tasks" },
  strategicThinking: { id: "strategic-thinking", kk: "стратегиялық ойлау", en: "strategic thinking", tasks: 12, unit: "tasks" },
  leadership: { id: "leadership", kk: "көшбасшылық", en: "leadership", tasks: 12, unit: "tasks" },
  ethics: { id: "ethics", kk: "әдептілік", en: "ethics (integrity of conduct)", tasks: 12, unit: "tasks" },
  resultOrientation: { id: "result-orientation", kk: "нәтижеге бағдарлану", en: "result orientation", tasks: 12, unit: "tasks" },
  antiCorruption: { id: "intolerance-of-corruption", kk: "сыбайлас жемқорлыққа төзбеушілік", en: "intolerance of corruption", tasks: 12, unit: "tasks" },
  responsibility: { id: "responsibility", kk: "жауапкершілік", en: "responsibility", tasks: 12, unit: "tasks" },
  serviceManagement: { id: "service-management", kk: "қызметті басқару", en: "service management", tasks: 12, unit: "tasks" },
} as const satisfies Record<string, ProgramCompetency>;

const SCALE_NOTE =
  "The source gives no scale for a competency score. The library reads it as 0–5: the general competition methodology (001 lines 1943–1962) averages the same competency scores with \"10 – 5 баллға келтіру коэффициенті\" (10 = coefficient bringing to 5 points), and the pass marks (2.5 per competency, 30 of 10, 20 of 7) fit a 5-point scale. So program 1's total is at most 50, program 2's at most 35. Inferred, not stated.";

/**
 * The three programs. Category lists checked against the source line by line (lines 2145, 2151,
 * 2157), and against RULES.md §3: they agree.
 *
 * @category Thresholds
 */
export const PERSONAL_QUALITIES_PROGRAMS = /* @__PURE__ */ (() => ({
  1: {
    program: 1,
    rule: "R-TH-1",
    track: "leadership",
    categoriesAsPrinted:
      "А-1, В-1, В-2, В-3, B-4, С-1, С-2, С-3, С-О-1, С-О-2, С-О-3, С-О-4, С-R-1, C-R-2, C-R-3, D-1, D-2, D-3, D-О-1, D-О-2, D-О-3, D-R-1, D-R-2, D-R-3, Е-1, Е-2, Е-3, E-R-1, E-R-2, E-R-3, E-G-1, E-G-2",
    categories: [
      "A-1", "B-1", "B-2", "B-3", "B-4", "C-1", "C-2", "C-3", "C-O-1", "C-O-2", "C-O-3", "C-O-4",
      "C-R-1", "C-R-2", "C-R-3", "D-1", "D-2", "D-3", "D-O-1", "D-O-2", "D-O-3", "D-R-1", "D-R-2", "D-R-3",
      "E-1", "E-2", "E-3", "E-R-1", "E-R-2", "E-R-3", "E-G-1", "E-G-2",
    ],
    competencies: [
      C.proactivity, C.communication, C.analyticalThinking, C.strategicThinking, C.leadership,
      C.ethics, C.resultOrientation, C.antiCorruption, C.responsibility, C.serviceManagement,
    ],
    passMarks: { total: "30", eachCompetency: "2.5", logic: null },
    minutes: { total: null, logic: null },
    scale: { min: "0", max: "5", stated: false },
    seed: SEEDS.asa52,
    lines: "2139-2149",
    notes: [
      "«Тестілеуден өту шекті мәні кемінде 30 баллды құрайды, оның ішінде әрбір құзырет бойынша кемінде 2,5 балл құрауы тиіс.» (line 2149)",
      "The 12 tasks per competency are given in the paragraph that lists the competencies of programs 1 and 2 together (line 2143).",
      SCALE_NOTE,
    ],
  },
  2: {
    program: 2,
    rule: "R-TH-2",
    track: "non-leadership",
    categoriesAsPrinted: "А-2, А-3, А-4, А-5, В-2, В-3, В-4, B-5, С-3, С-4, С-О-4, D-3, D-4",
    categories: ["A-2", "A-3", "A-4", "A-5", "B-2", "B-3", "B-4", "B-5", "C-3", "C-4", "C-O-4", "D-3", "D-4"],
    competencies: [
      C.proactivity, C.communication, C.analyticalThinking, C.ethics, C.resultOrientation,
      C.antiCorruption, C.responsibility,
    ],
    passMarks: { total: "20", eachCompetency: "2.5", logic: null },
    minutes: { total: null, logic: null },
    scale: { min: "0", max: "5", stated: false },
    seed: SEEDS.asa52,
    lines: "2141-2155",
    notes: [
      "«Тестілеуден өту шекті мәні кемінде 20 баллды құрайды, оның ішінде әрбір құзырет бойынша кемінде 2,5 балл құрауы тиіс.» (line 2155)",
      "Program 2 lists seven competencies (line 2153): program 1's ten without strategic thinking, leadership and service management.",
      "Six codes — B-2, B-3, B-4, C-3, C-O-4, D-3 — are listed in both program 1 and program 2: see testProgramFor (R-TH-4).",
      SCALE_NOTE,
    ],
  },
  3: {
    program: 3,
    rule: "R-TH-3",
    track: "lower",
    categoriesAsPrinted:
      "B-6, C-5, C-O-5, C-O-6, C-R-4, C-R-5, D-5, D-O-4, D-O-5, D-O-6, D-R-4, D-R-5, E-4, E-5, E-R-4, E-R-5, E-G-3, E-G-4",
    categories: [
      "B-6", "C-5", "C-O-5", "C-O-6", "C-R-4", "C-R-5", "D-5", "D-O-4", "D-O-5", "D-O-6", "D-R-4", "D-R-5",
      "E-4", "E-5", "E-R-4", "E-R-5", "E-G-3", "E-G-4",
    ],
    competencies: [
      { id: "logical-thinking", kk: "логикалық ойлау", en: "logical thinking", tasks: 30, unit: "questions" },
      { id: "value-orientations", kk: "құндылық бағдарлары", en: "value orientations", tasks: 30, unit: "tasks" },
      { id: "emotional-intelligence", kk: "эмоционалдық интеллект", en: "emotional intelligence", tasks: 72, unit: "tasks" },
    ],
    passMarks: { total: null, eachCompetency: null, logic: "10" },
    minutes: { total: 120, logic: 30 },
    scale: { min: "0", max: "30", stated: false },
    seed: SEEDS.asa52,
    lines: "2157-2163",
    notes: [
      "«Логикалық ойлау деңгейін айқындауға арналған тестілеуден өту көрсеткіші кемінде 10 балл құрауы тиіс.» (line 2159)",
      "«Құндылық бағдарлары және эмоционалдық интеллектіні айқындауға арналған тестілеу үшін шекті мәндер белгіленбейді.» (line 2161)",
      "«Тесттерді орындауға жалпы берілетін уақыт 120 минут, оның ішінде логикалық ойлау – 30 минут.» (line 2163)",
      "The logic score is read as 0–30 (30 questions; the general competition methodology divides it by \"6 – 5 баллға келтіру коэффициенті\", 001 line 1984). Inferred, not stated; whole points are not required because the source does not say one point per question.",
    ],
  },
} as const satisfies Record<1 | 2 | 3, PersonalQualitiesProgram>))();

/** A program number. */
export type ProgramNumber = keyof typeof PERSONAL_QUALITIES_PROGRAMS;

/**
 * Every category code the personal-qualities programs name (57 codes), Latin spelling, sorted
 * in the order program 1, then the codes new in program 2, then program 3.
 *
 * @category Thresholds
 */
export const CATEGORY_CODES: readonly string[] = /* @__PURE__ */ (() => Object.freeze(
  Array.from(
    new Set<string>([
      ...PERSONAL_QUALITIES_PROGRAMS[1].categories,
      ...PERSONAL_QUALITIES_PROGRAMS[2].categories,
      ...PERSONAL_QUALITIES_PROGRAMS[3].categories,
    ]),
  ),
))();

/**
 * The six codes listed in both program 1 (leadership) and program 2 (non-leadership): the
 * category alone does not decide the program (R-TH-4).
 *
 * @category Thresholds
 */
export const AMBIGUOUS_CATEGORIES: readonly string[] = /* @__PURE__ */ (() => Object.freeze(
  PERSONAL_QUALITIES_PROGRAMS[1].categories.filter((c) =>
    (PERSONAL_QUALITIES_PROGRAMS[2].categories as readonly string[]).includes(c),
  ),
))();
