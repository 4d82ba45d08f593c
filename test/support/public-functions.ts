// The table of every public function with plausible values of each of its arguments (issue 6),
// shared by the fuzz suite (test/fuzz.test.ts: plausible-but-wrong values) and the hostile-input
// suite (test/hostile.test.ts, issue 23: getters, Proxies, deep and circular objects, huge and
// sparse arrays). `publicFunctionTable(bad)` mixes `bad` into every argument one time in four.
import fc from "fast-check";
import { Decimal } from "decimal.js";
import * as root from "../../src/index.js";
import * as explain from "../../src/explain/index.js";
import { RuleInputError } from "../../src/index.js";

/** The package root, plus the explanations (src/explain), whether or not the root re-exports them. */
export const lib = { ...explain, ...root } as typeof root & typeof explain;

// plausible values of each kind of argument
const numV = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.double({ min: -1, max: 110, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }).map((n) => (n / 100).toString()),
  fc.integer({ min: 0, max: 500 }).map((n) => new Decimal(n).div(100)),
);
const pad = (n: number) => String(n).padStart(2, "0");
const dateV = fc.oneof(
  fc.record({ y: fc.integer({ min: 2010, max: 2032 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.record({ y: fc.integer({ min: 2010, max: 2032 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
);
const instantV = fc.tuple(dateV, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom("+05:00", "+06:00", "Z", "+00:00", "-08:00", "", "+5")).map(
  ([d, h, m, off]) => `${d}T${pad(h)}:${pad(m)}:00${off}`,
);
const strV = fc.oneof(fc.string(), fc.constantFrom("A-1", "C-O-4", "С-О-4", "B-2", "E-G-4", "B1", "C2", "leadership", "lower", "R-SEL-1", "R-GC-5", "R-EL-1"));
const calV = fc.constantFrom<unknown>(undefined, lib.kazakhstanCalendar(), {}, "calendar", null);
const countingV = fc.constantFrom<unknown>("civil-code", "inclusive", "other", undefined, 1);
const lengthV = fc.oneof(
  fc.record({ days: fc.integer({ min: -10, max: 40000 }) }),
  fc.record({ months: fc.integer({ min: -2, max: 1300 }) }),
  fc.record({ years: fc.integer({ min: -1, max: 120 }) }),
  fc.record({ workingDays: fc.integer({ min: -2, max: 3000 }) }),
  fc.record({ days: fc.double() }),
);
const trackV = fc.constantFrom<unknown>("leadership", "non-leadership", "lower", "Leadership", "", undefined);
const sectorV = fc.oneof(fc.constantFrom(...(lib.RESERVE_SECTORS as readonly string[])), fc.string());
const stageV = fc.constantFrom(...(lib.RESERVE_STAGES as readonly string[]));
const boolV = fc.oneof(fc.boolean(), fc.constantFrom<unknown>("true", 1, null));


/** One entry per public function: an arbitrary per argument, each mixing in `nasty` one time in four. */
export function publicFunctionTable(nasty: fc.Arbitrary<unknown>): Record<string, fc.Arbitrary<unknown>[]> {
  /** Plausible, or — one time in four — anything. */
  const p = (a: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: nasty });
  /** An object with these optional fields (each plausible or wrong), sometimes an extra key. */
  const obj = (fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> =>
    p(
      fc
        .tuple(
          fc.record(Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, p(a)])), { requiredKeys: [] }),
          fc.option(fc.tuple(fc.constantFrom("extra", "__proto__", "constructor"), nasty), { freq: 5 }),
        )
        .map(([o, extra]) => {
          if (extra === null) return o;
          const [k, v] = extra;
          const out: Record<string, unknown> = { ...(o as object) };
          Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
          return out;
        }),
    );
  const arr = (a: fc.Arbitrary<unknown>, max = 12): fc.Arbitrary<unknown> => p(fc.array(p(a), { maxLength: max }));
  const opt = (a: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof(fc.constant(undefined), a);

  const versionFields = { asOf: dateV, presume: boolV, publication: fc.dictionary(fc.string(), dateV, { maxKeys: 2 }) };
  const countingOpts = obj({ counting: countingV });

  const full = { text: 20, numeric: 18, situational: 4, assessment: 4, interview: 8, expert: 9, national: 7 };
  const sampleFunnel = lib.runReserveFunnel([
    { id: "a", sector: "digitalisation", scores: full },
    { id: "b", sector: "digitalisation", scores: { ...full, text: 18, national: 6 } },
    { id: "c", sector: "digitalisation", scores: { text: 15 } },
    { id: "d", sector: "digitalisation", scores: { text: 12 } },
  ] as never);
  const funnelV = fc.oneof({ weight: 3, arbitrary: fc.constant<unknown>(sampleFunnel) }, { weight: 1, arbitrary: nasty });
  const explainOpts = opt(obj({ lang: fc.constantFrom("en", "kk", "ru", "de", ""), decimals: fc.oneof(fc.integer({ min: -2, max: 45 }), fc.double()) }));

  // ---------------------------------------------------------------- the table: one entry per public function

  return {
    // sources
    normalizeBodyName: [p(strV)],
    ruleSource: [p(strV)],
    ruleVersion: [p(strV), opt(obj({ ...versionFields, counting: countingV }))],
    usesIntegratedSelection: [p(strV), p(dateV), opt(obj({ unknown: fc.constantFrom("report", "throw", "x") }))],
    // scoring
    selectionPersonalQualities: [p(numV)],
    selectionInformation: [p(numV), p(numV), opt(obj({ questionsPerBlock: numV }))],
    selectionEssay: [p(numV)],
    selectionInterview: [p(numV)],
    meanOfGrades: [arr(numV)],
    competitionPersonalQualities: [obj({ track: trackV, competencies: arr(numV, 12), iq: numV })],
    competitionPractical: [p(numV), p(numV), opt(obj({ wholePoints: boolV }))],
    competitionInterview: [p(numV), p(numV), opt(obj({ wholePoints: boolV }))],
    competitionFinal: [obj({ track: trackV, O: numV, E: numV, C: numV, P: numV })],
    competitionFinalResult: [obj({ track: trackV, O: numV, E: numV, C: numV, P: numV })],
    competitionFinalMax: [p(trackV)],
    reserveSituationalScore: [arr(numV, 5)],
    rubricBands: [p(fc.constantFrom("R-SEL-3", "R-SEL-4", "R-GC-2", "R-GC-3", "R-GC-4", "essay", "x")), p(numV)],
    // eligibility: thresholds, categories, commissions, admissibility
    normalizeCategory: [p(strV)],
    testProgramFor: [p(strV), opt(obj({ leadership: boolV, title: strV, titleNotInTable: fc.constantFrom("throw", "non-leadership", "x") }))],
    personalQualitiesTestResult: [obj({ program: fc.constantFrom<unknown>(1, 2, 3, 4, "1"), competencies: arr(numV, 12), logic: numV })],
    legislationTestResult: [obj({ score: numV, passMark: numV, maxScore: numV })],
    isLeadershipPosition: [p(strV), p(strV)],
    leadershipPositionsFor: [p(strV)],
    commissionQuorum: [p(numV), p(numV)],
    checkCommissionQuorum: [p(numV), p(numV)],
    essayPanelValid: [obj({ commissionSize: numV, gradersPerEssay: arr(numV), proctorViolation: boolV, refusals: numV, participants: numV, twoThirds: fc.constantFrom("each-essay", "panel", "x") })],
    interviewPanelValid: [obj({ commissionSize: numV, scoredBy: arr(numV), signedBy: arr(numV), refusals: numV, jointScore: boolV })],
    competitionStatusAfterEssay: [obj({ admitted: numV, tookPart: numV })],
    corpsBAnnualEvaluation: [arr(numV, 5)],
    calibrationDecision: [obj({ votes: arr(fc.constantFrom("A", "B", "тиімді", "", " ")), members: numV, majority: fc.constantFrom("votes-cast", "members", "x"), onNoMajority: fc.constantFrom("undecided", "error", "x") })],
    normalizeLanguageLevel: [p(strV)],
    reserveAdmissibility: [
      obj({
        presidentialAppointee: boolV, politicalServant: boolV, corpsA: boolV, inReserve: boolV, formerlyInReserve: boolV,
        excludedByNationalCommission: boolV, languageLevel: strV, asOf: dateV, sector: sectorV, complete: boolV,
        languageCertificate: obj({ test: fc.constantFrom("KAZTEST", "IELTS", "x"), level: strV, validUntil: dateV }),
        documents: obj({ education: boolV, labourActivity: boolV }),
        consents: obj({ personalData: boolV, exclusion: boolV, nonDisclosure: boolV }),
        equipment: obj({ internetMbps: numV, webcam: boolV, headset: boolV, microphone: boolV }),
      }),
    ],
    territorialDepartmentFor: [p(strV)],
    // eligibility: reserve funnel
    admitToInterview: [arr(obj({ id: strV, score: numV }), 8)],
    runReserveFunnel: [
      arr(obj({ id: fc.constantFrom("a", "b", "c", "d", "e", "f"), sector: sectorV, scores: fc.dictionary(stageV, fc.oneof(numV, fc.constant(null)), { maxKeys: 7 }) }), 10),
      opt(obj({ ties: fc.constantFrom("admit-all", "strict", "x"), halfRounding: fc.constantFrom("up", "down", "x"), finalQuotas: fc.dictionary(sectorV, fc.integer({ min: -1, max: 20 }), { maxKeys: 3 }) })),
    ],
    explainReserveCandidate: [funnelV, p(fc.constantFrom("a", "b", "c", "zz", "__proto__"))],
    // eligibility: time rules
    retestWaiting: [p(dateV), opt(obj({ regime: fc.constantFrom("corps-b", "law-enforcement", "x"), appealSatisfied: boolV, appealDecidedOn: dateV, counting: countingV, ...versionFields })), calV],
    earliestRetestDate: [p(dateV), opt(obj({ regime: fc.constantFrom("corps-b", "law-enforcement", "x"), appealSatisfied: boolV, appealDecidedOn: dateV, counting: countingV, ...versionFields }))],
    certificateValidity: [p(dateV), opt(obj({ presume: boolV, counting: countingV }))],
    certificateValidUntil: [p(dateV), opt(obj({ presume: boolV, counting: countingV }))],
    latestApplicationDate: [p(dateV), opt(obj({ regime: fc.constantFrom("corps-b", "law-enforcement"), reading: fc.constantFrom("day-before", "full-day-between", "x"), ...versionFields }))],
    applicationAcceptance: [p(instantV), calV, opt(obj(versionFields))],
    applicationAcceptanceDate: [p(instantV), calV, opt(obj(versionFields))],
    testingRefusal: [
      obj({
        applicationDate: dateV, failedTests: arr(dateV), violations: arr(obj({ date: dateV, repeated: boolV })), violationActs: arr(dateV),
        otherPersonActs: arr(dateV), personalDataConsent: boolV, certificates: arr(obj({ testDate: dateV, validUntil: dateV })),
        personalQualitiesConclusions: arr(obj({ validUntil: dateV, issuedOn: dateV })), counting: countingV, ...versionFields,
      }),
    ],
    lawEnforcementApplicationRefusal: [obj({ applicationDate: dateV, documentsComplete: boolV, documents: arr(obj({ name: strV, validUntil: dateV })), presume: boolV })],
    testingRefusalGrounds: [obj({ applicationDate: dateV, failedTests: arr(dateV), violations: arr(obj({ date: dateV, repeated: boolV })), personalDataConsent: boolV, certificates: arr(obj({ testDate: dateV })) })],
    reRegistrationDeadline: [p(instantV), opt(obj(versionFields))],
    complaintDeadlines: [obj({ addressee: fc.constantFrom("service-provider", "quality-authority", "x"), receivedOn: dateV, filedOn: dateV, decidedOn: dateV, counting: countingV, ...versionFields }), calV],
    otherDeadline: [p(fc.constantFrom(...Object.keys(lib.OTHER_DEADLINES), "x", "__proto__", "constructor", "toString")), p(dateV), opt(obj({ counting: countingV, presume: boolV, wordingBy: fc.constantFrom("due-date", "quarter-end", "x") })), calV],
    isSelectionDeadlines: [obj({ acceptanceEndsOn: dateV, noticeSentOn: dateV, counting: countingV }), calV],
    additionalEvaluatorDeadline: [p(instantV), opt(obj({ presume: boolV, publication: versionFields.publication }))],
    essayGradingDeadline: [p(dateV), opt(obj({ counting: countingV, presume: boolV, publication: versionFields.publication })), calV],
    previousEmployerNoticeDeadline: [p(dateV), opt(obj({ competition: fc.constantFrom("internal", "general", "x"), counting: countingV, ...versionFields })), calV],
    appointmentDate: [obj({ decidedOn: dateV, competition: fc.constantFrom("internal", "general", "x"), otherTerm: obj({ kind: fc.constantFrom("one-month-notice", "agreed"), appointOn: dateV }), ...versionFields }), calV],
    internalCompetitionSuspended: [obj({ complaintFiledOn: dateV, decidedOn: dateV, on: dateV, ...versionFields })],
    reserveRetakeRequestDeadline: [p(dateV), opt(countingOpts), calV],
    reserveVerificationReplyDue: [p(dateV), opt(countingOpts), calV],
    // calendars
    kazakhstanCalendar: [opt(obj({ transfers: arr(obj({ off: dateV, worked: dateV, act: strV }), 4), kurbanAit: fc.dictionary(fc.integer({ min: 2000, max: 2040 }).map(String), dateV, { maxKeys: 2 }) }))],
    isWorkingDay: [p(dateV), calV],
    nextWorkingDay: [p(dateV), calV],
    addWorkingDays: [p(dateV), p(fc.integer({ min: -3000, max: 3000 })), calV],
    addCalendarDays: [p(dateV), p(fc.integer({ min: -40000, max: 40000 }))],
    daysOff: [p(fc.integer({ min: 1990, max: 2040 })), calV],
    calendarCoverage: [p(fc.integer({ min: 1990, max: 2040 })), calV],
    workingDayInfo: [p(dateV), calV],
    periodEnd: [p(dateV), p(lengthV), opt(countingOpts)],
    deadline: [p(dateV), p(lengthV), calV, opt(countingOpts)],
    earliestAfterWaiting: [p(dateV), p(lengthV), opt(countingOpts)],
    firstWorkingDayAfterWaiting: [p(dateV), p(lengthV), calV, opt(countingOpts)],
    validUntil: [p(dateV), p(lengthV), opt(countingOpts)],
    lookBackWindowEnd: [p(dateV), p(lengthV), opt(countingOpts)],
    withinLookBack: [p(dateV), p(dateV), p(lengthV), opt(countingOpts)],
    astanaOffset: [p(instantV)],
    toAstana: [p(instantV)],
    astanaInstant: [p(dateV), opt(p(fc.constantFrom("00:00", "23:59", "24:00", "12:30", "9:00", "00:00:60"))), opt(obj({ repeated: fc.constantFrom("earlier", "later", "x") }))],
    endOfAstanaDay: [p(dateV), opt(obj({ minute: fc.constantFrom("end-of-minute", "start-of-minute", "x") }))],
    reserveStageAt: [p(instantV), opt(obj({ minute: fc.constantFrom("end-of-minute", "start-of-minute", "x") }))],
    // explanations (src/explain)
    explainSelectionPersonalQualities: [p(numV), explainOpts],
    explainSelectionInformation: [p(numV), p(numV), explainOpts],
    explainSelectionEssay: [p(numV), explainOpts],
    explainSelectionInterview: [p(numV), explainOpts],
    explainCompetitionPersonalQualities: [obj({ track: trackV, competencies: arr(numV, 12), iq: numV }), explainOpts],
    explainCompetitionEssay: [p(numV), explainOpts],
    explainCompetitionPractical: [p(numV), p(numV), explainOpts],
    explainCompetitionInterview: [p(numV), p(numV), explainOpts],
    explainCompetitionFinal: [obj({ track: trackV, O: numV, E: numV, C: numV, P: numV }), explainOpts],
    explainReserveSituationalScore: [arr(numV, 5), explainOpts],
    explainPersonalQualitiesTest: [obj({ program: fc.constantFrom<unknown>(1, 2, 3, 4), competencies: arr(numV, 12), logic: numV }), explainOpts],
    explainRefusalGrounds: [obj({ applicationDate: dateV, failedTests: arr(dateV), violations: arr(obj({ date: dateV, repeated: boolV })), personalDataConsent: boolV }), explainOpts],
    explainRetest: [p(dateV), explainOpts, calV],
    explainInterviewAdmission: [arr(obj({ id: strV, score: numV }), 8), explainOpts],
    explainQuorum: [p(numV), p(numV), explainOpts],
    explainReserveAdmissibility: [obj({ politicalServant: boolV, corpsA: boolV, languageLevel: strV, sector: sectorV }), explainOpts],
    explainReserveOutcome: [funnelV, p(fc.constantFrom("a", "b", "c", "zz", "__proto__", "constructor")), explainOpts],
    ruleInputErrorMessages: [fc.oneof(fc.constant<unknown>(new RuleInputError([{ field: "S", value: 1, rule: "R-SEL-1", message: "m" }])), nasty), opt(fc.constantFrom("en", "kk", "ru", "xx"))],
    isRuleInputError: [fc.oneof(fc.constant<unknown>(new RuleInputError([{ field: "S", value: 1, rule: "R-SEL-1", message: "m" }])), nasty)],
    formatRuleInputError: [fc.oneof(fc.constant<unknown>(new RuleInputError([{ field: "S", value: 1, rule: "R-SEL-1", message: "m" }])), nasty), explainOpts],
  };
}

function isClass(v: unknown): boolean {
  return typeof v === "function" && /^class\b/.test(Function.prototype.toString.call(v));
}
/** Names of the public functions (classes aside), sorted. */
export const FUNCTIONS = Object.entries(lib)
  .filter(([, v]) => typeof v === "function" && !isClass(v))
  .map(([k]) => k)
  .sort();

/** Returns a description of the first invalid value inside `v`, or null. */
export function invalidInside(v: unknown, path = "result", seen = new Set<unknown>(), depth = 0): string | null {
  if (typeof v === "number") return Number.isNaN(v) ? `${path} is NaN` : null;
  if (v === null || typeof v !== "object" || depth > 8) return null;
  if (seen.has(v)) return null;
  seen.add(v);
  if (Decimal.isDecimal(v)) return (v as Decimal).isFinite() ? null : `${path} is Decimal ${String(v)}`;
  if (v instanceof Map) {
    for (const [k, x] of v) {
      const r = invalidInside(x, `${path}.get(${String(k)})`, seen, depth + 1);
      if (r) return r;
    }
    return null;
  }
  for (const [k, x] of Object.entries(v)) {
    const r = invalidInside(x, `${path}.${k}`, seen, depth + 1);
    if (r) return r;
  }
  return null;
}

/** Object.prototype and Array.prototype as they were when this module loaded (no pollution). */
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(",");
export function prototypeClean(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(",") === PROTO_KEYS && ({} as Record<string, unknown>).polluted === undefined && Array.prototype.hasOwnProperty("polluted") === false;
}
