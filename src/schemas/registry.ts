/**
 * JSON Schemas of the public inputs (issue 6), for callers that are not TypeScript: a Java or .NET
 * service validates its payload against `schemas/<function>.json` before calling a service built
 * on this library. `scripts/build-schemas.ts` writes them at build time; they are not part of the
 * JavaScript bundles.
 *
 * Where an input is a plain zod schema (an enum, a boolean option) the JSON Schema is generated
 * with `z.toJSONSchema`. Numbers (`Num`) are parsed by a zod *transform* (`num()` in
 * src/internal/validate.ts), which zod cannot describe, so their JSON Schema is written here by
 * {@link numSchema} with the bounds taken from the same parameter constants the code uses.
 *
 * A schema describes the **argument list** as a JSON array (as in the conformance vectors:
 * `args`), with each parameter also under `$defs.<name>`. JSON Schema cannot check everything the
 * library checks (a decimal string's range, calendar validity of a date, cross-field rules): the
 * library stays the judge; the schema catches malformed payloads early.
 *
 * @internal
 * @module
 */
import {
  COMPETITION_FINAL_FORMULAS,
  COMPETITION_STAGE_PARAMETERS,
  PERSONAL_QUALITIES_PARAMETERS,
  SELECTION_PARAMETERS,
} from "../scoring/parameters.js";
import { RESERVE_SITUATIONAL_PARAMETERS } from "../eligibility/reserve/situational-parameters.js";
import { trackSchema, TRACKS, type Track } from "../scoring/tracks.js";
import { RUBRICS } from "../scoring/rubrics.js";
import { PERSONAL_QUALITIES_PROGRAMS } from "../eligibility/thresholds/personal-qualities-programs.js";
import { RESERVE_SECTORS } from "../eligibility/reserve/sectors.js";
import { RESERVE_STAGES } from "../eligibility/reserve/quotas.js";
import { CEFR_LEVELS } from "../eligibility/reserve/normalize-language-level.js";
import { OTHER_DEADLINES } from "../eligibility/time-rules/other-deadline-data.js";
import {
  numSchema,
  fromZod,
  date,
  instant,
  str,
  bool,
  enumOf,
  array,
  object,
  COUNTING,
  VERSION_FIELDS,
  CALENDAR_EXTRA,
  LENGTH,
  LENGTH_OR_WORKING,
  type FunctionSchema,
  type JsonSchema,
} from "./json-schema.js";

// The shapes and argumentsSchema are defined with the building blocks; importers of the registry get them here too.
export { argumentsSchema, DECIMAL_STRING_PATTERN, ISO_DATE_PATTERN, ISO_INSTANT_PATTERN, numSchema, fromZod, type FunctionSchema, type JsonSchema, type NumSchemaOptions, type ParameterSchema } from "./json-schema.js";

const P = PERSONAL_QUALITIES_PARAMETERS;
const S = SELECTION_PARAMETERS;
const C = COMPETITION_STAGE_PARAMETERS;
const pointsOf = (max: string, whole: boolean, description: string) => numSchema({ min: 0, max, whole, description });
const competencies = (track: Track) =>
  array(pointsOf(P[track].competencyMax ?? "5", false, "one competency score"), `exactly ${P[track].competencies ?? 0} competency scores`, {
    min: P[track].competencies,
    max: P[track].competencies,
  });
const finalVariant = (track: Track): JsonSchema => {
  const props: Record<string, JsonSchema> = { track: { const: track } };
  for (const t of COMPETITION_FINAL_FORMULAS[track].terms) props[t.field] = numSchema({ min: 0, max: t.max, description: `${t.symbol}, weight ${t.weight}` });
  return object(props, Object.keys(props), `${track} track: ${COMPETITION_FINAL_FORMULAS[track].formula}`);
};
const gradeOpts = object({ wholePoints: bool("accept decimal task grades when false; default true") }, [], "options");
const pqProgram = (program: 1 | 2) =>
  object(
    {
      program: { const: program },
      competencies: array(numSchema({ min: PERSONAL_QUALITIES_PROGRAMS[program].scale.min, max: PERSONAL_QUALITIES_PROGRAMS[program].scale.max, description: "competency score" }), `the ${PERSONAL_QUALITIES_PROGRAMS[program].competencies.length} competency scores, in the program's order`, { min: PERSONAL_QUALITIES_PROGRAMS[program].competencies.length, max: PERSONAL_QUALITIES_PROGRAMS[program].competencies.length }),
    },
    ["program", "competencies"],
    `program ${program}`,
  );

