/**
 * Explanations in Kazakh, Russian and English (issue 7): every score and decision of the library
 * with its rule id, the formula or condition with the numbers and dates substituted, the source
 * citation and a sentence in each language; and {@link RuleInputError} messages in the three
 * languages.
 *
 * @module explain
 */
export { EXPLAIN_LANGS, type ExplainLang, type ExplainOptions, type Explanation, type ExplanationCitation } from "./types.js";
export { EN_MESSAGES, type MessageCode } from "./messages/en.js";
export { KK_MESSAGES } from "./messages/kk.js";
export { RU_MESSAGES } from "./messages/ru.js";
export { explainSelectionPersonalQualities } from "./explain-selection-personal-qualities.js";
export { explainSelectionInformation } from "./explain-selection-information.js";
export { explainSelectionEssay } from "./explain-selection-essay.js";
export { explainSelectionInterview } from "./explain-selection-interview.js";
export { explainCompetitionPersonalQualities } from "./explain-competition-personal-qualities.js";
export { explainCompetitionEssay } from "./explain-competition-essay.js";
export { explainCompetitionPractical } from "./explain-competition-practical.js";
export { explainCompetitionInterview } from "./explain-competition-interview.js";
export { explainCompetitionFinal } from "./explain-competition-final.js";
export { explainReserveSituationalScore } from "./explain-reserve-situational-score.js";
export { explainPersonalQualitiesTest } from "./explain-personal-qualities-test.js";
export { explainRefusalGrounds } from "./explain-refusal-grounds.js";
export { explainRetest } from "./explain-retest.js";
export { explainInterviewAdmission } from "./explain-interview-admission.js";
export { explainQuorum } from "./explain-quorum.js";
export { explainReserveAdmissibility } from "./explain-reserve-admissibility.js";
export { explainReserveOutcome } from "./explain-reserve-outcome.js";
export { ruleInputErrorMessages } from "./rule-input-error-messages.js";
export { formatRuleInputError } from "./format-rule-input-error.js";
export type { RuleInputIssueCode } from "../errors.js";
