/**
 * Eligibility: who passes, who may apply or retest and until when, which commission may decide,
 * the registries the orders list, and the Presidential Youth Reserve.
 *
 * @module eligibility
 */
export {};

// Thresholds and categories (R-TH-1…5): the pass marks of the tests and the programme of each category.
export { normalizeCategory } from "./thresholds/normalize-category.js";
export { testProgramFor, type TestProgramForOptions } from "./thresholds/test-program-for.js";
export { PERSONAL_QUALITIES_PROGRAMS, CATEGORY_CODES, AMBIGUOUS_CATEGORIES, type PersonalQualitiesProgram, type ProgramCompetency, type ProgramNumber } from "./thresholds/personal-qualities-programs.js";
export { personalQualitiesTestResult, type PersonalQualitiesTestInput, type PersonalQualitiesTestResult, type PersonalQualitiesFailure } from "./thresholds/personal-qualities-test-result.js";
export { legislationTestResult, type LegislationTestInput, type LegislationTestResult } from "./thresholds/legislation-test-result.js";

// Commissions (R-GC-7, R-GC-8, R-SEL-5, R-SEL-6): quorum, the essay panel, the practical tasks, admission to the interview.
export { admitToInterview, INTERVIEW_ADMISSION_LIMIT, type InterviewAdmission, type InterviewCandidate } from "./commissions/admit-to-interview.js";
export { commissionQuorum, QUORUM_MIN_PERSONS } from "./commissions/commission-quorum.js";
export { checkCommissionQuorum, type QuorumCheck, type QuorumReason } from "./commissions/check-commission-quorum.js";
export { essayPanelValid, type EssayPanelInput, type EssayPanelReason, type EssayPanelValidity } from "./commissions/essay-panel-valid.js";
export { PRACTICAL_TASKS, type PracticalTask } from "./commissions/practical-tasks.js";
export { interviewPanelValid, type InterviewPanelInput, type InterviewPanelReason, type InterviewPanelValidity } from "./commissions/interview-panel-valid.js";
export { competitionStatusAfterEssay, type EssayStageTurnout, type EssayStageOutcome } from "./commissions/competition-status-after-essay.js";

// Registries (R-TD-1, R-GC-6, R-PR-1): territorial departments, leadership positions, the 2012 personnel reserve.
export { LEADERSHIP_POSITIONS, LEADERSHIP_POSITIONS_SOURCE, type LeadershipPosition } from "./registries/leadership-positions.js";
export { isLeadershipPosition } from "./registries/is-leadership-position.js";
export { leadershipPositionsFor } from "./registries/leadership-positions-for.js";
export { TERRITORIAL_DEPARTMENTS, TERRITORIAL_DEPARTMENTS_SOURCE, type TerritorialDepartment, type TerritorialDepartmentNote } from "./registries/territorial-departments.js";
export { territorialDepartmentFor } from "./registries/territorial-department-for.js";
export { PERSONNEL_RESERVE_2012, type PersonnelReserveRecipient } from "./registries/personnel-reserve-2012.js";