/** The registry: every public function with a JSON-expressible input. */
export const FUNCTION_SCHEMAS: readonly FunctionSchema[] = [
  // ---------------------------------------------------------------- scoring
  { function: "selectionPersonalQualities", module: "scoring", rule: "R-SEL-1", description: "T = 0.02 × S",
    params: [{ name: "S", schema: numSchema({ min: 0, max: S.personalQualitiesMaxPercent, description: "percentage of the reliability level of answers" }) }] },
  { function: "selectionInformation", module: "scoring", rule: "R-SEL-2", description: "T = 0.1 × S1 + 0.1 × S2",
    params: [
      { name: "S1", schema: numSchema({ min: 0, whole: true, description: "correct answers, text block" }) },
      { name: "S2", schema: numSchema({ min: 0, whole: true, description: "correct answers, numeric block" }) },
      { name: "opts", optional: true, schema: object({ questionsPerBlock: numSchema({ min: 1, whole: true, description: "questions per block" }) }, [], "options") },
    ] },
  { function: "selectionEssay", module: "scoring", rule: "R-SEL-3", description: "one member's essay grade",
    params: [{ name: "points", schema: pointsOf(S.essayMaxPoints, true, "essay grade") }] },
  { function: "selectionInterview", module: "scoring", rule: "R-SEL-4", description: "interview grade",
    params: [{ name: "points", schema: pointsOf(S.interviewMaxPoints, true, "interview grade") }] },
  { function: "meanOfGrades", module: "scoring", rule: "R-SEL-3", description: "mean of members' grades (a caller's choice)",
    params: [{ name: "grades", schema: array(pointsOf(S.essayMaxPoints, true, "one member's grade"), "at least one grade", { min: 1 }) }] },
  { function: "competitionPersonalQualities", module: "scoring", rule: "R-GC-1", description: "О by track",
    params: [{ name: "i", schema: { oneOf: [
      object({ track: { const: "leadership" }, competencies: competencies("leadership") }, ["track", "competencies"], "leadership: О = sum / 10"),
      object({ track: { const: "non-leadership" }, competencies: competencies("non-leadership") }, ["track", "competencies"], "non-leadership: О = sum / 7"),
      object({ track: { const: "lower" }, iq: numSchema({ min: 0, max: P.lower.iqMax!, description: "IQ (logic test, 30 questions)" }) }, ["track", "iq"], "lower: О = IQ / 6"),
    ] } }] },
  { function: "competitionPractical", module: "scoring", rule: "R-GC-3", description: "П = П1 + П2",
    params: [
      { name: "p1", schema: pointsOf(C.practicalTaskMax, false, "first task (whole unless wholePoints: false)") },
      { name: "p2", schema: pointsOf(C.practicalTaskMax, false, "second task (whole unless wholePoints: false)") },
      { name: "opts", optional: true, schema: gradeOpts },
    ] },
  { function: "competitionInterview", module: "scoring", rule: "R-GC-4", description: "С = С1 + С2",
    params: [
      { name: "c1", schema: pointsOf(C.interviewQuestionMax, false, "first question (whole unless wholePoints: false)") },
      { name: "c2", schema: pointsOf(C.interviewQuestionMax, false, "second question (whole unless wholePoints: false)") },
      { name: "opts", optional: true, schema: gradeOpts },
    ] },
  { function: "competitionFinal", module: "scoring", rule: "R-GC-5", description: "И by track",
    params: [{ name: "i", schema: { oneOf: TRACKS.map(finalVariant) } }] },
  { function: "competitionFinalResult", module: "scoring", rule: "R-GC-5", description: "И with its maximum and formula",
    params: [{ name: "i", schema: { oneOf: TRACKS.map(finalVariant) } }] },
  { function: "competitionFinalMax", module: "scoring", rule: "R-GC-5", description: "maximum И of a track",
    params: [{ name: "track", schema: fromZod(trackSchema) }] },
  { function: "reserveSituationalScore", module: "scoring", rule: "R-PYR-4", description: "mean of the three experts' scores",
    params: [{ name: "experts", schema: array(numSchema({ min: RESERVE_SITUATIONAL_PARAMETERS.scaleMin, max: RESERVE_SITUATIONAL_PARAMETERS.scaleMax, description: "one expert's score" }), "exactly three scores", { min: RESERVE_SITUATIONAL_PARAMETERS.experts, max: RESERVE_SITUATIONAL_PARAMETERS.experts }) }] },
  { function: "rubricBands", module: "scoring", rule: "R-SEL-3, R-SEL-4, R-GC-2, R-GC-3, R-GC-4", description: "the rubric bands a score falls in",
    params: [
      { name: "rubric", schema: enumOf(Object.keys(RUBRICS), "rubric id") },
      { name: "score", schema: numSchema({ min: 0, whole: true, description: "score (≤ the rubric's maximum)" }) },
    ] },
  // ---------------------------------------------------------------- thresholds, categories, commissions
  { function: "normalizeCategory", module: "eligibility", rule: "R-TH-4", description: "category code, Cyrillic or Latin look-alikes",
    params: [{ name: "code", schema: str("a category code such as \"C-O-4\"") }] },
  { function: "testProgramFor", module: "eligibility", rule: "R-TH-4", description: "testing program of a category",
    params: [
      { name: "category", schema: str("a category code") },
      { name: "opts", optional: true, schema: object({ leadership: bool("the position is a leadership one"), title: str("position title (Kazakh)"), titleNotInTable: enumOf(["throw", "non-leadership"], "when the title is not in App. 1") }, [], "options") },
    ] },
  { function: "personalQualitiesTestResult", module: "eligibility", rule: "R-TH-1, R-TH-2, R-TH-3", description: "pass or fail of the personal-qualities test",
    params: [{ name: "i", schema: { oneOf: [pqProgram(1), pqProgram(2), object({ program: { const: 3 }, logic: numSchema({ min: PERSONAL_QUALITIES_PROGRAMS[3].scale.min, max: PERSONAL_QUALITIES_PROGRAMS[3].scale.max, description: "logical thinking" }) }, ["program", "logic"], "program 3")] } }] },
  { function: "legislationTestResult", module: "eligibility", rule: "R-TH-5", description: "legislation test against a caller-supplied pass mark",
    params: [{ name: "i", schema: object({ score: numSchema({ min: 0 }), passMark: numSchema({ min: 0 }), maxScore: numSchema({ min: 0 }) }, ["score", "passMark"], "score and pass mark") }] },
  { function: "isLeadershipPosition", module: "eligibility", rule: "R-GC-6", description: "whether a title is a leadership position of a category",
    params: [{ name: "category", schema: str("a category code") }, { name: "title", schema: str("position title (Kazakh)") }] },
  { function: "leadershipPositionsFor", module: "eligibility", rule: "R-GC-6", description: "leadership positions of a category",
    params: [{ name: "category", schema: str("a category code") }] },
  { function: "commissionQuorum", module: "eligibility", rule: "R-GC-7", description: "quorum of a commission",
    params: [{ name: "members", schema: numSchema({ min: 1, whole: true, description: "members of the commission" }) }, { name: "present", schema: numSchema({ min: 0, whole: true, description: "members present" }) }] },
  { function: "checkCommissionQuorum", module: "eligibility", rule: "R-GC-7", description: "quorum of a commission, with reasons",
    params: [{ name: "members", schema: numSchema({ min: 1, whole: true, description: "members of the commission" }) }, { name: "present", schema: numSchema({ min: 0, whole: true, description: "members present" }) }] },
  { function: "essayPanelValid", module: "eligibility", rule: "R-SEL-6", description: "validity of an essay panel",
    params: [{ name: "i", schema: object({
      commissionSize: { type: "integer", minimum: 1 }, gradersPerEssay: array({ type: "integer", minimum: 0 }, "members who graded each essay", { min: 1 }),
      proctorViolation: bool("the proctor recorded a violation"), refusals: { type: "integer", minimum: 0 }, participants: { type: "integer", minimum: 0 },
      twoThirds: enumOf(["each-essay", "panel"], "reading of the two-thirds condition"),
    }, ["commissionSize", "gradersPerEssay"], "the panel") }] },
  { function: "normalizeLanguageLevel", module: "eligibility", rule: "R-PYR-2", description: "CEFR level",
    params: [{ name: "level", schema: { type: "string", description: `a CEFR level: ${CEFR_LEVELS.join(", ")} (Cyrillic look-alikes accepted)` } }] },
  { function: "reserveAdmissibility", module: "eligibility", rule: "R-PYR-1, R-PYR-2", description: "admissibility to the Presidential Youth Reserve selection",
    params: [{ name: "p", schema: object({
      presidentialAppointee: bool("appointed by the President"), politicalServant: bool("a political civil servant"), corpsA: bool("corps A"),
      inReserve: bool("in the Reserve"), formerlyInReserve: bool("formerly in the Reserve"), excludedByNationalCommission: bool("excluded by the National Commission"),
      languageLevel: { type: "string", description: "CEFR level of the state language" },
      languageCertificate: object({ test: str("KAZTEST or QAZAQ RESMI TEST"), level: str("CEFR level"), validUntil: date("valid until") }, ["test", "level"], "state-language certificate"),
      asOf: date("the day of the check"),
      documents: object({ education: bool("education documents"), labourActivity: bool("labour-activity documents") }, [], "documents"),
      sector: enumOf(RESERVE_SECTORS, "sector"),
      consents: object({ personalData: bool("personal data"), exclusion: bool("exclusion"), nonDisclosure: bool("non-disclosure") }, [], "consents"),
      equipment: object({ internetMbps: numSchema({ min: 0, description: "Mbit/s" }), webcam: bool("webcam"), headset: bool("headset"), microphone: bool("microphone") }, [], "equipment"),
      complete: bool("the application is complete"),
    }, [], "the candidate") }] },
  { function: "territorialDepartmentFor", module: "eligibility", rule: "R-TD-1", description: "territorial department of a region",
    params: [{ name: "region", schema: str("region or city") }] },
  // ---------------------------------------------------------------- calendars
  { function: "isWorkingDay", module: "calendars", rule: "R-CAL-1", description: "whether a date is a working day",
    params: [{ name: "date", schema: date("the date") }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "nextWorkingDay", module: "calendars", rule: "R-CAL-1", description: "the date itself if working, else the next working day",
    params: [{ name: "date", schema: date("the date") }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "addWorkingDays", module: "calendars", rule: "R-CAL-1", description: "n working days after a date",
    params: [{ name: "date", schema: date("the date") }, { name: "n", schema: { type: "integer", minimum: 0, description: "working days" } }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "addCalendarDays", module: "calendars", rule: "RULES §4", description: "n calendar days after a date",
    params: [{ name: "date", schema: date("the date") }, { name: "n", schema: { type: "integer", description: "calendar days" } }] },
  { function: "workingDayInfo", module: "calendars", rule: "R-CAL-1", description: "why a date is or is not a working day",
    params: [{ name: "date", schema: date("the date") }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "daysOff", module: "calendars", rule: "R-CAL-1, R-CAL-2", description: "days off of a year",
    params: [{ name: "year", schema: { type: "integer", description: "year" } }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "calendarCoverage", module: "calendars", rule: "R-CAL-2", description: "confirmed or statutory-only",
    params: [{ name: "year", schema: { type: "integer", description: "year" } }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "kazakhstanCalendar", module: "calendars", rule: "R-CAL-1, R-CAL-2", description: "a calendar with extra transfers",
    params: [{ name: "extra", optional: true, schema: CALENDAR_EXTRA }] },
  { function: "periodEnd", module: "calendars", rule: "RULES §4", description: "last day of a forward period",
    params: [{ name: "from", schema: date("start event") }, { name: "length", schema: LENGTH }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "deadline", module: "calendars", rule: "RULES §4", description: "last day of a deadline (moved to a working day)",
    params: [{ name: "from", schema: date("start event") }, { name: "length", schema: LENGTH_OR_WORKING }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "earliestAfterWaiting", module: "calendars", rule: "RULES §4", description: "first day after a waiting period",
    params: [{ name: "from", schema: date("start event") }, { name: "length", schema: LENGTH }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "firstWorkingDayAfterWaiting", module: "calendars", rule: "RULES §4", description: "first working day after a waiting period",
    params: [{ name: "from", schema: date("start event") }, { name: "length", schema: LENGTH }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "validUntil", module: "calendars", rule: "RULES §4", description: "last day of validity",
    params: [{ name: "from", schema: date("start event") }, { name: "length", schema: LENGTH }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "lookBackWindowEnd", module: "calendars", rule: "RULES §4", description: "last day an event counts",
    params: [{ name: "eventDate", schema: date("event") }, { name: "length", schema: LENGTH }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "withinLookBack", module: "calendars", rule: "RULES §4", description: "whether an event still counts",
    params: [{ name: "event", schema: date("event") }, { name: "asOf", schema: date("the day of the check") }, { name: "length", schema: LENGTH }, { name: "opts", optional: true, schema: object({ counting: COUNTING }, [], "options") }] },
  { function: "astanaOffset", module: "calendars", rule: "R-CAL-3", description: "UTC offset of Astana at an instant",
    params: [{ name: "instant", schema: instant("the instant") }] },
  { function: "toAstana", module: "calendars", rule: "R-CAL-3", description: "an instant in Astana civil time",
    params: [{ name: "instant", schema: instant("the instant") }] },
  { function: "astanaInstant", module: "calendars", rule: "R-CAL-3", description: "the instant of an Astana civil date and time",
    params: [{ name: "date", schema: date("civil date") }, { name: "time", optional: true, schema: { type: "string", pattern: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$", description: "HH:MM" } }, { name: "opts", optional: true, schema: object({ repeated: enumOf(["earlier", "later"], "a repeated local time") }, [], "options") }] },
  { function: "endOfAstanaDay", module: "calendars", rule: "R-CAL-3", description: "the last instant of an Astana day",
    params: [{ name: "date", schema: date("civil date") }, { name: "opts", optional: true, schema: object({ minute: enumOf(["end-of-minute", "start-of-minute"], "reading of 23:59") }, [], "options") }] },
  { function: "reserveStageAt", module: "calendars", rule: "R-PYR-6", description: "stage of the 2025 Reserve campaign at an instant",
    params: [{ name: "instant", schema: instant("the instant") }, { name: "opts", optional: true, schema: object({ minute: enumOf(["end-of-minute", "start-of-minute"], "reading of 23:59") }, [], "options") }] },
  // ---------------------------------------------------------------- Reserve funnel
  { function: "admitToInterview", module: "eligibility", rule: "R-SEL-5", description: "up to three candidates admitted to the interview",
    params: [{ name: "candidates", schema: array(object({ id: str("candidate id"), score: numSchema({ min: 0, description: "score of the previous stages" }) }, ["id", "score"], "a candidate"), "candidates") }] },
  { function: "runReserveFunnel", module: "eligibility", rule: "R-PYR-3", description: "the Presidential Youth Reserve funnel",
    params: [
      { name: "candidates", schema: array({
        type: "object", description: "a candidate (other fields are ignored)", required: ["id", "sector", "scores"],
        properties: {
          id: str("unique id"), sector: enumOf(RESERVE_SECTORS, "sector"),
          scores: { type: "object", additionalProperties: false, properties: Object.fromEntries(RESERVE_STAGES.map((s) => [s, { anyOf: [numSchema({ min: 0, description: `${s} score` }), { type: "null", description: "absent, excluded or disqualified" }] }])) },
        },
      }, "candidates") },
      { name: "opts", optional: true, schema: object({
        ties: enumOf(["admit-all", "strict"], "ties at a cutoff"), halfRounding: enumOf(["up", "down"], "rounding of 50 %"),
        finalQuotas: { type: "object", additionalProperties: { type: "integer", minimum: 0 }, description: "final quotas by sector" },
      }, [], "options") },
    ] },
  // ---------------------------------------------------------------- time rules
  { function: "earliestRetestDate", module: "eligibility", rule: "R-EL-1, R-EL-2", description: "the earliest date of a retest",
    params: [{ name: "testDate", schema: date("the test") }, { name: "opts", optional: true, schema: object({ regime: enumOf(["corps-b", "law-enforcement"], "regime"), appealSatisfied: bool("the appeal was satisfied"), appealDecidedOn: date("day of the appeal decision"), counting: COUNTING, ...VERSION_FIELDS }, [], "options") }] },
  { function: "certificateValidUntil", module: "eligibility", rule: "R-EL-4", description: "last day of a certificate's validity",
    params: [{ name: "testDate", schema: date("the test") }, { name: "opts", optional: true, schema: object({ presume: bool("presume for a test before 11.07.2026"), counting: COUNTING }, [], "options") }] },
  { function: "latestApplicationDate", module: "eligibility", rule: "R-EL-5", description: "the last day to apply for a test",
    params: [{ name: "testDate", schema: date("the test") }, { name: "opts", optional: true, schema: object({ regime: enumOf(["corps-b", "law-enforcement"], "regime"), reading: enumOf(["day-before", "full-day-between"], "reading"), ...VERSION_FIELDS }, [], "options") }] },
  { function: "applicationAcceptanceDate", module: "eligibility", rule: "R-EL-5", description: "the day an application counts",
    params: [{ name: "submittedAt", schema: instant("submission") }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }, { name: "opts", optional: true, schema: object({ ...VERSION_FIELDS }, [], "options") }] },
  { function: "testingRefusalGrounds", module: "eligibility", rule: "R-EL-3", description: "grounds for refusing the testing service",
    params: [{ name: "i", schema: object({
      applicationDate: date("the day the application is accepted"), failedTests: array(date("a below-threshold result"), "failed tests"),
      violations: array(object({ date: date("violation"), repeated: bool("repeated") }, ["date"], "a violation"), "violations"),
      violationActs: array(date("act"), "violation acts"), otherPersonActs: array(date("act"), "acts of testing by another person"),
      personalDataConsent: bool("consent to personal data"),
      certificates: array(object({ testDate: date("test"), validUntil: date("valid until") }, ["testDate"], "a certificate"), "valid certificates"),
      personalQualitiesConclusions: array(object({ validUntil: date("valid until"), issuedOn: date("issued on") }, ["validUntil"], "a conclusion"), "conclusions"),
      counting: COUNTING, ...VERSION_FIELDS,
    }, ["applicationDate", "personalDataConsent"], "the application") }] },
  { function: "otherDeadline", module: "eligibility", rule: "R-EL-8", description: "other deadlines of the orders",
    params: [{ name: "id", schema: enumOf(Object.keys(OTHER_DEADLINES), "deadline id") }, { name: "from", schema: date("start event") }, { name: "opts", optional: true, schema: object({ counting: COUNTING, presume: bool("presume"), wordingBy: enumOf(["due-date", "quarter-end"], "which date selects the wording of R-EL-8 (quarterly report)") }, [], "options") }, { name: "cal", optional: true, schema: CALENDAR_EXTRA }] },
];

