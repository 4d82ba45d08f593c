/**
 * Stages, quotas and score scales of the 2025 selection to the Presidential Youth Reserve
 * (R-PYR-3, R-PYR-4), as typed data with the sentences they come from
 * (`sources/004_3eb6df1ff2b8ef3d.txt`).
 *
 * @module
 */
import type { ReserveSector } from "./sectors.js";

/**
 * The stages of the funnel, in order. Each stage ranks the candidates who reached it, within
 * their sector, by that stage's own score, and admits the best to the next one:
 *
 * | stage | its score | admits to |
 * |---|---|---|
 * | `"text"` | block 1 "working with text information" (25 tasks) | `"numeric"` |
 * | `"numeric"` | block 2 "working with numeric information" (25 tasks) | `"situational"` |
 * | `"situational"` | situational tasks: mean of three experts' 5-point grades | `"assessment"` |
 * | `"assessment"` | the assessment centre's average score | `"interview"` |
 * | `"interview"` | the competency interview | `"expert"` |
 * | `"expert"` | the expert commission's talk (caller-supplied score) | `"national"` |
 * | `"national"` | the National Commission (caller-supplied score) | the Reserve |
 *
 * @category Presidential Youth Reserve
 */
export const RESERVE_STAGES = ["text", "numeric", "situational", "assessment", "interview", "expert", "national"] as const;

/**
 * A stage of {@link RESERVE_STAGES}.
 *
 * @category Presidential Youth Reserve
 */
export type ReserveStage = (typeof RESERVE_STAGES)[number];

/**
 * How many of a sector's candidates a stage admits to the next one.
 *
 * - `{ kind: "half" }` — 50 % of those who completed the stage (the text block);
 * - `{ kind: "fixed", perSector }` — at most `perSector[sector]`.
 *
 * `total` is the procedure's overall ceiling (the sum of the sector quotas); `final` marks the
 * step that is a decision of the National Commission, not a selection stage; `kk` quotes the
 * sentence and `lines` locates it.
 *
 * @category Presidential Youth Reserve
 */
export type ReserveStageQuota =
  | { readonly kind: "half"; readonly percent: 50; readonly final: false; readonly kk: string; readonly en: string; readonly lines: string }
  | {
      readonly kind: "fixed";
      readonly perSector: Readonly<Record<ReserveSector, number>>;
      readonly total: number;
      readonly final: boolean;
      readonly kk: string;
      readonly en: string;
      readonly lines: string;
    };

const sectors = (a: number, b: number, c: number, d: number, e: number, f: number): Readonly<Record<ReserveSector, number>> =>
  Object.freeze({
    "social-policy": a,
    "infrastructure-industry-trade": b,
    "economic-financial-policy": c,
    digitalisation: d,
    "agro-industry-environment": e,
    "foreign-policy-investment": f,
  });

/**
 * The quota of each stage (what it admits to the next), per sector, in {@link RESERVE_SECTORS}
 * order: 50 %; 100 each (≤ 600); 54/48/42/54/54/48 (≤ 300); 36/32/28/36/36/32 (≤ 200);
 * 27/24/21/27/27/24 (≤ 150); 18/16/14/18/18/16 (≤ 100); 9/8/7/9/9/8 (≤ 50, the National
 * Commission may revise it).
 *
 * @rule R-PYR-3
 * @category Presidential Youth Reserve
 */