// Time rules (R-EL-1…8, R-SEL-6, R-SEL-7, R-GC-9): waiting periods, validity, applications, refusals, complaints, deadlines.
export { retestWaiting, RETEST_TEXTS, type RetestOptions, type RetestWaiting } from "./time-rules/retest-waiting.js";
export { earliestRetestDate } from "./time-rules/earliest-retest-date.js";
export { certificateValidity, CERTIFICATE_VALIDITY_TEXT, type CertificateValidity, type CertificateValidityOptions } from "./time-rules/certificate-validity.js";
export { certificateValidUntil } from "./time-rules/certificate-valid-until.js";
export { latestApplicationDate, type LatestApplicationOptions } from "./time-rules/latest-application-date.js";
export { SERVICE_WORKING_HOURS } from "./time-rules/service-working-hours.js";
export { applicationAcceptance, type ApplicationAcceptance, type ApplicationAcceptanceOptions, type AcceptanceReason } from "./time-rules/application-acceptance.js";
export { applicationAcceptanceDate } from "./time-rules/application-acceptance-date.js";
export { TESTING_REFUSAL_GROUNDS, type TestingRefusalGroundInfo } from "./time-rules/testing-refusal-ground-data.js";
export { testingRefusal, type TestingRefusal, type TestingRefusalGround, type TestingRefusalInput } from "./time-rules/testing-refusal.js";
export { testingRefusalGrounds } from "./time-rules/testing-refusal-grounds.js";
export { lawEnforcementApplicationRefusal, type LawEnforcementApplicationInput, type LawEnforcementRefusalGround } from "./time-rules/law-enforcement-application-refusal.js";
export { reRegistrationDeadline, type ReRegistrationOptions } from "./time-rules/re-registration-deadline.js";
export { complaintDeadlines, COMPLAINT_PERIODS, type ComplaintInput, type ComplaintDeadlines } from "./time-rules/complaint-deadlines.js";
export { OTHER_DEADLINES, type OtherDeadline, type OtherDeadlineId } from "./time-rules/other-deadline-data.js";
export { otherDeadline, type OtherDeadlineAnswer, type OtherDeadlineOptions } from "./time-rules/other-deadline.js";
export { isSelectionDeadlines, type IsSelectionDeadlinesInput, type IsSelectionDeadlines } from "./time-rules/is-selection-deadlines.js";
export { additionalEvaluatorDeadline, type AdditionalEvaluatorDeadlineOptions } from "./time-rules/additional-evaluator-deadline.js";
export { essayGradingDeadline, type EssayGradingDeadlineOptions } from "./time-rules/essay-grading-deadline.js";
export { previousEmployerNoticeDeadline, type PreviousEmployerNoticeOptions } from "./time-rules/previous-employer-notice-deadline.js";
export { appointmentDate, type AppointmentInput, type Appointment } from "./time-rules/appointment-date.js";
export { internalCompetitionSuspended, type InternalCompetitionSuspendedInput } from "./time-rules/internal-competition-suspended.js";

// The Presidential Youth Reserve 2025 (R-PYR-1…6), one procedure in one place: sectors, quotas, exclusion grounds,
// admissibility, the funnel and its explanation, the retake deadline (its schedule and its score are exported
// from ./calendars and ./scoring).
export { RESERVE_SECTORS, RESERVE_SECTOR_INFO, type ReserveSector, type ReserveSectorInfo } from "./reserve/sectors.js";
export { RESERVE_STAGES, RESERVE_QUOTAS, RESERVE_TIE_SENTENCES, RESERVE_SCORE_SCALES, type ReserveStage, type ReserveStageQuota, type ReserveScoreScale } from "./reserve/quotas.js";
export { RESERVE_EXCLUSION_GROUNDS, RESERVE_EXCLUSION_GROUND_INFO, type ReserveExclusionGround, type ReserveExclusionGroundInfo } from "./reserve/exclusion-grounds.js";
export { runReserveFunnel } from "./reserve/funnel/run-reserve-funnel.js";
export type { ReserveCandidate, ReserveStageEntry, ReserveStageStatus, ReserveFunnelOptions, ReserveFunnelResult, ReserveStageResult, ReserveSectorStage, ReserveLeft } from "./reserve/funnel/types.js";
export { explainReserveCandidate, type ReserveCandidateExplanation } from "./reserve/explain-candidate.js";
export { normalizeLanguageLevel, CEFR_LEVELS, type CefrLevel } from "./reserve/normalize-language-level.js";
export { reserveAdmissibility, STATE_LANGUAGE_TESTS, RESERVE_MIN_LANGUAGE_LEVEL, RESERVE_MIN_INTERNET_MBPS, type ReserveAdmissibility, type ReserveAdmissibilityInput, type ReserveAdmissibilityReason } from "./reserve/admissibility.js";
export { reserveRetakeRequestDeadline, RESERVE_2025_RETAKE_STAGES } from "./reserve/retake-request-deadline.js";
export { reserveVerificationReplyDue } from "./reserve/verification-reply-due.js";
export { RESERVE_2025_DURATIONS, RESERVE_2025_SITUATIONAL_MAX_WORDS, type ReserveDuration } from "./reserve/durations-2025.js";

// Evaluation of corps "B" servants (R-EV-1…2): the annual grade from the quarters, the calibration vote.
export { corpsBAnnualEvaluation } from "./evaluation/corps-b-annual-evaluation.js";
export { calibrationDecision, type CalibrationVote, type CalibrationDecision } from "./evaluation/calibration-decision.js";
