/**
 * Scoring: every stage score and final score of the orders, exact (decimal.js).
 *
 * - IS selection (R-SEL-1…4): {@link selectionPersonalQualities}, {@link selectionInformation},
 *   {@link selectionEssay}, {@link selectionInterview} (and {@link meanOfGrades}, a caller's choice).
 * - General competition for corps "B" (R-GC-1…5): {@link competitionPersonalQualities},
 *   {@link competitionPractical}, {@link competitionInterview}, {@link competitionFinal},
 *   {@link competitionFinalResult}, {@link competitionFinalMax}.
 * - Presidential Youth Reserve 2025 (R-PYR-4): {@link reserveSituationalScore}.
 * - Rubrics (R-SEL-3, R-SEL-4, R-GC-2…4): {@link RUBRICS}, {@link rubricBands}.
 *
 * @module scoring
 */
export { selectionPersonalQualities } from "./selection-personal-qualities.js";
export { selectionInformation, type SelectionInformationOptions } from "./selection-information.js";
export { selectionEssay } from "./selection-essay.js";
export { selectionInterview } from "./selection-interview.js";
export { meanOfGrades } from "./mean-of-grades.js";
export { TRACKS, type Track } from "./tracks.js";
export {
  competitionPersonalQualities,
  type CompetitionPersonalQualitiesInput,
} from "./competition-personal-qualities.js";
export { competitionPractical, type TaskGradeOptions } from "./competition-practical.js";
export { competitionInterview } from "./competition-interview.js";
export { competitionFinal } from "./competition-final.js";
export {
  competitionFinalResult,
  type CompetitionFinalInput,
  type CompetitionFinalResult,
} from "./competition-final-result.js";
export { competitionFinalMax } from "./competition-final-max.js";
export { RUBRICS, rubricBands, type RubricId, type RubricBand, type Rubric } from "./rubrics.js";
export {
  SELECTION_PARAMETERS,
  PERSONAL_QUALITIES_PARAMETERS,
  COMPETITION_STAGE_PARAMETERS,
  COMPETITION_FINAL_FORMULAS,
  type ParameterSource,
  type PersonalQualitiesParameters,
  type FinalFormula,
  type FinalTerm,
} from "./parameters.js";
// The Presidential Youth Reserve keeps its rules in one place (src/eligibility/reserve/); its score
// is a scoring function too, so this entry point exports it.
export { reserveSituationalScore } from "../eligibility/reserve/situational-score.js";
export { RESERVE_SITUATIONAL_PARAMETERS } from "../eligibility/reserve/situational-parameters.js";