export const RESERVE_QUOTAS: Readonly<Record<ReserveStage, ReserveStageQuota>> = /* @__PURE__ */ (() => Object.freeze({
  text: {
    kind: "half",
    percent: 50,
    final: false,
    kk: "Осы тестілеуге әрбір салалық бағыт бойынша «Мәтіндік ақпаратпен жұмыс істеу қабілетін бағалау» бірінші блогын сәтті тапсырған кандидаттардың 50%-ы жіберіледі.",
    en: "50 % of the candidates of each sector who successfully completed the first block \"assessment of the ability to work with text information\" are admitted to this testing (block 2).",
    lines: "359-363 (also section 3, lines 187-191)",
  },
  numeric: {
    kind: "fixed",
    perSector: sectors(100, 100, 100, 100, 100, 100),
    total: 600,
    final: false,
    kk: "«Ситуациялық тапсырмаларды шешу» кезеңіне сандық ақпаратпен жұмыс істеу қабілетін бағалаудан өту кезінде ең көп балл санын жинаған 600-ден аспайтын кандидат (оның ішінде әрбір салалық бағыт бойынша 100-ден аспайтын кандидат) жіберіледі.",
    en: "Not more than 600 candidates who scored the most points in the numeric block (including not more than 100 per sector) are admitted to the situational tasks.",
    lines: "193-199 (section 6 repeats it, lines 430-434, writing \"100 кандидат\" per sector without \"not more than\")",
  },
  situational: {
    kind: "fixed",
    perSector: sectors(54, 48, 42, 54, 54, 48),
    total: 300,
    final: false,
    kk: "Осы кезеңнің қорытындысы бойынша ең жоғары нәтижелерге қол жеткізген 300 кандидат, олардың ішінде: - әлеуметтік саясат, азаматтық қоғам – 54 кандидаттан аспайтын; … - сыртқы саясат және инвестициялар – 48-ден аспайтын кандидат «Құзыреттерді бағалау» кезеңіне жіберіледі.",
    en: "300 candidates with the highest results of this stage — not more than 54 / 48 / 42 / 54 / 54 / 48 per sector — are admitted to the competency assessment.",
    lines: "511-531 (section 3: \"300-ден аспайтын\", lines 201-207)",
  },
  assessment: {
    kind: "fixed",
    perSector: sectors(36, 32, 28, 36, 36, 32),
    total: 200,
    final: false,
    kk: "Нәтижесінде «Құзыреттер бойынша сұхбат» «Құзыреттерді бағалау» кезеңінің екінші блогына орташа баллды ескере отырып, рейтинг бойынша ең үздік нәтиже көрсеткен 200-ден аспайтын кандидат, олардың ішінде: … жіберіледі.",
    en: "Not more than 200 candidates with the best results in the rating by the average score — not more than 36 / 32 / 28 / 36 / 36 / 32 per sector — are admitted to the competency interview.",
    lines: "600-620 (section 3, lines 209-213)",
  },
  interview: {
    kind: "fixed",
    perSector: sectors(27, 24, 21, 27, 27, 24),
    total: 150,
    final: false,
    kk: "«Құзыреттер бойынша сұхбат» блогының нәтижелері бойынша «Резервке іріктеу жөніндегі сараптама комиссиясында әңгімелесу» іріктеудің келесі кезеңіне ең үздік нәтиже көрсеткен 150-ден аспайтын кандидат, олардың ішінде: … жіберілетін болады.",
    en: "By the results of the competency interview, not more than 150 candidates with the best results — not more than 27 / 24 / 21 / 27 / 27 / 24 per sector — are admitted to the talk with the expert commission.",
    lines: "640-662 (section 3, lines 215-221)",
  },
  expert: {
    kind: "fixed",
    perSector: sectors(18, 16, 14, 18, 18, 16),
    total: 100,
    final: false,
    kk: "Сараптама комиссиясы отырыстарының қорытындысы бойынша Ұлттық комиссия отырысында қарауға ұсынылатын 100-ден аспайтын кандидаттың тізімі қалыптастырылады, олардың ішінде: … 18 кандидаттан аспайды; …",
    en: "By the results of the expert commission's sittings a list of not more than 100 candidates is drawn up for the National Commission — not more than 18 / 16 / 14 / 18 / 18 / 16 per sector.",
    lines: "723-743 (section 3, lines 223-228)",
  },
  national: {
    kind: "fixed",
    perSector: sectors(9, 8, 7, 9, 9, 8),
    total: 50,
    final: true,
    kk: "Ұлттық комиссия отырысының қорытындысы бойынша салалық бағыттар шеңберінде мынадай квоталарға сәйкес Резервке 50-ден аспайтын кандидатты қабылдау туралы шешім қабылданады: … Салалық бағыттар шеңберінде Резервке қабылдау үшін квота Резервке алу туралы шешім қабылдау кезінде Ұлттық комиссияның қалауымен қайта қаралуы мүмкін.",
    en: "By the results of the National Commission's sitting a decision is taken to accept not more than 50 candidates into the Reserve on these quotas per sector: 9 / 8 / 7 / 9 / 9 / 8 persons. The quota per sector may be revised at the National Commission's discretion when it decides.",
    lines: "756-778",
  },
}))();

