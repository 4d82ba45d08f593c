/**
 * `kz-civil-service-rules/testing` — for the tests of the codebases that use the library: compare
 * its Decimals by value from vitest or Jest, generate valid inputs of each procedure with
 * fast-check, and check another implementation against the shipped conformance vectors.
 *
 * fast-check is an optional peer dependency, needed only by the arbitraries (`…Arb`); the main
 * entry points never load it. Guide: docs/testing.md.
 *
 * @module testing
 */
export { decimalEquals, decimalMatchers, isDecimalLike, type DecimalLike, type MatcherResult } from "./decimal-equality.js";
export {
  civilDateArb,
  competitionFinalInputArb,
  competitionPersonalQualitiesInputArb,
  reserveCandidatesArb,
  selectionCandidateArb,
  workingDayArb,
  type DateRange,
  type ReservePopulationOptions,
  type SelectionCandidateArbOptions,
  type SelectionCandidateRow,
} from "./arbitraries.js";
export {
  checkConformance,
  conformanceMismatch,
  type ConformanceFailure,
  type ConformanceFile,
  type ConformanceOptions,
  type ConformanceReport,
  type ConformanceVector,
} from "./conformance.js";