/**
 * The tie sentences of the procedure: at a selection stage, "if several candidates have equal
 * results, more candidates may be admitted". The last step (National Commission → Reserve) has no
 * such sentence: it is a decision on "not more than 50".
 *
 * @rule R-PYR-3
 * @category Presidential Youth Reserve
 */
export const RESERVE_TIE_SENTENCES = /* @__PURE__ */ (() => Object.freeze([
  {
    lines: "173-177",
    kk: "Бірнеше кандидаттың нәтижелері тең болған жағдайда Резервке іріктеу кезеңдеріне кандидаттардың көбірек саны жіберілуі мүмкін.",
    en: "Where several candidates have equal results, a larger number of candidates may be admitted to the stages of the selection to the Reserve.",
  },
  {
    lines: "363-365",
    kk: "Бірнеше кандидатта тең нәтижелер болған жағдайда кандидаттардың көбірек саны жіберілуі мүмкін.",
    en: "Where several candidates have equal results, a larger number of candidates may be admitted (to block 2).",
  },
  {
    lines: "434-438",
    kk: "Бірнеше кандидатта тең нәтижелер болған кезде іріктеудің келесі кезеңіне кандидаттардың көбірек саны жіберілуі мүмкін.",
    en: "When several candidates have equal results, a larger number may be admitted to the next stage (the situational tasks).",
  },
  {
    lines: "533-539",
    kk: "Бірнеше кандидаттың нәтижелері тең болған кезде «Құзыреттерді бағалау» кезеңіне кандидаттардың көбірек саны жіберілуі мүмкін. Егер әрбір салалық бағыт бойынша кандидаттардың саны квотада көзделгеннен аз болса, онда қатысушылардың аз санына жол беріледі.",
    en: "When several candidates have equal results, more may be admitted to the competency assessment. If a sector has fewer candidates than its quota, a smaller number of participants is allowed.",
  },
] as const))();

/**
 * The scale a stage's score is validated against.
 *
 * @category Presidential Youth Reserve
 */
export interface ReserveScoreScale {
  readonly min: number;
  /** Absent: no upper bound is given by the procedure. */
  readonly max?: number;
  /** Whole numbers only. */
  readonly whole: boolean;
  /** Why this scale (the sentence read, or the modelling choice). */
  readonly reason: string;
}

/**
 * Validated range of each stage's score (R-PYR-4).
 *
 * - `text`, `numeric`: **whole 0–25** — each block "consists of 25 test tasks" in which the
 *   candidate chooses one answer (lines 347–351, 373–377), computed automatically (line 383).
 *   The procedure does not say "one point per task": the whole 0–25 count of correct answers is
 *   this library's reading.
 * - `situational`: **0–5, any decimal** — three experts grade on a five-point scale and the result
 *   is the mean of their grades (lines 491–503); a mean of three need not be a finite decimal
 *   (pass the exact Decimal of `reserveSituationalScore`, or your rounded value).
 * - `assessment`, `interview`, `expert`, `national`: **any finite decimal ≥ 0** — the procedure
 *   gives no scale for them (the assessment centre's "average score", line 602; nothing for the
 *   interview; and it does not say how the expert commission or the National Commission rank at
 *   all — their scores are the caller's ranking, a modelling choice).
 *
 * @rule R-PYR-4
 * @category Presidential Youth Reserve
 */
export const RESERVE_SCORE_SCALES: Readonly<Record<ReserveStage, ReserveScoreScale>> = /* @__PURE__ */ (() => Object.freeze({
  text: { min: 0, max: 25, whole: true, reason: "25 test tasks (lines 347-351); correct answers counted" },
  numeric: { min: 0, max: 25, whole: true, reason: "25 test tasks (lines 373-377); correct answers counted" },
  situational: { min: 0, max: 5, whole: false, reason: "mean of three experts' grades on a five-point scale (lines 491-503)" },
  assessment: { min: 0, whole: false, reason: "the assessment centre's average score; no scale in the procedure (line 602)" },
  interview: { min: 0, whole: false, reason: "competency interview; no scale in the procedure" },
  expert: { min: 0, whole: false, reason: "caller-supplied: the procedure does not say how the expert commission ranks" },
  national: { min: 0, whole: false, reason: "caller-supplied: the procedure does not say how the National Commission ranks" },
}))();
